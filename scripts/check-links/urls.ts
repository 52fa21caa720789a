/**
 * Which links the checker fetches, and under what address: a link as written in a document becomes
 * an internal URL (rewritten onto the server being checked), an external one (listed, never
 * fetched), an ignored one (mail, phone, data, same-document fragments) or an invalid one.
 */

/** A link as found in a document, before it is resolved. */
export interface FoundLink {
  /** The value as written (attribute value, element text, cell), entities already decoded. */
  href: string;
  /** Where in the document it was found, for the report: `a[href]`, `rss <link>`, `csv url`. */
  source: string;
}

export type ResolvedLink =
  | { kind: 'internal'; url: string }
  | { kind: 'external'; url: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; reason: string };

export interface LinkPolicy {
  /** The server that answers: every internal URL is fetched from this origin. */
  base: URL;
  /**
   * Origins whose links count as internal: the base itself and the SITE_URL the pages were built
   * and served with (prerendered pages keep the build's absolute URLs, whatever port serves them).
   */
  internalHosts: ReadonlySet<string>;
}

/** A policy for a server at `base` that writes absolute links for any of `siteUrls`. */
export function createLinkPolicy(base: string, siteUrls: readonly string[] = []): LinkPolicy {
  const baseUrl = new URL(base);
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new Error(`the base URL must be http or https: ${base}`);
  }
  const internalHosts = new Set([originKey(baseUrl)]);
  for (const siteUrl of siteUrls) internalHosts.add(originKey(new URL(siteUrl)));
  return { base: new URL(baseUrl.origin), internalHosts };
}

/**
 * Scheme-less origin (`host:port`, with the scheme's default port spelled out), so that a
 * `webcal://` subscription link to the site counts as internal like its `http://` twin.
 */
function originKey(url: URL): string {
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  return `${url.hostname}:${url.port || defaultPort}`;
}

/** Schemes that name something other than a web resource: not links to check. */
const ignoredSchemes = new Set([
  'mailto:',
  'tel:',
  'sms:',
  'data:',
  'javascript:',
  'blob:',
  'geo:',
  'about:',
  'urn:',
  'tag:',
]);

/**
 * Resolves a link found in the document at `documentUrl` (an internal URL, already on the base).
 * Internal links come back on the base origin, without fragment and with sorted query parameters,
 * so that one resource has one spelling.
 */
export function resolveLink(href: string, documentUrl: string, policy: LinkPolicy): ResolvedLink {
  const written = href.trim();
  if (written === '') return { kind: 'ignored', reason: 'empty' };
  // A fragment of the same document: there is nothing more to fetch.
  if (written.startsWith('#')) return { kind: 'ignored', reason: 'fragment' };
  let url: URL;
  try {
    url = new URL(written, documentUrl);
  } catch {
    return { kind: 'invalid', reason: `not a URL: ${written}` };
  }
  if (url.protocol === 'webcal:' || url.protocol === 'webcals:') {
    // Calendar subscriptions are plain HTTP(S) fetches under another scheme name.
    const secure = url.protocol === 'webcals:';
    url = new URL(`${secure ? 'https' : 'http'}:${url.href.slice(url.protocol.length)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return ignoredSchemes.has(url.protocol)
      ? { kind: 'ignored', reason: url.protocol.slice(0, -1) }
      : { kind: 'external', url: url.href };
  }
  url.hash = '';
  if (!policy.internalHosts.has(originKey(url))) return { kind: 'external', url: url.href };
  const internal = new URL(`${url.pathname}${url.search}`, policy.base);
  return { kind: 'internal', url: normaliseQuery(internal).href };
}

/**
 * The same URL with its query parameters in a fixed order, each kept as written (`?v` stays `?v`,
 * `%3A` stays `%3A`): only the order changes, so the server sees the same request.
 */
export function normaliseQuery(url: URL): URL {
  const sorted = new URL(url.href);
  const pairs = url.search.slice(1).split('&').filter(Boolean);
  sorted.search = pairs.length > 0 ? `?${pairs.sort().join('&')}` : '';
  return sorted;
}

/** An absolute http(s) or webcal URL, as data files and feeds write links. */
export function isAbsoluteWebUrl(value: string): boolean {
  const text = value.trim();
  if (!/^(https?|webcals?):\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** The path and query of an internal URL, as the report prints it. */
export function displayPath(url: string, policy: LinkPolicy): string {
  const parsed = new URL(url);
  return parsed.origin === policy.base.origin ? `${parsed.pathname}${parsed.search}` : url;
}
