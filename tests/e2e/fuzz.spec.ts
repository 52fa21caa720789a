/**
 * Abuse-proof inputs (issue 9, step 2): fast-check throws thousands of random and hostile query
 * strings, path segments, headers and webhook calls at every route family of SPEC.md and checks
 * that nothing answers with a 5xx, that the API always answers errors in its JSON shape
 * `{ error, issues }`, that paging past the end and oversized queries are answered cleanly, and that
 * the webhook and preview routes refuse everything that is not signed.
 *
 * Every property runs with a fixed seed, so a failure reproduces; fast-check prints the (shrunk)
 * counterexample and the seed in the failure message. `FUZZ_SEED=n` tries another seed and
 * `FUZZ_SCALE=10` ten times as many runs, for a longer hunt by hand.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import http from 'node:http';
import { signRequest } from '@contentful/node-apps-toolkit/requests';
import { test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { e2eSecrets, port } from './servers';

const seed = Number(process.env.FUZZ_SEED ?? 20_260_409);
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const testTimeout = 120_000 * Math.max(1, scale);
const settings = (numRuns: number) => ({
  seed,
  numRuns: Math.max(1, Math.round(numRuns * scale)),
  // Shrinking a failure replays requests: stop in time to report the smallest counterexample
  // found so far rather than let Playwright's timeout swallow it.
  interruptAfterTimeLimit: testTimeout - 15_000,
  markInterruptAsFailure: true,
});

// Run counts keep the whole file to about three thousand requests and about a minute.
test.describe.configure({ timeout: testTimeout });

// ---------------------------------------------------------------------------------------------
// Records that exist (from content/, like tests/e2e/routes.ts), so routes are fuzzed both on their
// happy path and on their not-found path.

const slugsOf = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
const product = 'mach-nha-mantoza';
const producer = 'htx-nam-duc-nhuan';
const event = slugsOf('events')[0]!;
const retailPoint = 'cho-kon-tum-sap-ocop';
const article = slugsOf('articles')[0]!;
const languages = ['vi', 'en'] as const;

// ---------------------------------------------------------------------------------------------
// Sending requests and reading answers.

/** Node's default `--max-http-header-size`: the request line and all headers together. */
const nodeMaxHeaderSize = 16 * 1024;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What came back: an answer, or a connection the server refused before any answer. */
type Outcome = { answer: Answer; label: string } | { refused: string; label: string };

let requestCount = 0;

/** Rough size of the request head as the server's parser counts it. */
const headSize = (method: string, target: string, headers: Record<string, string> = {}) =>
  Buffer.byteLength(`${method} ${target} HTTP/1.1\r\n`) +
  Object.entries(headers).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(`${name}: ${value}\r\n`),
    // Playwright's own headers (host, user-agent, accept, accept-encoding, connection…).
    300,
  );

/**
 * Whether Node may refuse this request for its head size. The size of the headers Playwright adds
 * is estimated, so the last kilobyte before the limit counts as "may".
 */
const isNearHeadLimit = (method: string, target: string, headers?: Record<string, string>) =>
  headSize(method, target, headers) > nodeMaxHeaderSize - 1_024;

/**
 * A request through Playwright's request fixture. Redirects are not followed (a redirect is an
 * answer to check: the draft route must never give one without the secret).
 *
 * Connection-level refusals: Node's HTTP parser refuses a request head over 16 KB with
 * 431 and closes the socket, which can reach a client still writing as a reset. Such a refusal is
 * clean (nothing ran) and is accepted only for requests whose head is over that size; below it, a
 * request without an answer fails the test.
 */
async function send(
  request: APIRequestContext,
  method: string,
  target: string,
  options: { headers?: Record<string, string>; data?: string | Buffer } = {},
): Promise<Outcome> {
  requestCount++;
  const label = `${method} ${target.length > 300 ? `${target.slice(0, 300)}… (${target.length} characters)` : target}`;
  try {
    const response = await request.fetch(target, {
      method,
      headers: options.headers,
      data: options.data,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 20_000,
    });
    const answer = {
      status: response.status(),
      headers: response.headers(),
      body: await response.body(),
    };
    await response.dispose();
    return { answer, label };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (
      isNearHeadLimit(method, target, options.headers) &&
      /ECONNRESET|EPIPE|socket hang up|other side closed/i.test(message)
    ) {
      return { refused: message, label };
    }
    throw new Error(`${label}: no answer (${message})`);
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/**
 * A GET whose path goes to the server byte for byte. Playwright (like any WHATWG URL parser)
 * resolves `..`, `%2e%2e` and `.%2e` segments before sending, so hostile path segments would never
 * reach the server through it; Node's http.request sends `path` untouched.
 */
function sendRaw(path: string, headers: Record<string, string> = {}): Promise<Outcome> {
  requestCount++;
  const label = `GET ${path.length > 300 ? `${path.slice(0, 300)}… (${path.length} characters)` : path} (raw)`;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => reject(new Error(`${label}: ${error.message}`)));
      res.on('end', () => {
        const flat = Object.fromEntries(
          Object.entries(res.headers).map(([name, value]) => [
            name,
            Array.isArray(value) ? value.join(', ') : (value ?? ''),
          ]),
        );
        resolve({
          answer: { status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) },
          label,
        });
      });
    });
    req.setTimeout(20_000, () => req.destroy(new Error('timed out after 20 s')));
    req.on('error', (error) => reject(new Error(`${label}: no answer (${error.message})`)));
    req.end();
  });
}

