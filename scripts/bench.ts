/**
 * `npm run bench [-- --json] [-- --products N] [-- --seed S] [-- --requests R] [-- --api-budget SECONDS]
 * [-- --no-api] [-- --build] [-- --build-budget SECONDS]`:
 * measures the catalogue at national scale (default 20,000 synthetic products) and prints the figures
 * beside their targets. It always exits 0 once it has figures: the machines are noisy and the
 * figures go into notes, not into a pass/fail.
 *
 * 1. Generates the synthetic dataset into .bench/synthetic-N (or reuses it when N, seed and generator
 *    version match).
 * 2. In process: loads it with the local source, builds the search index, runs a fixed mix of
 *    about 200 catalogue queries after a warm-up, builds the iCalendar feed of every event (once
 *    writing each event, then five times reusing them), answers a small mix of where-to-buy queries
 *    as GeoJSON, and clusters the sales points for map views.
 * 3. Exports it for Contentful, serves it with the Delivery API stub and reads it back with the
 *    Contentful source (time, requests, peak requests per second).
 * 4. With --build: `next build` on the synthetic folder into .next-bench (wall time, and the peak
 *    memory of the build's whole process tree); without it, the existing build in .next.
 * 5. Over loopback HTTP: starts the site server (server/start.mjs) on that build with CONTENT_DIR
 *    set to the synthetic folder; times the first byte of /vi/products and of a product page built
 *    on demand (cold, the first requests after start, which wait for the server's warm-up to load
 *    the content), then warm; notes the largest HTML, and the largest head (the page policy lists
 *    a hash per inline script), of the main pages and an article of each kind; times sequential requests
 *    to every API, each its own mix: /api/v1/products, /api/v1/producers, /api/v1/events,
 *    /api/v1/retail-points, single records (/api/v1/{products,producers,events}/{slug} and an
 *    event's /ics) and /api/v1/stats; and the whole /data/producers.csv; then restarts it and times
 *    the first request for each product page it had rendered on demand (read back from the cache
 *    on disk), and stops it.
 * 6. Gzips each route's first-load client JS (from the build's route-bundle-stats.json) and sets it
 *    against an empty Next app's.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Supercluster from 'supercluster';
import { toRetailPointCollection } from '../lib/api/retail-point-geojson';
import { buildEventCalendar, type EventCalendarOptions } from '../lib/calendar/ics';
import { getCatalogue } from '../lib/catalogue/catalogue';
import {
  parseProductQuery,
  queryProducts,
  type ProductQuery,
} from '../lib/catalogue/product-query';
import { loadLocalContent } from '../lib/content/local/local-source';
import type { Dataset } from '../lib/content/schema';
import { parseRetailPointQuery, queryRetailPoints } from '../lib/retail/retail-query';
import { buildProductIndex } from '../lib/search/product-index';
import { measureContentfulRead } from './bench/contentful';
import {
  buildBenchQueries,
  buildEventBenchQueries,
  buildProducerBenchQueries,
  buildRecordBenchPaths,
} from './bench/queries';
import { benchTargets, formatBenchTable, percentile, type BenchMetrics } from './bench/report';
import { measureRouteBundles } from './bench/bundles';
import { measurePages, measurePagesAfterRestart } from './bench/pages';
import {
  buildNext,
  closeClient,
  distDirOf,
  startNextServer,
  timedGet,
  waitForBuild,
  type RunningServer,
} from './bench/server';
import { generateSyntheticDataset, maxSyntheticProducts } from '../lib/synth/dataset';
import { createRandom } from '../lib/synth/random';
import {
  isSyntheticDatasetCurrent,
  measureFolder,
  readSynthBase,
  writeSyntheticDataset,
} from '../lib/synth/files';
import { toProvinceDate } from '../lib/time/province-time';

/** Progress and notes go to stderr, so that `--json` leaves clean JSON on stdout. */
const note = (message: string) => console.error(`bench: ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      products: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      requests: { type: 'string', default: '300' },
      'no-api': { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      'api-budget': { type: 'string', default: '120' },
      'build-budget': { type: 'string', default: '1800' },
    },
  });
  const wholeNumber = (name: string, text: string, min: number, max: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
  return {
    json: values.json,
    products: wholeNumber('products', values.products, 1, maxSyntheticProducts),
    seed: wholeNumber('seed', values.seed, 0, 2 ** 32 - 1),
    requests: wholeNumber('requests', values.requests, 1, 10_000),
    withApi: !values['no-api'],
    forceBuild: values.build,
    apiBudgetSeconds: wholeNumber('api-budget', values['api-budget'], 5, 3600),
    buildBudgetSeconds: wholeNumber('build-budget', values['build-budget'], 60, 86_400),
  };
}

type Options = ReturnType<typeof parseOptions>;

/** Generates the dataset unless an identical one is already there; returns how long that took. */
async function prepareDataset(options: Options, dir: string) {
  const synthOptions = { products: options.products, seed: options.seed };
  if (await isSyntheticDatasetCurrent(dir, synthOptions)) {
    note(`reusing ${path.relative(process.cwd(), dir)}`);
    return { generateMs: null };
  }
  note(`generating ${options.products} products into ${path.relative(process.cwd(), dir)}…`);
  const startedAt = performance.now();
  const base = await readSynthBase(path.resolve('content'));
  await writeSyntheticDataset(dir, generateSyntheticDataset(base, synthOptions), synthOptions);
  return { generateMs: performance.now() - startedAt };
}

/** Milliseconds taken by `run`, and its result. */
function time<T>(run: () => T): { ms: number; result: T } {
  const startedAt = performance.now();
  const result = run();
  return { ms: performance.now() - startedAt, result };
}

/** Parses the query mix; a query the parser rejects is a bug in the mix, so it is fatal. */
function parseMix(queries: string[]): ProductQuery[] {
  return queries.map((query) => {
    const parsed = parseProductQuery(new URLSearchParams(query));
    if (!parsed.ok) throw new Error(`bench query "${query}" is invalid: ${parsed.error}`);
    return parsed.query;
  });
}

/** In-process search: the query mix three times over, after one warm-up pass. */
function measureSearch(dataset: Dataset, queries: string[], today: string) {
  const parsed = parseMix(queries);
  const catalogue = getCatalogue(dataset);
  // The warm-up builds the catalogue's own index and lets the JIT settle.
  for (const query of parsed) queryProducts(catalogue, query, today);
  const samples: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (const query of parsed) samples.push(time(() => queryProducts(catalogue, query, today)).ms);
  }
  return {
    'search.queries': parsed.length,
    'search.samples': samples.length,
    'search.p50Ms': percentile(samples, 50),
    'search.p95Ms': percentile(samples, 95),
    'search.maxMs': Math.max(...samples),
  };
}

/**
 * The iCalendar feed of every event in the dataset. Each event's text is kept once written
 * (lib/calendar/ics.ts), so the first build after a content change is the one held to the target;
 * the feed's later requests cost the median of the next five.
 */
function measureCalendar(dataset: Dataset) {
  const options: EventCalendarOptions = {
    lang: 'vi',
    siteUrl: 'https://bench.invalid',
    catalogue: getCatalogue(dataset),
    name: 'OCOP events',
  };
  const first = time(() => buildEventCalendar(dataset.events, options)).ms;
  const samples = Array.from(
    { length: 5 },
    () => time(() => buildEventCalendar(dataset.events, options)).ms,
  );
  return {
    'ics.events': dataset.events.length,
    'ics.feedMs': first,
    'ics.feedLaterP50Ms': percentile(samples, 50),
  };
}

/**
 * The where-to-buy mix: the whole map, each kind of filter once, and a few combined, as query
 * strings that both `parseRetailPointQuery` and `/api/v1/retail-points` accept.
 */
function buildRetailBenchQueries(dataset: Dataset): string[] {
  const area = dataset.retailPoints.find((p) => p.address)?.address?.area ?? dataset.areas[0]!.slug;
  const product = dataset.retailPoints.find((p) => p.products.length > 0)?.products[0];
  const group = dataset.groupScheme.groups[0]!.code;
  const areaName = dataset.areas.find((a) => a.slug === area)?.name ?? 'chợ';
  return [
    '',
    'kind=market',
    'region=west',
    'kind=ocop-showcase&region=east',
    `group=${group}`,
    ...(product ? [`product=${product}`] : []),
    `area=${area}`,
    `q=${encodeURIComponent(areaName)}`,
    'q=cho',
    `kind=supermarket,hotel&group=${group}&lang=en`,
  ];
}

/**
 * In-process where-to-buy: the mix answered as a GeoJSON collection (query and serialisable
 * objects, not the JSON text), five times over after one warm-up pass.
 */
function measureRetailQueries(dataset: Dataset, queries: string[]) {
  const catalogue = getCatalogue(dataset);
  const now = new Date();
  const parsed = queries.map((query) => {
    const result = parseRetailPointQuery(new URLSearchParams(query));
    if (!result.ok) throw new Error(`bench query "${query}" is invalid: ${result.error}`);
    return result.query;
  });
  const answer = (query: (typeof parsed)[number]) =>
    toRetailPointCollection(queryRetailPoints(catalogue, query), {
      catalogue,
      lang: query.lang,
      siteUrl: 'https://bench.invalid',
      now,
    });
  for (const query of parsed) answer(query);
  const samples: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    for (const query of parsed) samples.push(time(() => answer(query)).ms);
  }
  return {
    'retail.points': dataset.retailPoints.length,
    'retail.queries': parsed.length,
    'retail.queryP50Ms': percentile(samples, 50),
    'retail.queryP95Ms': percentile(samples, 95),
  };
}

/**
 * The map's clustering: supercluster loads every sales point with a place once, then the median
 * of 20 views (the province bounds at zooms 8 to 14, then screen-sized boxes panned around the
 * points at zooms 9 to 14), after one warm-up pass.
 */
function measureRetailClusters(dataset: Dataset) {
  const points = dataset.retailPoints.flatMap((p) =>
    p.coordinates
      ? [
          {
            type: 'Feature' as const,
            properties: { slug: p.slug },
            geometry: {
              type: 'Point' as const,
              coordinates: [p.coordinates.lng, p.coordinates.lat],
            },
          },
        ]
      : [],
  );
  const index = new Supercluster({ radius: 60, maxZoom: 16 });
  const load = time(() => index.load(points));
  const [south, north] = dataset.settings.province.bounds;
  const views: { bbox: [number, number, number, number]; zoom: number }[] = [];
  for (let zoom = 8; zoom <= 14; zoom++)
    views.push({ bbox: [south.lng, south.lat, north.lng, north.lat], zoom });
  // A 1280 × 800 screen at zoom z spans 1280 / (256 · 2^z) of the world's 360° of longitude.
  const random = createRandom(7);
  while (views.length < 20) {
    const zoom = random.int(9, 14);
    const centre = random.pick(points).geometry.coordinates;
    const width = (360 * 1280) / (256 * 2 ** zoom);
    const height = (width * 800) / 1280;
    views.push({
      bbox: [
        centre[0]! - width / 2,
        centre[1]! - height / 2,
        centre[0]! + width / 2,
        centre[1]! + height / 2,
      ],
      zoom,
    });
  }
  for (const view of views) index.getClusters(view.bbox, view.zoom);
  const samples = views.map((view) => time(() => index.getClusters(view.bbox, view.zoom)).ms);
  return {
    'retail.clusterPoints': points.length,
    'retail.clusterLoadMs': load.ms,
    'retail.clusterMs': percentile(samples, 50),
    'retail.clusterMaxMs': Math.max(...samples),
  };
}

/** Whether the production build in `distDir` contains the products API route. */
async function isApiRouteBuilt(distDir: string): Promise<boolean> {
  try {
    const manifest = await readFile(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8');
    return manifest.includes('/api/v1/products/route');
  } catch {
    return false;
  }
}

/** Longest wait for one request after the first: generous, since a cold server may reload content. */
const requestTimeoutMs = 120_000;

type ApiResult = { 'api.available': false; 'api.reason': string } | BenchMetrics;

/** Each API's request paths, by the name its figures carry (`api.NAME.p95Ms`). */
type ApiMixes = Record<string, string[]>;

/** `apiPath` with each query string of a mix. */
const withQueries = (apiPath: string, queries: string[]) =>
  queries.map((query) => (query ? `${apiPath}?${query}` : apiPath));

/**
 * Times one API's query mix on a running server, sequentially after a warm-up of 20 requests. A
 * server that reloads the content on every request would take hours: the mix stops once the time
 * budget is spent, and says so. At most a quarter of the budget goes to the warm-up.
 */
async function timeQueryMix(
  server: RunningServer,
  options: Options,
  name: string,
  paths: string[],
): Promise<BenchMetrics> {
  const budgetMs = options.apiBudgetSeconds * 1000;
  const warmUpDeadline = performance.now() + budgetMs / 4;
  for (const path of paths.slice(0, 20)) {
    if (performance.now() > warmUpDeadline) break;
    await timedGet(server.port, path, requestTimeoutMs);
  }
  note(
    `${name} API: up to ${options.requests} sequential requests (budget ${options.apiBudgetSeconds} s)…`,
  );
  const deadline = performance.now() + (budgetMs * 3) / 4;
  const samples: number[] = [];
  const failures = new Map<number, number>();
  for (let i = 0; i < options.requests && performance.now() < deadline; i++) {
    const response = await timedGet(server.port, paths[i % paths.length]!, requestTimeoutMs);
    samples.push(response.ms);
    if (response.status !== 200)
      failures.set(response.status, (failures.get(response.status) ?? 0) + 1);
  }
  return {
    [`api.${name}.requests`]: samples.length,
    [`api.${name}.non200`]: [...failures].map(([status, n]) => `${n}×${status}`).join(', ') || 0,
    [`api.${name}.p50Ms`]: percentile(samples, 50),
    [`api.${name}.p95Ms`]: percentile(samples, 95),
    [`api.${name}.maxMs`]: samples.length > 0 ? Math.max(...samples) : null,
    ...(samples.length < options.requests
      ? { [`api.${name}.note`]: `stopped after the ${options.apiBudgetSeconds} s budget` }
      : {}),
  };
}

/** The CSV export of every producer, five times after one warm-up: first byte (streaming) and whole. */
async function timeCsvExport(server: RunningServer): Promise<BenchMetrics> {
  note('/data/producers.csv: the whole directory, 5 times…');
  await timedGet(server.port, '/data/producers.csv', requestTimeoutMs);
  const runs = [];
  for (let i = 0; i < 5; i++)
    runs.push(await timedGet(server.port, '/data/producers.csv', requestTimeoutMs));
  const last = runs.at(-1)!;
  return {
    'csv.status': last.status,
    'csv.rows': last.body.split('\r\n').filter(Boolean).length - 1,
    'csv.MB': Math.round((Buffer.byteLength(last.body) / 1024 / 1024) * 10) / 10,
    'csv.firstByteP50Ms': percentile(
      runs.map((r) => r.firstByteMs),
      50,
    ),
    'csv.allP50Ms': percentile(
      runs.map((r) => r.ms),
      50,
    ),
    'csv.allMaxMs': Math.max(...runs.map((r) => r.ms)),
  };
}

/** Times every API (its own mix of requests each) and the CSV export on a running server. */
async function timeApiRequests(
  server: RunningServer,
  options: Options,
  mixes: ApiMixes,
): Promise<ApiResult> {
  note('first API request (the pages before it have already loaded the dataset on the server)…');
  // A search, so that the first API request also builds the API's index if the pages did not.
  const first = await timedGet(server.port, '/api/v1/products?q=tra&limit=1', 300_000);
  if (first.status === 404) {
    const { distDir } = server;
    const hint = (await isApiRouteBuilt(distDir))
      ? ''
      : ` (the build in ${distDir} has no /api/v1/products: run \`npm run build\`, or bench with --build)`;
    return { 'api.available': false, 'api.reason': `GET /api/v1/products answered 404${hint}` };
  }
  if (first.status !== 200) {
    return {
      'api.available': false,
      'api.reason': `GET /api/v1/products answered ${first.status}: ${first.body.slice(0, 200)}`,
    };
  }
  const metrics: BenchMetrics = { 'api.available': true, 'api.firstRequestMs': first.ms };
  for (const [name, paths] of Object.entries(mixes)) {
    Object.assign(metrics, await timeQueryMix(server, options, name, paths));
  }
  Object.assign(metrics, await timeCsvExport(server));
  const warnings = server.warnings();
  if (warnings.length > 0) metrics['api.serverWarnings'] = warnings.join(' | ');
  return metrics;
}

