/**
 * The crawl: from the start URLs, fetch each distinct internal URL once (GET, since Next route
 * handlers do not all answer HEAD; the body is read in full and dropped unless it can hold links),
 * read the links out of every page, feed, sitemap and data file that answers 200, and follow the
 * internal ones breadth first within the limits of ./cap.ts. External links are recorded, never
 * fetched. The fetcher is a parameter, so the crawl runs against an in-memory site in the tests.
 */
import { CrawlBudget, defaultCrawlLimits, type Admission, type CrawlLimits } from './cap';
import { documentKind, extractLinks, isTextual, type DocumentKind } from './extract';
import { resolveLink, type LinkPolicy } from './urls';

export interface FetchedResponse {
  status: number;
  contentType: string | null;
  /** The Location header of a redirect. */
  location: string | null;
  /** The body as text when it is a textual type, else null (it was still read to the end). */
  body: string | null;
}

export type Fetcher = (url: string) => Promise<FetchedResponse>;

/** Who links to a URL: an internal URL, or `(start)` for the crawl's own start list. */
export interface Referrer {
  from: string;
  /** Where in the linking document: `a[href]`, `rss <link>`, `redirect 308`… */
  source: string;
}

export const startReferrer = '(start)';

export type Outcome = 'ok' | 'redirect' | 'broken';

export interface CheckedUrl {
  url: string;
  /** Null when no answer came (connection refused, time limit). */
  status: number | null;
  contentType: string | null;
  ms: number;
  outcome: Outcome;
  /** Why it counts as broken, or what went wrong reading it. */
  problem?: string;
  /** For redirects: the target as the server wrote it. */
  location?: string;
  /** For redirects: the target resolved (internal ones on the base), when it is a web URL. */
  target?: string;
  kind: DocumentKind;
  /** Links read out of the body. */
  linkCount: number;
}

export interface LinkRecord {
  /** The first referrers (one per linking document), up to the report's needs. */
  referrers: Referrer[];
  /** How many distinct documents link to it. */
  documentCount: number;
}

export interface CrawlResult {
  /** Every fetched URL, breadth first (start URLs, then what they link to, and so on). */
  checked: CheckedUrl[];
  /** Internal URL → who links to it (checked or not). */
  internalLinks: Map<string, LinkRecord>;
  /** External URL → who links to it. Never fetched. */
  externalLinks: Map<string, LinkRecord>;
  /** Links that are not URLs at all, as written. */
  invalidLinks: { href: string; reason: string; referrer: Referrer }[];
  /** Internal URLs left unchecked by the limits, and which limit. */
  skipped: Map<string, Admission>;
  /** Start URLs the site may or may not have (sitemap, robots.txt). */
  optionalStarts: Set<string>;
  durationMs: number;
}

export interface CrawlOptions {
  policy: LinkPolicy;
  /** Paths or URLs to start from. */
  starts: readonly string[];
  /** Paths or URLs to start from that the site may lack: a 404 there is noted, not counted broken. */
  optionalStarts?: readonly string[];
  fetcher: Fetcher;
  limits?: CrawlLimits;
  /** Requests in flight at once. */
  concurrency?: number;
  /**
   * Paths whose bodies are not read for links. The OpenAPI document is one: its `servers` and
   * `paths` are templates (`/api/v1/products/{slug}`), not links.
   */
  unreadPaths?: readonly string[];
  /** How many referrers to keep per URL. */
  referrersKept?: number;
  /** Called after each answer: URLs answered so far, and admitted URLs not answered yet. */
  onProgress?: (checked: number, pending: number) => void;
}