function answerOf(outcome: Outcome): Answer {
  if ('refused' in outcome) {
    throw new Error(`${outcome.label}: connection refused (${outcome.refused})`);
  }
  return outcome.answer;
}

const bodyText = (answer: Answer) => answer.body.toString('utf8');

function json(answer: Answer, label: string): unknown {
  try {
    return JSON.parse(bodyText(answer));
  } catch {
    throw new Error(
      `${label}: ${answer.status} with a body that is not JSON: ${bodyText(answer).slice(0, 200)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Checks.

function assertNo5xx({ answer, label }: { answer: Answer; label: string }) {
  assert.ok(
    answer.status < 500,
    `${label} answered ${answer.status}: ${bodyText(answer).slice(0, 500)}`,
  );
}

/** An error in the API's shape: JSON `{ error: string, issues: [] }`. */
function assertJsonError(answer: Answer, label: string) {
  assert.match(
    answer.headers['content-type'] ?? '',
    /^application\/json\b/,
    `${label} answered ${answer.status} with content-type ${answer.headers['content-type']}`,
  );
  const body = json(answer, label) as { error?: unknown; issues?: unknown };
  assert.equal(typeof body.error, 'string', `${label}: the error has no "error" message`);
  assert.ok(Array.isArray(body.issues), `${label}: the error has no "issues" list`);
}

/** How a route answers a request it cannot serve. */
type ErrorStyle =
  /** The API and the JSON-speaking feeds and data files: 400/404 in JSON. */
  | 'json'
  /** Embeds, pages and pictures: their own HTML or text; only "no 5xx" is required. */
  | 'own';

interface Route {
  path: string;
  errors: ErrorStyle;
}

/** Lists of the API: `{ items, total, page, limit }`. */
const listPaths = new Set(['/api/v1/products', '/api/v1/producers', '/api/v1/events']);

function checkAnswer(route: Route, outcome: Outcome) {
  const answer = answerOf(outcome);
  const { label } = outcome;
  assertNo5xx({ answer, label });
  if (route.errors !== 'json') return;
  // A GET on the API answers 200, 400 (bad query) or 404 (no such record), nothing else.
  assert.ok(
    [200, 400, 404].includes(answer.status),
    `${label} answered ${answer.status}, expected 200, 400 or 404`,
  );
  if (answer.status >= 400) {
    assertJsonError(answer, label);
    return;
  }
  if (listPaths.has(route.path)) {
    const body = json(answer, label) as Record<string, unknown>;
    assert.ok(Array.isArray(body.items), `${label}: no items list`);
    assert.ok(Number.isInteger(body.total), `${label}: no total`);
    assert.ok(Number.isInteger(body.page) && (body.page as number) >= 1, `${label}: bad page`);
    assert.ok(
      Number.isInteger(body.limit) && (body.limit as number) >= 1 && (body.limit as number) <= 100,
      `${label}: bad limit`,
    );
    assert.ok(
      (body.items as unknown[]).length <= (body.limit as number),
      `${label}: too many items`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Answers the properties accept although they are not the route's. A known issue would go here too:
// an exception as narrow as the issue, and a test at the end of this file that pins it with
// `test.fail()`, so that Playwright reports the day it is fixed. There is none at present.

/**
 * Node's HTTP parser refuses a request line with bytes outside visible ASCII (a raw `é`) with a
 * bare 400 and closes the connection; no route runs. Clean, and not an API answer.
 */
const isNodeParserRefusal = (rawPath: string, answer: Answer) =>
  answer.status === 400 &&
  answer.headers['content-type'] === undefined &&
  /[^\x21-\x7e]/.test(rawPath);

// ---------------------------------------------------------------------------------------------
// Generators.

/** Percent-encodes every byte but the unreserved ones (RFC 3986); lone surrogates become U+FFFD. */
const encode = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/** Every parameter name some route reads, so garbage reaches the validators, not just the void. */
const knownNames = [
  'q',
  'group',
  'subgroup',
  'stars',
  'area',
  'region',
  'producerType',
  'status',
  'sort',
  'page',
  'limit',
  'lang',
  'type',
  'wholesale',
  'export',
  'when',
  'kind',
  'organiser',
  'from',
  'to',
  'product',
  'point',
  'url',
  'format',
  'maxwidth',
  'maxheight',
  'view',
  'month',
  'code',
  'secret',
  'contentType',
  'slug',
  'path',
] as const;

const hostileValues = [
  '',
  ' ',
  "'",
  '"',
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '..',
  '%',
  '%E0%A4%A',
  '\u0000',
  '\r\nSet-Cookie: a=b',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1e309',
  '0x10',
  '9007199254740993',
  '1.5',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  ',',
  ',,,',
  'vi,en',
  'EN',
  '🙂',
  'Đắk Lắk đặc sản',
  'Ｑ',
  '\u202e',
  '\ud800',
  '\ufeff',
  '${7*7}',
  '{{7*7}}',
  'javascript:alert(1)',
  '2026-02-30',
  '9999-99-99',
  '2026-13',
  'a'.repeat(201),
  '4,5,'.repeat(30),
  `http://127.0.0.1:${port}/vi/products/${product}`,
  `https://127.0.0.1:${port}/en/events/${event}?x=1#y`,
  'http://evil.example/vi/products/x',
  `//127.0.0.1:${port}/vi/products/${product}`,
  'file:///etc/passwd',
];

/** Values the validators accept, so the fuzzing also walks the paths past them. */
const plausibleValues = [
  'vi',
  'en',
  '1',
  '2',
  '5',
  '100',
  '3,4',
  'food',
  'west',
  'east',
  'past',
  'upcoming',
  'all',
  'cooperative',
  'valid',
  'expired',
  'stars',
  'name',
  'newest',
  'true',
  'false',
  'json',
  'xml',
  'calendar',
  '2026-12',
  '2026-01-01',
  'tỏi',
  'toi ly son',
  product,
  producer,
  event,
  retailPoint,
];

const numberLike = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);

const valueArb = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileValues), weight: 4 },
  { arbitrary: fc.constantFrom(...plausibleValues), weight: 3 },
  { arbitrary: numberLike, weight: 2 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  // Any code point, lone surrogates included.
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  // Long, but under the 16 KB head limit once encoded, so the route itself must deal with it.
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', '5', '-', 'đ', ','), fc.integer({ min: 201, max: 1_800 }))
      .map(([unit, times]) => unit.repeat(times)),
    weight: 1,
  },
);

