/**
 * `npx tsx scripts/test-scale-out.ts`, after `next build` (scripts/test.sh runs it): two instances
 * behind one Redis share Next's cache, so a webhook revalidation through one reaches the other.
 *
 * 1. Copies the build (NEXT_DIST_DIR, default .next) and content/ to private folders, and starts
 *    redis-server on loopback (scripts/ensure-redis.sh installs it).
 * 2. One load per instance: starts one instance without Redis, reads pages and APIs that Next
 *    bundles separately, all at once, and expects it to have loaded the content once.
 * 3. Shared cache: starts instances A and B with the same REDIS_URL, reads a product's API answer
 *    and page from both, renames the product in the content copy, sends a signed publish webhook to
 *    A, and expects B to answer the new name within a few seconds.
 * 4. Control, without REDIS_URL: the same sequence must NOT reach B (while A shows the new name),
 *    which proves that step 3 measures the shared cache and could fail; and Redis stays empty.
 *
 * Ports: instances from SCALE_OUT_PORT (default 3500), Redis from SCALE_OUT_REDIS_PORT (default
 * 6390). Prints one line per check and "N passed, N failed"; exits 1 on any failure. Everything it
 * started is stopped and its copies removed, whatever happens.
 */
import { createClient } from '@redis/client';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishBody, signedCall } from '../tests/unit/publishing/webhook-fixtures';
import {
  copyBuild,
  findFreePort,
  findRedisServer,
  loopback,
  sleep,
  startNextInstance,
  startRedisServer,
  type Service,
} from './scale-out/harness';

/** Inside the project, as Next requires of a build folder, and ignored by git, lint and tsc. */
const buildCopy = 'node_modules/.cache/ocop-scale-out/next';
const webhookSecret = 'scaleOutSecret00'.repeat(4);
/** How long B may take to show the change with the shared cache (and is watched for without). */
const propagationMs = 10_000;
/** How long the control watches B for a change that must not come. */
const controlWatchMs = 5_000;

const results: { ok: boolean; name: string; detail?: string }[] = [];
function check(name: string, ok: boolean, detail?: string) {
  results.push({ ok, name, detail });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` (${detail})` : ''}`);
}
const note = (message: string) => console.log(`  ${message}`);

// ---------------------------------------------------------------------------------------------------
// The product under test, in the content copy

interface Product {
  slug: string;
  file: string;
}

function firstProduct(contentDir: string): Product {
  const name = readdirSync(path.join(contentDir, 'products'))
    .filter((f) => f.endsWith('.json'))
    .sort()[0];
  if (!name) throw new Error(`no product in ${contentDir}/products`);
  return { slug: name.replace(/\.json$/, ''), file: path.join(contentDir, 'products', name) };
}

/** Sets the product's Vietnamese name in the content copy (what an editor's publish would do). */
function rename(product: Product, name: string): void {
  const record = JSON.parse(readFileSync(product.file, 'utf8'));
  record.name.vi = name;
  writeFileSync(product.file, `${JSON.stringify(record, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------------
// Talking to an instance

const url = (instance: Service, pathname: string) =>
  `http://${loopback}:${instance.port}${pathname}`;

/** The product's name as the instance's API answers it (Vietnamese), or an error string. */
async function apiName(instance: Service, slug: string): Promise<string> {
  const response = await fetch(url(instance, `/api/v1/products/${slug}`), {
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) return `HTTP ${response.status}`;
  const body = (await response.json()) as { name?: unknown };
  return String(body.name);
}

/** Whether the instance's product page shows `name`. */
async function pageShows(instance: Service, slug: string, name: string): Promise<boolean> {
  const response = await fetch(url(instance, `/vi/products/${slug}`), {
    signal: AbortSignal.timeout(30_000),
  });
  return response.ok && (await response.text()).includes(name);
}

/** Waits until the instance answers the product (content loaded, server warm). */
async function waitUntilServing(instance: Service, slug: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if (!(await apiName(instance, slug)).startsWith('HTTP ')) return;
    } catch {
      // Not answering yet.
    }
    if (Date.now() > deadline)
      throw new Error(`${instance.name} never answered\n${instance.recentOutput()}`);
    await sleep(250);
  }
}

/** Pages and APIs that Next serves from different bundles, each with its own copy of lib/content. */
const routesOfSeveralBundles = (slug: string) => [
  `/api/v1/products/${slug}`,
  `/vi/products/${slug}`,
  '/vi/products?q=mật ong',
  '/api/v1/producers',
  '/vi/producers',
  '/data/retail-points.geojson',
  '/feeds/news.xml',
];

/** Contentful's publish call for the product, signed as Contentful signs it, sent to `instance`. */
async function publishWebhook(instance: Service, slug: string) {
  const call = signedCall(publishBody('product', `scaleOut-${slug}`.slice(0, 64), slug), {
    signWith: webhookSecret,
  });
  const response = await fetch(url(instance, call.path), {
    method: call.method,
    headers: call.headers,
    body: call.body,
    signal: AbortSignal.timeout(30_000),
  });
  const answer = (await response.json().catch(() => ({}))) as {
    revalidated?: { tags?: string[] };
  };
  return { status: response.status, tags: answer.revalidated?.tags ?? [] };
}

/**
 * Polls until `probe` is true or the time is up; resolves to the milliseconds it took, or
 * undefined if it never became true.
 */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number | undefined> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > ms) return undefined;
    await sleep(200);
  }
}

