/**
 * `npm run check:links [-- --base URL | --port N] [-- --site-url URL] [-- --json]
 * [-- --concurrency N] [-- --max-urls N] [-- --max-variants N] [-- --start PATH]...`:
 * a broken-link check over the whole built site. Every internal link on the pages, in the feeds, the sitemap and the data files
 * must answer 200 (a redirect to a URL that answers 200 is reported, not failed).
 *
 * - `--base`: a running server to check. Without it, the script starts the site server on the
 *   existing build (NEXT_DIST_DIR or .next) on loopback, port `--port` or a free one, and stops it
 *   at the end.
 * - `--site-url`: the origin the pages write into their absolute links (SITE_URL), treated as
 *   internal and fetched from the base. Pages prerendered by `next build` carry the build's
 *   SITE_URL whatever port serves them. Repeat it for several. Default: the base itself when
 *   `--base` is given, else the SITE_URL the build was made with (read off the prerendered /vi),
 *   which the started server is then given too, so prerendered and rendered pages agree.
 * - `--json`: the report as JSON on stdout (progress goes to stderr either way).
 *
 * Starts from /, /vi and /en, the feeds and the data downloads, and /sitemap.xml and /robots.txt
 * when the site has them. External links are listed but never fetched (there is no network).
 * Exits 1 when any internal link is broken, 2 when the check could not run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCrawlLimits, type CrawlLimits } from './check-links/cap';
import { createHttpFetcher, crawl } from './check-links/crawl';
import { extractHtmlLinks } from './check-links/extract-html';
import { buildReport, formatReport } from './check-links/report';
import { startLinkCheckServer, type LinkCheckServer } from './check-links/server';
import { createLinkPolicy } from './check-links/urls';

/** Where the crawl begins: the home pages, and the feeds and downloads the press and partners use. */
const starts = [
  '/',
  '/vi',
  '/en',
  '/feeds/news.xml',
  '/feeds/news.xml?lang=en',
  '/feeds/news.atom',
  '/feeds/news.json',
  '/feeds/changes.xml',
  '/feeds/events.ics',
  '/data/products.csv',
  '/data/producers.csv',
  '/data/retail-points.geojson',
  '/sitemap.xml',
  '/robots.txt',
];

/**
 * Start URLs the site may not have yet: a 404 there is noted rather than failed. None today: the
 * sitemap and robots.txt are among the starts, so losing one fails the check.
 */
const optionalStarts: string[] = [];

/** Documents whose URL-looking values are not links (OpenAPI `servers` and path templates). */
const unreadPaths = ['/api/v1/openapi.json'];

const note = (message: string) => console.error(`check-links: ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      port: { type: 'string' },
      'site-url': { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      'max-urls': { type: 'string', default: String(defaultCrawlLimits.maxUrls) },
      'max-variants': { type: 'string', default: String(defaultCrawlLimits.maxVariantsPerPath) },
      timeout: { type: 'string', default: '30' },
      start: { type: 'string', multiple: true },
    },
  });
  const wholeNumber = (name: string, text: string, min: number, max: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
  const origin = (name: string, text: string) => {
    try {
      return new URL(text).origin;
    } catch {
      throw new Error(`--${name} must be an absolute URL: ${text}`);
    }
  };
  return {
    base: values.base === undefined ? undefined : origin('base', values.base),
    port: values.port === undefined ? undefined : wholeNumber('port', values.port, 1, 65_535),
    siteUrls: (values['site-url'] ?? []).map((text) => origin('site-url', text)),
    json: values.json,
    concurrency: wholeNumber('concurrency', values.concurrency, 1, 16),
    limits: {
      ...defaultCrawlLimits,
      maxUrls: wholeNumber('max-urls', values['max-urls'], 1, 100_000),
      maxVariantsPerPath: wholeNumber('max-variants', values['max-variants'], 0, 10_000),
    } satisfies CrawlLimits,
    timeoutMs: wholeNumber('timeout', values.timeout, 1, 600) * 1000,
    extraStarts: values.start ?? [],
  };
}

/**
 * The SITE_URL the build was made with: the origin of the canonical link of the prerendered
 * Vietnamese home page.
 */
function readBuildSiteUrl(distDir: string): string | undefined {
  const page = path.join(distDir, 'server', 'app', 'vi.html');
  if (!existsSync(page)) return undefined;
  const canonical = extractHtmlLinks(readFileSync(page, 'utf8')).links.find(
    (link) => link.source === 'link[rel=canonical][href]',
  );
  if (!canonical) return undefined;
  try {
    return new URL(canonical.href).origin;
  } catch {
    return undefined;
  }
}

/** Writes to stdout and waits until it is flushed: a pipe would lose what process.exit cuts off. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(`${text}\n`, (error) => (error ? reject(error) : resolve())),
  );
}

async function main(): Promise<number> {
  const options = parseOptions();
  let server: LinkCheckServer | undefined;
  let base = options.base;
  let siteUrls = options.siteUrls;
  try {
    if (base !== undefined && options.port !== undefined) {
      throw new Error('--port starts a server: give either --base or --port');
    }
    if (base === undefined) {
      const distDir = process.env.NEXT_DIST_DIR || '.next';
      const buildSiteUrl = siteUrls[0] ?? readBuildSiteUrl(distDir) ?? process.env.SITE_URL;
      note(`starting the site server on the build in ${distDir}…`);
      server = await startLinkCheckServer({
        distDir,
        port: options.port,
        env: {
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          ...(buildSiteUrl ? { SITE_URL: buildSiteUrl } : {}),
        },
      });
      base = server.base;
      if (siteUrls.length === 0 && buildSiteUrl) siteUrls = [buildSiteUrl];
    }
    const policy = createLinkPolicy(base, siteUrls);
    note(
      `crawling ${base}${siteUrls.length > 0 ? ` (links to ${siteUrls.join(', ')} count as internal)` : ''}…`,
    );
    let lastNote = 0;
    const result = await crawl({
      policy,
      starts: [...starts, ...options.extraStarts],
      optionalStarts,
      fetcher: createHttpFetcher(options.timeoutMs),
      limits: options.limits,
      concurrency: options.concurrency,
      unreadPaths,
      onProgress: (checked, pending) => {
        if (checked - lastNote >= 250) {
          lastNote = checked;
          note(`${checked} checked, ${pending} to go`);
        }
      },
    });
    const report = buildReport(result, { policy, limits: options.limits });
    await writeOut(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return report.isOk ? 0 : 1;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    note(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