const keyArb = fc.oneof(
  { arbitrary: fc.constantFrom(...knownNames), weight: 8 },
  {
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'a[b]', 'q[]'),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
);

/** Pieces put in the query string as they are: broken escapes, stray separators. */
const rawFragments = [
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  'q=%E0%A4%A',
  'lang=%',
  'page=%zz',
  'stars=%C0%AF',
  '+',
  '&',
  '&&',
  '=',
  '==',
  'a=b=c',
  ';',
  'page=',
  'lang',
  '=x',
  '[]=1',
  'stars[]=5',
  'a[b][c]=1',
];

const queryArb = fc
  .array(
    fc.oneof(
      {
        arbitrary: fc.tuple(keyArb, valueArb).map(([k, v]) => `${encode(k)}=${encode(v)}`),
        weight: 6,
      },
      { arbitrary: fc.constantFrom(...rawFragments), weight: 2 },
      // The same parameter given several times.
      {
        arbitrary: fc
          .tuple(fc.constantFrom(...knownNames), fc.array(valueArb, { minLength: 2, maxLength: 4 }))
          .map(([k, values]) => values.map((v) => `${k}=${encode(v)}`).join('&')),
        weight: 1,
      },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join('&'));

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

// ---------------------------------------------------------------------------------------------
// Route families (SPEC.md, "Public URLs").

const apiRoutes: Route[] = [
  '/api/v1/products',
  `/api/v1/products/${product}`,
  '/api/v1/producers',
  `/api/v1/producers/${producer}`,
  '/api/v1/events',
  `/api/v1/events/${event}`,
  `/api/v1/events/${event}/ics`,
  '/api/v1/retail-points',
  '/api/v1/stats',
  '/api/v1/openapi.json',
  '/api/oembed',
].map((path) => ({ path, errors: 'json' }));

/** Feeds and data files answer a bad query like the API: 400 in JSON. */
const fileRoutes: Route[] = [
  ...[
    '/feeds/news.xml',
    '/feeds/news.atom',
    '/feeds/news.json',
    '/feeds/changes.xml',
    '/feeds/events.ics',
    '/data/products.csv',
    '/data/producers.csv',
    '/data/retail-points.geojson',
    '/data/province-outline.geojson',
  ].map((path) => ({ path, errors: 'json' as const })),
  ...[
    `/embed/products/${product}`,
    `/embed/events/${event}`,
    `/vi/producers/${producer}/contact.vcf`,
    `/en/news/${article}/article.md`,
    '/vi/stats/products-by-stars.csv',
    '/en/stats/products-by-group.svg',
    '/sitemap.xml',
    '/robots.txt',
  ].map((path) => ({ path, errors: 'own' as const })),
];

/** Pictures are drawn on every request (the query is ignored): fuzzed less often. */
const pictureRoutes: Route[] = [
  `/vi/products/${product}/og.png`,
  `/en/products/${product}/broadcast.png`,
  `/en/events/${event}/og.png`,
  '/vi/stats/products-by-stars.png',
].map((path) => ({ path, errors: 'own' }));

const pagePaths = [
  '',
  '/products',
  `/products/${product}`,
  '/producers',
  `/producers/${producer}`,
  '/events',
  `/events/${event}`,
  '/where-to-buy',
  `/where-to-buy/${retailPoint}`,
  '/news',
  `/news/${article}`,
  '/stats',
  '/press',
  '/press/api',
  '/about',
  '/verify',
];

// ---------------------------------------------------------------------------------------------
// Query strings.

test('the API answers any query string with 200, or a 400/404 in its JSON error shape', async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(queryArb, async (query) => {
      const outcomes = await Promise.all(
        apiRoutes.map((route) => send(request, 'GET', withQuery(route.path, query))),
      );
      outcomes.forEach((outcome, i) => checkAnswer(apiRoutes[i]!, outcome));
    }),
    settings(50),
  );
});

test('feeds, data files, embeds and downloads answer any query string without a 5xx', async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(queryArb, async (query) => {
      const outcomes = await Promise.all(
        fileRoutes.map((route) => send(request, 'GET', withQuery(route.path, query))),
      );
      outcomes.forEach((outcome, i) => checkAnswer(fileRoutes[i]!, outcome));
    }),
    settings(25),
  );
  await fc.assert(
    fc.asyncProperty(queryArb, async (query) => {
      const outcomes = await Promise.all(
        pictureRoutes.map((route) => send(request, 'GET', withQuery(route.path, query))),
      );
      outcomes.forEach((outcome, i) => checkAnswer(pictureRoutes[i]!, outcome));
    }),
    settings(2),
  );
});

