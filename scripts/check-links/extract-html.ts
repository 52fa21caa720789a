/**
 * Links in an HTML page, read with a real HTML parser (htmlparser2): anchors, `<link>` (canonical,
 * hreflang alternates, feeds, oEmbed discovery, icons, style sheets), images and their `srcset`,
 * scripts, frames, media, GET forms and the Open Graph / Twitter card images.
 */
import { Parser } from 'htmlparser2';
import type { FoundLink } from './urls';

/** Element → attributes that hold one URL. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
};

/** Element → attributes that hold a candidate list (`srcset` syntax). */
const srcsetAttributes: Record<string, readonly string[]> = {
  img: ['srcset'],
  source: ['srcset'],
  link: ['imagesrcset'],
};

/** `<meta>` names and properties whose content is a URL shown to people or fetched by others. */
const urlMetaNames = new Set([
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:url',
  'og:video',
  'og:video:url',
  'og:audio',
  'twitter:image',
  'twitter:player',
]);

/** `<link rel>` values that name an origin to warm up, not a resource to fetch. */
const hintOnlyRels = new Set(['preconnect', 'dns-prefetch']);

/**
 * What Next writes into a page rendered by `notFound()` after streaming began: the page then
 * answers 200, so the status alone does not show the link is broken.
 */
const nextNotFoundDigest = 'NEXT_HTTP_ERROR_FALLBACK;404';

export interface HtmlLinks {
  links: FoundLink[];
  /** The document's `<base href>`, when it has one: relative links resolve against it. */
  baseHref?: string;
  /** `<meta name="robots">` says noindex. */
  isNoindex: boolean;
  /** The page is Next's not-found page (whatever status it was served with). */
  isNotFoundPage: boolean;
}

/** Every link in an HTML document or fragment. */
export function extractHtmlLinks(html: string): HtmlLinks {
  const links: FoundLink[] = [];
  let baseHref: string | undefined;
  let isNoindex = false;
  let hasNotFoundDigest = false;
  let scriptText: string | undefined;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const add = (href: string, attribute: string, qualifier = '') =>
          links.push({ href, source: `${name}${qualifier}[${attribute}]` });

        if (name === 'base' && baseHref === undefined && attribs.href !== undefined) {
          baseHref = attribs.href;
        }
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? '').toLowerCase();
          if (key === 'robots' && /\bnoindex\b/i.test(attribs.content ?? '')) isNoindex = true;
          if (urlMetaNames.has(key) && attribs.content) {
            links.push({ href: attribs.content, source: `meta[${key}]` });
          }
          if (attribs['http-equiv']?.toLowerCase() === 'refresh' && attribs.content) {
            const target = refreshTarget(attribs.content);
            if (target) links.push({ href: target, source: 'meta[http-equiv=refresh]' });
          }
          return;
        }
        if (name === 'form') {
          // A POST form's action is not something a visitor's GET reaches.
          if ((attribs.method ?? 'get').toLowerCase() === 'get' && attribs.action) {
            add(attribs.action, 'action');
          }
          return;
        }
        if (name === 'script') scriptText = '';
        const rel = (attribs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        if (name === 'link' && rel.some((value) => hintOnlyRels.has(value))) return;
        const qualifier = name === 'link' && rel.length > 0 ? `[rel=${rel.join(' ')}]` : '';
        for (const attribute of urlAttributes[name] ?? []) {
          const value = attribs[attribute];
          if (value !== undefined) add(value, attribute, qualifier);
        }
        for (const attribute of srcsetAttributes[name] ?? []) {
          const value = attribs[attribute];
          if (value !== undefined) {
            for (const candidate of parseSrcset(value)) add(candidate, attribute, qualifier);
          }
        }
      },
      ontext(text) {
        if (scriptText !== undefined) scriptText += text;
      },
      onclosetag(name) {
        if (name === 'script' && scriptText !== undefined) {
          if (scriptText.includes(nextNotFoundDigest)) hasNotFoundDigest = true;
          scriptText = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { links, baseHref, isNoindex, isNotFoundPage: isNoindex && hasNotFoundDigest };
}

/**
 * The URLs of a `srcset` value, following the HTML standard's candidate parsing: a URL runs to the
 * next whitespace (trailing commas end the candidate), then descriptors run to the next comma
 * outside parentheses. Commas inside a URL are kept.
 */
export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  const isSpace = (char: string | undefined) =>
    char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (isSpace(value[i]) || value[i] === ',')) i += 1;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !isSpace(value[i])) i += 1;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      while (url.endsWith(',')) url = url.slice(0, -1);
    } else {
      let depth = 0;
      while (i < value.length) {
        const char = value[i];
        if (char === '(') depth += 1;
        else if (char === ')') depth = Math.max(0, depth - 1);
        else if (char === ',' && depth === 0) break;
        i += 1;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** The URL of a `<meta http-equiv="refresh" content="5; url=/there">`, if it names one. */
function refreshTarget(content: string): string | undefined {
  const separator = content.indexOf(';');
  if (separator === -1) return undefined;
  const rest = content.slice(separator + 1).trim();
  const match = /^url\s*=\s*(.*)$/i.exec(rest);
  const target = match?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
  return target || undefined;
}