/** Crawls the site from its start URLs and returns what every URL answered. */
export async function crawl(options: CrawlOptions): Promise<CrawlResult> {
  const { policy, fetcher } = options;
  const concurrency = options.concurrency ?? 4;
  const unreadPaths = new Set(options.unreadPaths ?? []);
  const referrersKept = options.referrersKept ?? 10;
  const budget = new CrawlBudget(options.limits ?? defaultCrawlLimits);
  const startedAt = performance.now();

  const result: CrawlResult = {
    checked: [],
    internalLinks: new Map(),
    externalLinks: new Map(),
    invalidLinks: [],
    skipped: new Map(),
    optionalStarts: new Set(),
    durationMs: 0,
  };
  /** Documents already counted per linked URL, so that a page's header and footer count once. */
  const linkingDocuments = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const queue: string[] = [];
  let next = 0;
  let answered = 0;

  const record = (records: Map<string, LinkRecord>, url: string, referrer: Referrer) => {
    let froms = linkingDocuments.get(url);
    if (!froms) linkingDocuments.set(url, (froms = new Set()));
    let entry = records.get(url);
    if (!entry) records.set(url, (entry = { referrers: [], documentCount: 0 }));
    if (froms.has(referrer.from)) return;
    froms.add(referrer.from);
    entry.documentCount += 1;
    if (entry.referrers.length < referrersKept) entry.referrers.push(referrer);
  };

  const offer = (href: string, documentUrl: string, referrer: Referrer) => {
    const link = resolveLink(href, documentUrl, policy);
    switch (link.kind) {
      case 'ignored':
        return;
      case 'invalid':
        result.invalidLinks.push({ href, reason: link.reason, referrer });
        return;
      case 'external':
        record(result.externalLinks, link.url, referrer);
        return;
      case 'internal':
        record(result.internalLinks, link.url, referrer);
        if (seen.has(link.url)) return;
        seen.add(link.url);
        {
          const admission = budget.admit(link.url);
          if (admission === 'admitted') queue.push(link.url);
          else result.skipped.set(link.url, admission);
        }
    }
  };

  /** A link read out of a fetched document, offered to the crawl once its level is done. */
  interface Offer {
    href: string;
    documentUrl: string;
    referrer: Referrer;
  }

  /** Fetches one URL and reads it; no shared state is touched, so answers may come in any order. */
  const check = async (url: string): Promise<{ entry: CheckedUrl; offers: Offer[] }> => {
    const requestedAt = performance.now();
    let response: FetchedResponse;
    try {
      response = await fetcher(url);
    } catch (error) {
      return {
        entry: {
          url,
          status: null,
          contentType: null,
          ms: performance.now() - requestedAt,
          outcome: 'broken',
          problem: `no answer: ${(error as Error).message}`,
          kind: 'none',
          linkCount: 0,
        },
        offers: [],
      };
    }
    const ms = performance.now() - requestedAt;
    const pathname = new URL(url).pathname;
    const kind = unreadPaths.has(pathname) ? 'none' : documentKind(response.contentType, pathname);
    const entry: CheckedUrl = {
      url,
      status: response.status,
      contentType: response.contentType,
      ms,
      outcome: 'ok',
      kind,
      linkCount: 0,
    };

    if (response.status >= 300 && response.status < 400) {
      if (response.location === null) {
        entry.outcome = 'broken';
        entry.problem = `redirect ${response.status} without a Location`;
        return { entry, offers: [] };
      }
      entry.outcome = 'redirect';
      entry.location = response.location;
      const target = resolveLink(response.location, url, policy);
      if (target.kind === 'internal' || target.kind === 'external') entry.target = target.url;
      const referrer = { from: url, source: `redirect ${response.status}` };
      return { entry, offers: [{ href: response.location, documentUrl: url, referrer }] };
    }
    if (response.status !== 200) {
      entry.outcome = 'broken';
      entry.problem = `status ${response.status}`;
      return { entry, offers: [] };
    }
    if (kind === 'none' || response.body === null) return { entry, offers: [] };

    let extracted;
    try {
      extracted = extractLinks(kind, response.body);
    } catch (error) {
      entry.problem = `could not read the ${kind}: ${(error as Error).message}`;
      return { entry, offers: [] };
    }
    if (extracted.isNotFoundPage) {
      entry.outcome = 'broken';
      entry.problem = 'the not-found page, served with status 200';
      return { entry, offers: [] };
    }
    entry.linkCount = extracted.links.length;
    let documentUrl = url;
    if (extracted.baseHref !== undefined) {
      const base = resolveLink(extracted.baseHref, url, policy);
      if (base.kind === 'internal' || base.kind === 'external') documentUrl = base.url;
    }
    const offers = extracted.links.map((link) => ({
      href: link.href,
      documentUrl,
      referrer: { from: url, source: link.source },
    }));
    return { entry, offers };
  };

  const optional = new Set(options.optionalStarts ?? []);
  for (const start of [...options.starts, ...optional]) {
    const link = resolveLink(start, policy.base.href, policy);
    if (link.kind !== 'internal') throw new Error(`start URL is not on the site: ${start}`);
    if (optional.has(start)) result.optionalStarts.add(link.url);
    offer(start, policy.base.href, { from: startReferrer, source: 'start' });
  }

  // Breadth first, one level at a time: a level's URLs are fetched concurrently, then their links
  // are offered in the level's order. Which query variants make it under the per-path limit then
  // depends on the site alone, not on which answer came first, so the same build gives the same
  // report.
  while (next < queue.length) {
    const level = queue.slice(next);
    next = queue.length;
    const answers = await mapConcurrently(level, concurrency, async (url) => {
      const answer = await check(url);
      answered += 1;
      options.onProgress?.(answered, queue.length - answered);
      return answer;
    });
    for (const { entry, offers } of answers) {
      result.checked.push(entry);
      for (const found of offers) offer(found.href, found.documentUrl, found.referrer);
    }
  }

  result.durationMs = performance.now() - startedAt;
  return result;
}

/** `work` over every item with at most `limit` running at once; results in the items' order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let index = 0;
  const worker = async () => {
    while (index < items.length) {
      const mine = index;
      index += 1;
      results[mine] = await work(items[mine]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The fetcher for a real server: GET without following redirects (they are reported, and their
 * targets checked in their own right), body read to the end.
 */
export function createHttpFetcher(timeoutMs = 30_000): Fetcher {
  return async (url) => {
    const response = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'ocop-link-check' },
    });
    const contentType = response.headers.get('content-type');
    const bytes = await response.arrayBuffer();
    return {
      status: response.status,
      contentType,
      location: response.headers.get('location'),
      body: isTextual(contentType) ? new TextDecoder().decode(bytes) : null,
    };
  };
}