test('pages answer any query string without a 5xx', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...languages), queryArb, async (lang, query) => {
      const paths = ['/', ...pagePaths.map((path) => `/${lang}${path}`)];
      const outcomes = await Promise.all(
        paths.map((path) => send(request, 'GET', withQuery(path, query))),
      );
      for (const outcome of outcomes) checkAnswer({ path: '', errors: 'own' }, outcome);
    }),
    settings(12),
  );
});

// ---------------------------------------------------------------------------------------------
// Paging.

/** What `page` or `limit` the API takes from these values (one, an integer in range), if any. */
function acceptedNumber(values: string[], fallback: number, max: number): number | undefined {
  if (values.length === 0) return fallback;
  if (values.length > 1) return undefined;
  const n = Number(values[0]);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

const pagingValue = (inRange: fc.Arbitrary<number>) =>
  fc.oneof(
    { arbitrary: inRange.map(String), weight: 6 },
    {
      arbitrary: fc.integer({ min: 100_001, max: Number.MAX_SAFE_INTEGER }).map(String),
      weight: 1,
    },
    { arbitrary: fc.integer({ max: 0 }).map(String), weight: 1 },
    { arbitrary: fc.double().map(String), weight: 1 },
    { arbitrary: fc.bigInt({ min: 10n ** 16n, max: 10n ** 40n }).map(String), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'NaN',
        'Infinity',
        '1e5',
        '1e6',
        '0x10',
        '0b11',
        '+5',
        ' 7 ',
        '1_000',
        '٣',
        '５',
        '1.0',
        '2,3',
        '[]',
        'null',
        '-0',
        '00003',
        '1e-7',
      ),
      weight: 2,
    },
  );

test('paging past the end answers 200 with no items and the true total; bad paging a JSON 400', async ({
  request,
}) => {
  const lists = [
    { path: '/api/v1/products', filter: '' },
    { path: '/api/v1/producers', filter: 'lang=en' },
    { path: '/api/v1/events', filter: 'when=all' },
  ];
  const totals = await Promise.all(
    lists.map(async ({ path, filter }) => {
      const answer = answerOf(await send(request, 'GET', withQuery(path, filter)));
      assert.equal(answer.status, 200, `GET ${path}?${filter}`);
      return (JSON.parse(bodyText(answer)) as { total: number }).total;
    }),
  );

  const pageArb = fc.array(
    pagingValue(
      fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 },
        // Mostly far beyond the end: a few dozen records at most, pages of 1 to 100.
        { arbitrary: fc.integer({ min: 6, max: 100_000 }), weight: 3 },
      ),
    ),
    { maxLength: 2 },
  );
  const limitArb = fc.array(pagingValue(fc.integer({ min: 1, max: 100 })), { maxLength: 2 });

  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: lists.length - 1 }),
      pageArb,
      limitArb,
      async (which, pages, limits) => {
        const { path, filter } = lists[which]!;
        const total = totals[which]!;
        const query = [
          filter,
          ...pages.map((v) => `page=${encode(v)}`),
          ...limits.map((v) => `limit=${encode(v)}`),
        ]
          .filter(Boolean)
          .join('&');
        const target = withQuery(path, query);
        const answer = answerOf(await send(request, 'GET', target));
        const label = `GET ${target}`;
        const page = acceptedNumber(pages, 1, 100_000);
        const limit = acceptedNumber(limits, 20, 100);
        if (page === undefined || limit === undefined) {
          assert.equal(answer.status, 400, `${label}: expected 400, got ${answer.status}`);
          assertJsonError(answer, label);
          const issues = (json(answer, label) as { issues: { parameter: string }[] }).issues;
          const wrong = [
            ...(limit === undefined ? ['limit'] : []),
            ...(page === undefined ? ['page'] : []),
          ];
          assert.deepEqual(
            [...new Set(issues.map((issue) => issue.parameter))].sort(),
            wrong,
            `${label}: the issues name the wrong parameters`,
          );
          return;
        }
        assert.equal(answer.status, 200, `${label}: expected 200, got ${answer.status}`);
        const body = json(answer, label) as {
          items: unknown[];
          total: number;
          page: number;
          limit: number;
        };
        const expectedCount = Math.max(0, Math.min(limit, total - (page - 1) * limit));
        assert.deepEqual(
          { items: body.items.length, total: body.total, page: body.page, limit: body.limit },
          { items: expectedCount, total, page, limit },
          `${label}: wrong page`,
        );
      },
    ),
    settings(120),
  );
});

test('list pages answer any page number, past the end or garbage, with 200', async ({
  request,
}) => {
  const lists = ['/vi/products', '/en/producers', '/vi/events?when=past', '/en/news'];
  await fc.assert(
    fc.asyncProperty(
      fc.array(pagingValue(fc.integer({ min: 1, max: 100_000 })), { minLength: 1, maxLength: 2 }),
      async (pages) => {
        const paging = pages.map((v) => `page=${encode(v)}`).join('&');
        const targets = lists.map((path) => `${path}${path.includes('?') ? '&' : '?'}${paging}`);
        const outcomes = await Promise.all(targets.map((target) => send(request, 'GET', target)));
        for (const outcome of outcomes) {
          const answer = answerOf(outcome);
          // Paging on a page is never an error page, whatever the number.
          assert.equal(answer.status, 200, `${outcome.label}: expected 200, got ${answer.status}`);
          assert.match(answer.headers['content-type'] ?? '', /^text\/html\b/, outcome.label);
        }
      },
    ),
    settings(12),
  );
});

// ---------------------------------------------------------------------------------------------
// Oversized queries.