/** The folder `--build` builds into, so that the bench never replaces anyone's .next. */
const benchDistDir = '.next-bench';

/**
 * With --build: `next build` on the synthetic folder into .next-bench, timed, with the peak memory
 * of its whole process tree. Without: figures not measured, and the existing build is used (built
 * first, on the embedded content, only when there is none).
 */
async function prepareBuild(
  options: Options,
  dir: string,
): Promise<{ distDir: string; metrics: BenchMetrics }> {
  if (!options.forceBuild) {
    const distDir = distDirOf(process.env);
    if (options.withApi && !existsSync(path.join(distDir, 'BUILD_ID'))) {
      note(`no build in ${distDir}: building the site (next build)…`);
      const build = await buildNext({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
      if (build.outcome === 'busy') {
        note('another next build is running in this checkout; waiting for it to finish…');
        await waitForBuild(distDir, 600_000);
      }
    }
    const notMeasured = 'not measured (pass --build)';
    return { distDir, metrics: { 'build.ms': notMeasured, 'build.peakMB': notMeasured } };
  }
  note(
    `building the site on ${path.relative(process.cwd(), dir)} into ${benchDistDir} (next build)…`,
  );
  let build: Awaited<ReturnType<typeof buildNext>>;
  try {
    build = await buildNext(
      {
        ...process.env,
        CONTENT_DIR: dir,
        NEXT_DIST_DIR: benchDistDir,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      options.buildBudgetSeconds * 1000,
    );
  } catch (error) {
    // The other figures are still worth printing; the server needs a build, so it is skipped.
    return {
      distDir: benchDistDir,
      metrics: { 'build.failed': (error as Error).message },
    };
  }
  if (build.outcome === 'timeout') {
    // The peak so far is a floor of the real one; the server needs a build, so it is skipped.
    return {
      distDir: benchDistDir,
      metrics: {
        'build.failed': `stopped after the ${options.buildBudgetSeconds} s budget at "${build.lastLine}"`,
        'build.ms': `over ${Math.round(build.ms)}`,
        'build.peakMB': build.peakMB === null ? null : `at least ${build.peakMB}`,
      },
    };
  }
  if (build.outcome === 'busy') {
    note(`another next build is writing ${benchDistDir}; waiting for it to finish…`);
    await waitForBuild(benchDistDir, 900_000);
    const busy = 'not measured (another build held the folder)';
    return { distDir: benchDistDir, metrics: { 'build.ms': busy, 'build.peakMB': busy } };
  }
  return {
    distDir: benchDistDir,
    metrics: { 'build.ms': build.ms, 'build.peakMB': build.peakMB },
  };
}

/**
 * Serves the synthetic folder with the site server on the build in `distDir`, times pages first (so
 * that the cold figures are the first requests), then the APIs, then product pages again on a
 * restarted server. Any failure is reported as "not available", so the other figures are still
 * printed; the server is stopped whatever happens.
 */
async function measureServer(
  options: Options,
  dir: string,
  distDir: string,
  dataset: Dataset,
  today: string,
  mixes: ApiMixes,
): Promise<ApiResult> {
  const env = {
    ...process.env,
    CONTENT_DIR: dir,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  let server: RunningServer | undefined;
  try {
    note(`starting the site server on ${distDir}, on a free loopback port…`);
    server = await startNextServer(env);
    const pages = await measurePages(server, dataset, today, note);
    const apis = await timeApiRequests(server, options, mixes);
    note('restarting the server: product pages rendered on demand, read back…');
    await server.stop();
    server = undefined; // stopped: not to be stopped again if the new one fails to start
    server = await startNextServer(env);
    const restarted = await measurePagesAfterRestart(server, pages.onDemandPaths);
    return { ...pages.metrics, ...apis, ...restarted };
  } catch (error) {
    const output = server ? `\n${server.recentOutput()}` : '';
    return { 'api.available': false, 'api.reason': `${(error as Error).message}${output}` };
  } finally {
    closeClient();
    if (server) {
      await server.stop();
      note('server stopped');
    }
  }
}

async function main() {
  const options = parseOptions();
  const loadAverageAtStart = os.loadavg()[0]!;
  const dir = path.resolve('.bench', `synthetic-${options.products}`);
  const { generateMs } = await prepareDataset(options, dir);
  const size = await measureFolder(dir);

  note('loading the dataset…');
  const loadStartedAt = performance.now();
  const { dataset, problems } = await loadLocalContent(dir);
  const metrics: BenchMetrics = {
    'dataset.generateMs': generateMs,
    'dataset.files': size.files,
    'dataset.MB': Math.round((size.bytes / 1024 / 1024) * 10) / 10,
    'content.loadMs': performance.now() - loadStartedAt,
    'content.problems': problems.length,
  };

  note('building the search index…');
  metrics['index.buildMs'] = time(() => buildProductIndex(dataset)).ms;

  note('running the in-process query mix…');
  const queries = buildBenchQueries(dataset);
  const today = toProvinceDate(new Date());
  Object.assign(metrics, measureSearch(dataset, queries, today));

  note('building the iCalendar feed of every event…');
  Object.assign(metrics, measureCalendar(dataset));

  note('answering the where-to-buy mix and clustering the sales points…');
  const retail = buildRetailBenchQueries(dataset);
  Object.assign(metrics, measureRetailQueries(dataset, retail));
  Object.assign(metrics, measureRetailClusters(dataset));

  note('reading the dataset through the Contentful Delivery API stub…');
  Object.assign(metrics, await measureContentfulRead(dataset));

  const build = await prepareBuild(options, dir);
  Object.assign(metrics, build.metrics);

  if (options.withApi && 'build.failed' in build.metrics) {
    metrics['api.available'] = 'skipped (the build failed)';
  } else if (options.withApi) {
    Object.assign(
      metrics,
      await measureServer(options, dir, build.distDir, dataset, today, {
        products: withQueries('/api/v1/products', queries),
        producers: withQueries('/api/v1/producers', buildProducerBenchQueries(dataset)),
        events: withQueries('/api/v1/events', buildEventBenchQueries(dataset)),
        retail: withQueries('/api/v1/retail-points', retail),
        records: buildRecordBenchPaths(dataset),
        stats: ['/api/v1/stats', '/api/v1/stats?lang=en'],
      }),
    );
  } else metrics['api.available'] = 'skipped (--no-api)';

  if ('build.failed' in build.metrics) {
    // Whatever is left in the folder is from an older build.
    metrics['js.available'] = 'skipped (the build failed)';
  } else {
    note(`gzipping the client JS of each route in ${build.distDir}…`);
    Object.assign(metrics, await measureRouteBundles(build.distDir));
  }

  const context = {
    products: options.products,
    seed: options.seed,
    node: process.version,
    cpus: os.cpus().length,
    // Other work on the machine skews every figure; the load average says how busy it was.
    loadAverage: {
      atStart: Math.round(loadAverageAtStart * 10) / 10,
      atEnd: Math.round(os.loadavg()[0]! * 10) / 10,
    },
    dataset: path.relative(process.cwd(), dir),
  };
  if (options.json) {
    // Sub-microsecond digits are noise; two decimals keep the JSON readable.
    const rounded = Object.fromEntries(
      Object.entries(metrics).map(([name, value]) => [
        name,
        typeof value === 'number' ? Math.round(value * 100) / 100 : value,
      ]),
    );
    console.log(JSON.stringify({ ...context, metrics: rounded, targets: benchTargets }, null, 2));
    return;
  }
  const heading = [
    `OCOP catalogue benchmark: ${options.products} synthetic products (seed ${options.seed}) in ${context.dataset}`,
    `Node ${context.node}, ${context.cpus} CPUs, load average ${context.loadAverage.atStart} at the start and ` +
      `${context.loadAverage.atEnd} at the end; ` +
      'figures in ms unless named otherwise; targets are not enforced.',
  ];
  const {
    'api.reason': reason,
    'js.reason': jsReason,
    'build.failed': buildFailure,
    ...shown
  } = metrics;
  console.log(formatBenchTable(heading, shown));
  if (buildFailure) console.log(`\nbuild: failed — ${buildFailure}`);
  if (reason) console.log(`\napi: not available — ${reason}`);
  if (jsReason) console.log(`\njs: not available — ${jsReason}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