// ---------------------------------------------------------------------------------------------------
// The two runs

interface Setup {
  product: Product;
  originalName: string;
  redisUrl: string;
  ports: [number, number];
}

async function startPair(setup: Setup, contentDir: string, redisUrl?: string) {
  const env = {
    CONTENT_DIR: contentDir,
    CONTENTFUL_WEBHOOK_SECRET: webhookSecret,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  const [a, b] = await Promise.all([
    startNextInstance('instance A', setup.ports[0], buildCopy, env),
    startNextInstance('instance B', setup.ports[1], buildCopy, env),
  ]);
  await Promise.all([
    waitUntilServing(a, setup.product.slug),
    waitUntilServing(b, setup.product.slug),
  ]);
  return [a, b] as const;
}

async function sharedCacheRun(setup: Setup, contentDir: string) {
  const { product } = setup;
  const [a, b] = await startPair(setup, contentDir, setup.redisUrl);
  try {
    const before = [await apiName(a, product.slug), await apiName(b, product.slug)];
    const pageBefore = await pageShows(b, product.slug, setup.originalName);
    check(
      'with Redis: A and B serve the same product before the change',
      before.every((name) => name === setup.originalName) && pageBefore,
      `${before.join(' / ')}; B's page shows it: ${pageBefore}`,
    );

    const renamed = `${setup.originalName} (scale-out ${Date.now()})`;
    rename(product, renamed);
    const webhook = await publishWebhook(a, product.slug);
    check(
      'with Redis: the signed webhook to A revalidates the content tag',
      webhook.status === 200 && webhook.tags.includes('content'),
      `HTTP ${webhook.status}, tags ${webhook.tags.join(', ') || 'none'}`,
    );

    const apiMs = await within(
      propagationMs,
      async () => (await apiName(b, product.slug)) === renamed,
    );
    check(
      "with Redis: B's API answers the new name",
      apiMs !== undefined,
      apiMs === undefined ? `still ${await apiName(b, product.slug)}` : `after ${apiMs} ms`,
    );
    const pageMs = await within(propagationMs, () => pageShows(b, product.slug, renamed));
    check(
      "with Redis: B's product page shows the new name",
      pageMs !== undefined,
      pageMs === undefined ? 'old page still served' : `after ${pageMs} ms`,
    );
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

async function controlRun(setup: Setup, contentDir: string) {
  const { product } = setup;
  const [a, b] = await startPair(setup, contentDir);
  try {
    const current = await apiName(b, product.slug);
    await apiName(a, product.slug);
    const renamed = `${setup.originalName} (control ${Date.now()})`;
    rename(product, renamed);
    const webhook = await publishWebhook(a, product.slug);
    const aMs = await within(
      propagationMs,
      async () => (await apiName(a, product.slug)) === renamed,
    );
    check(
      'without Redis: A, which took the webhook, answers the new name',
      webhook.status === 200 && aMs !== undefined,
      `HTTP ${webhook.status}${aMs === undefined ? ', A kept the old name' : `, after ${aMs} ms`}`,
    );
    const reachedB = await within(controlWatchMs, async () => {
      return (
        (await apiName(b, product.slug)) === renamed || (await pageShows(b, product.slug, renamed))
      );
    });
    // B must still be answering, and with its own (old) content: not failing instead.
    const stillServed = await apiName(b, product.slug);
    check(
      'without Redis: the revalidation does not reach B (so the shared-cache check can fail)',
      reachedB === undefined && stillServed === current,
      reachedB === undefined
        ? `B still answers "${stillServed}" after ${controlWatchMs / 1000} s`
        : `B changed after ${reachedB} ms`,
    );
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
}

/**
 * Next instantiates lib/content once per page and route bundle; one instance must still load the
 * content once (at 20,000 products each load takes seconds and holds its own copy). On the content
 * the build was made from, so that no prerendered page brings a version of its own.
 */
async function oneLoadPerProcessRun(setup: Setup) {
  const instance = await startNextInstance('instance', setup.ports[0], buildCopy, {
    CONTENT_DIR: 'content',
  });
  try {
    // All at once, as a fresh instance's first visitors come: they share one load (lib/content).
    const statuses = await Promise.all(
      routesOfSeveralBundles(setup.product.slug).map(async (pathname) => {
        const response = await fetch(url(instance, pathname), {
          signal: AbortSignal.timeout(30_000),
        });
        return `${pathname} ${response.status}`;
      }),
    );
    check(
      'one instance loads the content once for all the pages and APIs it serves',
      instance.contentLoads() === 1 && statuses.every((status) => status.endsWith(' 200')),
      `${instance.contentLoads()} load(s); ${statuses.join(', ')}`,
    );
    // server/start.mjs asks itself for its searches once it listens, on that same load.
    const warmUpMs = await within(30_000, async () => instance.warmUps().length >= 2);
    const warmUps = instance.warmUps();
    check(
      'a new instance warms itself up: a catalogue and a producers search, on the same load',
      warmUpMs !== undefined &&
        warmUps.length === 2 &&
        warmUps.every((line) => / answered 200 in \d+ ms$/.test(line)) &&
        instance.contentLoads() === 1,
      `${warmUps.join('; ') || 'no warm-up line in 30 s'}; ${instance.contentLoads()} load(s)`,
    );
  } finally {
    await instance.stop();
  }
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const redisServer = findRedisServer();
  if (!redisServer) {
    console.error(
      "redis-server not found: run `bash scripts/ensure-redis.sh` (installs Debian's redis-server " +
        'as root), or point REDIS_SERVER at a redis-server binary.',
    );
    process.exit(1);
  }

  const contentDir = mkdtempSync(path.join(os.tmpdir(), 'ocop-scale-out-content-'));
  const services: Service[] = [];
  try {
    copyBuild(process.env.NEXT_DIST_DIR || '.next', buildCopy);
    cpSync('content', contentDir, { recursive: true });
    const product = firstProduct(contentDir);
    const originalName = JSON.parse(readFileSync(product.file, 'utf8')).name.vi as string;

    const redisPort = await findFreePort(Number(process.env.SCALE_OUT_REDIS_PORT ?? 6390));
    const redis = await startRedisServer(redisServer, redisPort);
    services.push(redis);
    const redisUrl = `redis://${loopback}:${redisPort}`;
    const client = createClient({ url: redisUrl });
    await client.connect();

    const firstPort = Number(process.env.SCALE_OUT_PORT ?? 3500);
    const portA = await findFreePort(firstPort);
    const portB = await findFreePort(firstPort, [portA]);
    const setup: Setup = { product, originalName, redisUrl, ports: [portA, portB] };
    note(`product ${product.slug}; instances on ${portA} and ${portB}; redis on ${redisPort}`);

    await oneLoadPerProcessRun(setup);
    await sharedCacheRun(setup, contentDir);
    const kinds = ['ocop:use-cache:', 'ocop:isr:', 'ocop:tags:expired'];
    const keys = await client.keys('ocop:*');
    const missing = kinds.filter((kind) => !keys.some((key) => key.startsWith(kind)));
    check(
      "with Redis: Next's cache entries and the tag revalidation are in Redis",
      missing.length === 0,
      `${keys.length} keys${missing.length ? `; none starting ${missing.join(', ')}` : ''}`,
    );

    await client.flushAll();
    await controlRun(setup, contentDir);
    const left = await client.dbSize();
    check('without REDIS_URL: nothing is written to Redis', left === 0, `${left} keys`);
    client.destroy();
  } catch (error) {
    check('the test ran to the end', false, (error as Error).message);
  } finally {
    await Promise.all(services.map((service) => service.stop()));
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(path.dirname(buildCopy), { recursive: true, force: true });
  }

  const failed = results.filter((r) => !r.ok).length;
  console.log(`\nscale-out (${Math.round((Date.now() - started) / 1000)} s):`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