test('oversized queries are answered cleanly: 400 from the routes, or refused by Node over 16 KB', async ({
  request,
}) => {
  // Which of `q` and `lang` each route validates: there a long value is a 400 (`q` takes at most
  // 200 characters, `lang` only vi or en); a parameter a route does not read is ignored.
  const routes: (Route & { validates: string[] })[] = [
    { path: '/api/v1/products', errors: 'json', validates: ['q', 'lang'] },
    { path: '/api/v1/producers', errors: 'json', validates: ['q', 'lang'] },
    { path: '/api/v1/retail-points', errors: 'json', validates: ['q', 'lang'] },
    { path: `/api/v1/products/${product}`, errors: 'json', validates: ['lang'] },
    { path: '/api/oembed', errors: 'json', validates: ['q', 'lang', 'zzz'] },
    { path: '/feeds/news.json', errors: 'json', validates: ['lang'] },
    { path: '/data/products.csv', errors: 'json', validates: ['q', 'lang'] },
    { path: `/embed/products/${product}`, errors: 'own', validates: ['lang'] },
    { path: '/vi/products', errors: 'own', validates: [] },
    { path: '/en/where-to-buy', errors: 'own', validates: [] },
    { path: '/vi/verify', errors: 'own', validates: [] },
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('q', 'lang', 'zzz'),
      // From well under Node's 16 KB head limit to three times over it.
      fc.integer({ min: 2_000, max: 50_000 }),
      fc.constantFrom('a', 'đ', '%', ' ', ','),
      async (name, length, unit) => {
        const query = `${name}=${encode(unit).repeat(Math.ceil(length / encode(unit).length))}`;
        const outcomes = await Promise.all(
          routes.map((route) => send(request, 'GET', withQuery(route.path, query))),
        );
        outcomes.forEach((outcome, i) => {
          const route = routes[i]!;
          const mayBeRefused = isNearHeadLimit('GET', withQuery(route.path, query));
          if ('refused' in outcome) {
            assert.ok(mayBeRefused, `${outcome.label}: refused under the head limit`);
            return;
          }
          const { answer, label } = outcome;
          assertNo5xx(outcome);
          if ([414, 431].includes(answer.status)) {
            assert.ok(mayBeRefused, `${label}: ${answer.status} under the head limit`);
            return;
          }
          // Otherwise the route itself answered. `q` is trimmed before its length is checked, so
          // spaces alone are an empty search; oembed requires `url`, so it refuses every query here.
          const isInvalid =
            route.validates.includes(name) &&
            !(name === 'q' && route.path !== '/api/oembed' && unit === ' ');
          if (isInvalid) {
            assert.equal(answer.status, 400, `${label}: expected 400, got ${answer.status}`);
            if (route.errors === 'json') assertJsonError(answer, label);
          } else {
            assert.equal(answer.status, 200, `${label}: expected 200, got ${answer.status}`);
          }
        });
      },
    ),
    settings(10),
  );
});

// ---------------------------------------------------------------------------------------------
// Path segments.

/** Segments sent as they are (percent-escapes included), through sendRaw. */
const hostileSegments = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '%2e',
  '..%2f..%2fetc%2fpasswd',
  '..%5c..%5cwindows',
  '..;',
  '%00',
  `${product}%00`,
  '%2500',
  '%E0%A4%A',
  '%',
  '%zz',
  '%C0%AE%C0%AE',
  '%FF',
  '%ED%A0%80',
  "'",
  "'%20OR%201=1--",
  '<script>alert(1)<%2Fscript>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '"',
  '`',
  '\\',
  '%5C',
  'b%C3%A1nh-tr%C3%A1ng',
  '%F0%9F%99%82',
  // A Latin-1 byte on the wire: not UTF-8.
  '\u00e9',
  '__proto__',
  'constructor',
  'index',
  'CON',
  '~',
  '-',
  '--',
  'undefined',
  'null',
  '[slug]',
  '%5Bslug%5D',
  '(.)',
  '_next',
  'api',
  product.toUpperCase(),
  `${product}%20`,
  `${product}.json`,
  `${product};x=1`,
  `${product}%2F..`,
  'a'.repeat(4_000),
  'a-'.repeat(2_000),
];

/** Characters a raw request path may carry as they are (Node refuses the rest). */
const encodeForPath = (value: string) =>
  [...value]
    .map((char) => (/^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/.test(char) ? char : encode(char)))
    .join('');

const segmentArb = fc.oneof(
  { arbitrary: fc.constantFrom(...hostileSegments), weight: 4 },
  {
    arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(encodeForPath),
    weight: 2,
  },
  {
    arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(encodeForPath),
    weight: 2,
  },
  // Long segments, under the 16 KB head limit.
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', '-', '%C4%91', '%2e'), fc.integer({ min: 500, max: 2_000 }))
      .map(([unit, times]) => unit.repeat(times)),
    weight: 1,
  },
);

/** Every route with a path parameter; `{s}` is the fuzzed segment. Cheap to answer: all of them each run. */
const segmentTemplates: Route[] = [
  ...[
    '/api/v1/products/{s}',
    '/api/v1/producers/{s}',
    '/api/v1/events/{s}',
    '/api/v1/events/{s}/ics',
  ].map((path) => ({ path, errors: 'json' as const })),
  ...[
    '/embed/products/{s}',
    '/embed/events/{s}',
    '/en/products/{s}/og.png',
    '/vi/products/{s}/broadcast.png',
    '/vi/events/{s}/og.png',
    '/en/events/{s}/broadcast.png',
    '/vi/producers/{s}/contact.vcf',
    '/en/news/{s}/article.md',
    '/vi/stats/{s}',
    '/en/stats/{s}.csv',
    '/{s}',
    '/{s}/products',
    `/{s}/products/${product}`,
    `/{s}/products/${product}/og.png`,
    '/{s}/stats/products-by-stars.csv',
    '/feeds/{s}',
    '/data/{s}',
    '/embed/{s}',
  ].map((path) => ({ path, errors: 'own' as const })),
];

/** Record pages render a whole page (about 0.1 s) even for an unknown slug: two of them a run. */
const segmentPageTemplates: Route[] = [
  '/vi/products/{s}',
  '/en/producers/{s}',
  '/vi/events/{s}',
  '/en/where-to-buy/{s}',
  '/vi/news/{s}',
].map((path) => ({ path, errors: 'own' }));

test('hostile path segments never get a 5xx; the API answers them in JSON', async () => {
  await fc.assert(
    fc.asyncProperty(
      segmentArb,
      fc.subarray(segmentPageTemplates, { minLength: 2, maxLength: 2 }),
      async (segment, pages) => {
        const routes = [...segmentTemplates, ...pages];
        const outcomes = await Promise.all(
          routes.map((route) => sendRaw(route.path.replace('{s}', segment))),
        );
        outcomes.forEach((outcome, i) => {
          const route = routes[i]!;
          const path = route.path.replace('{s}', segment);
          const answer = answerOf(outcome);
          assertNo5xx({ answer, label: outcome.label });
          if (
            route.errors === 'json' &&
            answer.status >= 400 &&
            !isNodeParserRefusal(path, answer)
          ) {
            assertJsonError(answer, outcome.label);
          }
        });
      },
    ),
    settings(40),
  );
});

// ---------------------------------------------------------------------------------------------
// Headers.

/** Header values as HTTP allows them on the wire (visible ASCII and spaces). */
const headerText = (maxLength: number) =>
  fc
    .string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength,
    })
    .map((value) => value.trim());

const headerValue = (...typical: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...typical), weight: 3 },
    { arbitrary: headerText(60), weight: 2 },
    { arbitrary: headerText(4_000), weight: 1 },
  );

const cookieValue = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    '%E2%82%AC',
    '%0A',
    '%00',
    '%',
    '%E0%A4%A',
    '"quoted"',
    'a=b',
    '1'.repeat(500),
  ),
  headerText(40).map((value) => value.replace(/;/g, '')),
);

const headersArb = fc.record(
  {
    accept: headerValue(
      'application/json',
      'text/html',
      '*/*',
      'text/html;q=0, */*;q=0',
      'application/xml;q=abc',
      'text/x-component',
      'image/avif,image/webp',
      ',,,;;;',
    ),
    'accept-language': headerValue(
      'en',
      'vi',
      'en-US,en;q=0.9,vi;q=0.8',
      'fr;q=2',
      'en;q=NaN',
      '*',
      '*;q=0',
      ',,,;;;',
      'x-klingon',
      'vi-VN;q=0.5, en;q=0.5',
      'en;q=1e309',
    ),
    'if-none-match': headerValue(
      '*',
      'W/"x"',
      '"',
      '""',
      'W/',
      '"abc", *',
      `"${'a'.repeat(1_000)}"`,
    ),
    'if-modified-since': headerValue('Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday', '0', '-1'),
    range: headerValue(
      'bytes=0-0',
      'bytes=-1',
      'bytes=999999999-',
      'bytes=5-1',
      'bytes=a-b',
      'items=0-1',
      `bytes=${Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',')}`,
    ),
    // The draft-mode cookie with a value Next never issued; also cookies whose values decode to
    // characters a header may not carry (the proxy rewrites the cookie header for machine routes).
    cookie: fc
      .tuple(
        cookieValue,
        fc.array(
          fc.tuple(
            fc.constantFrom('a', 'b', '__next_preview_data', 'NEXT_LOCALE', 'x y'),
            cookieValue,
          ),
          {
            maxLength: 3,
          },
        ),
      )
      .map(([bypass, others]) =>
        [`__prerender_bypass=${bypass}`, ...others.map(([name, value]) => `${name}=${value}`)].join(
          '; ',
        ),
      ),
    'content-type': headerValue('application/json', 'multipart/form-data; boundary=', 'text/plain'),
    'x-forwarded-host': headerValue('evil.example', '', '[::1', 'a b'),
    'x-forwarded-proto': headerValue('https', 'gopher', ''),
    'user-agent': headerValue('', 'Googlebot', '() { :; }; echo vulnerable'),
  },
  { requiredKeys: [] },
);

test('hostile headers get no 5xx anywhere; the API still answers in JSON', async ({ request }) => {
  const routes: Route[] = [
    ...apiRoutes,
    ...fileRoutes.slice(0, 5),
    { path: `/embed/products/${product}`, errors: 'own' },
    { path: '/', errors: 'own' },
    { path: '/vi', errors: 'own' },
    { path: '/en/products', errors: 'own' },
    { path: `/vi/products/${product}`, errors: 'own' },
    { path: '/en/events', errors: 'own' },
    { path: '/vi/news', errors: 'own' },
    // Not a language: the proxy rewrites it to the not-found page.
    { path: '/fr/products', errors: 'own' },
  ];
  await fc.assert(
    fc.asyncProperty(
      headersArb,
      fc.subarray(routes, { minLength: 4, maxLength: 8 }),
      async (headers, chosen) => {
        const outcomes = await Promise.all(
          chosen.map((route) => send(request, 'GET', route.path, { headers })),
        );
        outcomes.forEach((outcome, i) => {
          const route = chosen[i]!;
          // Many long headers can pass Node's 16 KB head limit: then a refusal is clean.
          if ('refused' in outcome) return;
          const { answer } = outcome;
          assertNo5xx({ answer, label: outcome.label });
          if (answer.status === 431) {
            assert.ok(isNearHeadLimit('GET', route.path, headers), `${outcome.label}: 431`);
            return;
          }
          // A Range or a validator may legitimately give 206, 304 or 416; errors stay JSON.
          if (route.errors === 'json' && answer.status >= 400 && answer.status !== 416) {
            assertJsonError(answer, outcome.label);
          }
        });
      },
    ),
    settings(35),
  );
});

// ---------------------------------------------------------------------------------------------
// The webhook and the preview routes.

const topics = [
  'ContentManagement.Entry.publish',
  'ContentManagement.Entry.unpublish',
  'ContentManagement.Entry.delete',
  'ContentManagement.Asset.publish',
  'ContentManagement.ContentType.publish',
  'garbage',
];

/** A body that looks like a Contentful payload, or anything else. */
const webhookBodyArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record({
      sys: fc.record(
        {
          type: fc.constantFrom('Entry', 'Asset', 'DeletedEntry', 'Link', '__proto__'),
          id: fc.string({ maxLength: 30 }),
          contentType: fc.constantFrom(
            { sys: { type: 'Link', linkType: 'ContentType', id: 'product' } },
            { sys: { id: 'siteSettings' } },
            null,
          ),
          revision: fc.integer(),
        },
        { requiredKeys: [] },
      ),
      fields: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 })),
    })
    .map((payload) => JSON.stringify(payload)),
);

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

/** Signature headers: absent, garbage, or well-formed but from another secret. */
const signatureArb = fc.record(
  {
    'x-contentful-signature': fc.oneof(hex64, headerText(80), fc.constant('')),
    'x-contentful-signed-headers': fc.oneof(
      fc.constant('x-contentful-signed-headers,x-contentful-timestamp'),
      fc.constant('x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic'),
      fc.constant('x-contentful-signed-headers,x-contentful-timestamp,x-absent-header'),
      headerText(80),
    ),
    'x-contentful-timestamp': fc.oneof(
      fc.constant(String(Date.now())),
      fc.integer({ min: -1e15, max: 1e15 }).map(String),
      headerText(20),
    ),
    'x-contentful-topic': fc.oneof(fc.constantFrom(...topics), headerText(40)),
    'content-type': fc.constantFrom(
      'application/vnd.contentful.management.v1+json',
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
    ),
  },
  { requiredKeys: [] },
);

/** A signing secret as Contentful makes them, but not the server's. */
const otherSecretArb = fc
  .stringMatching(/^[0-9a-zA-Z]{64}$/)
  .filter((secret) => secret !== e2eSecrets.webhook);

/**
 * Ways to spoil a call signed with the server's own secret: any change to what is signed, or a
 * signature too old or too far ahead, must be refused.
 */
const tamperArb = fc.constantFrom(
  'body',
  'query',
  'topic',
  'content-type',
  'stale',
  'future',
  'signature-digit',
  'other-secret',
);

function assertRefused(outcome: Outcome) {
  const answer = answerOf(outcome);
  assertNo5xx({ answer, label: outcome.label });
  assert.equal(answer.status, 401, `${outcome.label}: expected 401, got ${answer.status}`);
  assertJsonError(answer, outcome.label);
  assert.equal(answer.headers['set-cookie'], undefined, `${outcome.label}: set a cookie`);
}

test('the webhook refuses every unsigned or wrongly signed POST with 401 in JSON', async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(
      webhookBodyArb,
      signatureArb,
      fc.option(queryArb, { nil: undefined }),
      async (body, headers, query) => {
        assertRefused(
          await send(request, 'POST', withQuery('/api/revalidate', query ?? ''), {
            headers,
            data: body,
          }),
        );
      },
    ),
    settings(100),
  );

  await fc.assert(
    fc.asyncProperty(
      webhookBodyArb,
      tamperArb,
      otherSecretArb,
      async (body, tamper, otherSecret) => {
        const headers: Record<string, string> = {
          'content-type': 'application/vnd.contentful.management.v1+json',
          'x-contentful-topic': 'ContentManagement.Entry.publish',
        };
        const now = Date.now();
        const signedAt =
          tamper === 'stale' ? now - 10 * 60_000 : tamper === 'future' ? now + 10 * 60_000 : now;
        const secret = tamper === 'other-secret' ? otherSecret : e2eSecrets.webhook;
        const signed = signRequest(
          secret,
          {
            method: 'POST',
            path: '/api/revalidate',
            headers,
            body,
          },
          signedAt,
        );
        const sent: Record<string, string> = { ...headers, ...signed };
        let path = '/api/revalidate';
        let data = body;
        if (tamper === 'body') data = `${body} `;
        if (tamper === 'query') path = '/api/revalidate?x=1';
        // The toolkit signs every header it is given, the topic and content type included.
        if (tamper === 'topic') sent['x-contentful-topic'] = 'ContentManagement.Entry.delete';
        if (tamper === 'content-type') sent['content-type'] = 'application/json';
        if (tamper === 'signature-digit') {
          const signature = sent['x-contentful-signature']!;
          const flipped = signature[0] === '0' ? '1' : '0';
          sent['x-contentful-signature'] = flipped + signature.slice(1);
        }
        assertRefused(await send(request, 'POST', path, { headers: sent, data }));
      },
    ),
    settings(30),
  );

  // Other methods: 405 in JSON, whatever the headers.
  for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
    const outcome = await send(request, method, '/api/revalidate', { data: '{}' });
    const answer = answerOf(outcome);
    assert.equal(answer.status, 405, `${outcome.label}`);
    assertJsonError(answer, outcome.label);
  }
});

test('the draft route refuses any query without the secret: 401 in JSON, no redirect, no cookie', async ({
  request,
}) => {
  const secretArb = fc.oneof(
    valueArb,
    // Near misses of the real one.
    fc.constantFrom(
      e2eSecrets.preview.toUpperCase(),
      `${e2eSecrets.preview} `,
      ` ${e2eSecrets.preview}`,
      e2eSecrets.preview.slice(0, -1),
      `${e2eSecrets.preview}\u0000`,
    ),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(secretArb, { maxLength: 2 }),
      queryArb,
      fc.constantFrom('GET', 'HEAD'),
      async (secrets, query, method) => {
        const parts = [...secrets.map((s) => `secret=${encode(s)}`), query].filter(Boolean);
        const outcome = await send(request, method, withQuery('/api/draft', parts.join('&')));
        const answer = answerOf(outcome);
        assert.equal(answer.status, 401, `${outcome.label}: expected 401, got ${answer.status}`);
        assert.equal(answer.headers.location, undefined, `${outcome.label}: redirected`);
        assert.equal(answer.headers['set-cookie'], undefined, `${outcome.label}: set a cookie`);
        if (method === 'GET') assertJsonError(answer, outcome.label);
      },
    ),
    settings(80),
  );
  // The real secret twice is still no secret: it must be given once.
  const twice = answerOf(
    await send(
      request,
      'GET',
      `/api/draft?secret=${e2eSecrets.preview}&secret=${e2eSecrets.preview}&contentType=product&slug=${product}`,
    ),
  );
  assert.equal(twice.status, 401);
  assert.equal(twice.headers['set-cookie'], undefined);
});

test('leaving preview always sends the editor to a path of this site', async ({ request }) => {
  const pathArb = fc.oneof(
    valueArb,
    fc.constantFrom(
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example/',
      '/%2F%2Fevil.example',
      '/..//evil.example',
      '/vi/products?x=1#frag',
      `/vi/products/${product}`,
      '/%E0%A4%A',
    ),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(pathArb, { maxLength: 2 }),
      fc.constantFrom('GET', 'POST'),
      async (paths, method) => {
        const query = paths.map((p) => `path=${encode(p)}`).join('&');
        const outcome = await send(request, method, withQuery('/api/draft/disable', query));
        const answer = answerOf(outcome);
        assert.equal(answer.status, 303, `${outcome.label}: expected 303, got ${answer.status}`);
        const location = answer.headers.location ?? '';
        assert.match(location, /^\/(?![/\\])/, `${outcome.label}: Location ${location}`);
        assert.ok(
          new URL(location, 'http://same-site.invalid').origin === 'http://same-site.invalid',
          `${outcome.label}: Location ${location} leaves the site`,
        );
      },
    ),
    settings(50),
  );
});

// ---------------------------------------------------------------------------------------------
// Requests Next 16.4 answered with a 500, which server/start.mjs now mends.

test('a path whose %-escapes are not UTF-8 names nothing: 404, in JSON from the API', async () => {
  // Next 16.4 answers these with a bare 500 (vercel/next.js#92527); server/undecodable-path.mjs
  // escapes them before Next matches the route.
  for (const path of ['/api/v1/products/%E0%A4%A', '/api/v1/producers/%C3']) {
    const outcome = await sendRaw(path);
    const answer = answerOf(outcome);
    assert.equal(answer.status, 404, outcome.label);
    assertJsonError(answer, outcome.label);
  }
  for (const path of ['/vi/products/%FF', '/embed/events/%', '/en/news/%E0%A4%A?q=%']) {
    const outcome = await sendRaw(path);
    assert.equal(answerOf(outcome).status, 404, outcome.label);
  }
});

test('behind a TLS proxy, a path without a language gets the 404 page on a server bound to 127.0.0.1', async ({
  request,
}) => {
  // Next used to fetch the proxy's rewrite from https://localhost:PORT over plain HTTP (a 500);
  // server/start.mjs now gives Next the host it builds that rewrite on.
  for (const path of ['/fr/products', '/fr']) {
    const outcome = await send(request, 'GET', path, { headers: { 'x-forwarded-proto': 'https' } });
    assert.equal(answerOf(outcome).status, 404, outcome.label);
  }
});

test('a cookie the proxy cannot decode beside the draft cookie: the API still answers', async ({
  request,
}) => {
  for (const cookie of ['__prerender_bypass=x; name=%E2%82%AC', '__prerender_bypass=%']) {
    const outcome = await send(request, 'GET', '/api/v1/products', { headers: { cookie } });
    assert.equal(answerOf(outcome).status, 200, outcome.label);
  }
});

test("an /api path that names no route gets the API's JSON 404", async ({ request }) => {
  const outcome = await send(request, 'GET', '/api/v1/nothing-here');
  const answer = answerOf(outcome);
  assert.equal(answer.status, 404, outcome.label);
  assertJsonError(answer, outcome.label);
});

// How many requests each test sent, for tuning the run counts (a few thousand in all).
let requestsBefore = 0;
test.beforeEach(() => {
  requestsBefore = requestCount;
});
test.afterEach(({}, testInfo) => {
  const sent = requestCount - requestsBefore;
  testInfo.annotations.push({ type: 'requests', description: String(sent) });
  console.log(
    `fuzz: ${sent} requests in ${Math.round(testInfo.duration / 100) / 10} s: ${testInfo.title}`,
  );
});
