/**
 * `npm run load [-- --connections 64] [-- --duration 60] [-- --json] [-- --port N]
 * [-- --content-dir DIR] [-- --warmup 5] [-- --timeout 10] [-- --rate R]
 * [-- --accept-encoding 'gzip, deflate, br']`:
 * a repeatable load test of the production build over loopback, with autocannon.
 *
 * 1. Builds the request mix from the content (real slugs, groups, areas; see scripts/load/mix.ts).
 * 2. Starts the site server (server/start.mjs) on a free loopback port on the existing build (or, with `--port N`, uses a
 *    server already listening on 127.0.0.1:N and leaves it running).
 * 3. Asks for every distinct URL of the mix once and stops if any answers other than 2xx: every URL
 *    in the mix must be valid. Then loads the server with the mix for `--warmup` seconds and throws
 *    the figures away, so that caches and the JIT are warm.
 * 4. Runs the mix with `--connections` concurrent keep-alive connections for `--duration` seconds and
 *    reports requests per second, latency percentiles, status codes, errors and figures per kind.
 *    Requests carry `Accept-Encoding` as browsers send it, so the server compresses as it would for
 *    visitors (`--accept-encoding identity` to measure without compression). Without `--rate`
 *    every connection sends its next request as soon as the last is answered (a saturation test);
 *    `--rate R` caps all connections together at R requests a second.
 *
 * Exits 1 when any request failed (socket error, timeout, non-2xx answer), so it can gate. The server
 * it started is stopped whatever happens.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadLocalContent } from '../lib/content/local/local-source';
import { closeClient, startNextServer, timedGet, type RunningServer } from './bench/server';
import { buildLoadMix, distinctRequests, toRequestSequence, type LoadRequest } from './load/mix';
import {
  createKindTally,
  formatLoadTable,
  isCleanRun,
  type KindTally,
  type LoadSummary,
  type PendingRequest,
} from './load/report';

/** Progress and notes go to stderr, so that `--json` leaves clean JSON on stdout. */
const note = (message: string) => console.error(`load: ${message}`);

const loopback = '127.0.0.1';

/** The pause between the warm-up and the measured run. */
const settleMs = 3000;

interface Options {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  timeoutSeconds: number;
  acceptEncoding: string;
  /** Requests a second over all connections; undefined: as fast as the server answers. */
  rate: number | undefined;
  json: boolean;
  /** A server someone else started; undefined: start one. */
  port: number | undefined;
  contentDir: string;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '64' },
      duration: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '5' },
      timeout: { type: 'string', default: '10' },
      'accept-encoding': { type: 'string', default: 'gzip, deflate, br' },
      rate: { type: 'string' },
      json: { type: 'boolean', default: false },
      port: { type: 'string' },
      'content-dir': { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
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
    connections: wholeNumber('connections', values.connections, 1, 10_000),
    durationSeconds: wholeNumber('duration', values.duration, 1, 3600),
    warmupSeconds: wholeNumber('warmup', values.warmup, 0, 600),
    timeoutSeconds: wholeNumber('timeout', values.timeout, 1, 600),
    acceptEncoding: values['accept-encoding'],
    rate: values.rate === undefined ? undefined : wholeNumber('rate', values.rate, 1, 100_000),
    json: values.json,
    port: values.port === undefined ? undefined : wholeNumber('port', values.port, 1, 65_535),
    contentDir: path.resolve(values['content-dir']),
  };
}

/**
 * Asks for each URL once, in turn; returns those that did not answer 2xx (or did not answer), so the
 * run can stop before loading a broken mix.
 */
async function checkEveryUrl(port: number, requests: readonly LoadRequest[]) {
  const broken: string[] = [];
  for (const { path: url } of requests) {
    try {
      const { status } = await timedGet(port, url);
      if (status < 200 || status >= 300) broken.push(`${status}  ${url}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') {
        throw new Error(`nothing listens on ${loopback}:${port}`);
      }
      broken.push(`${(error as Error).message}  ${url}`);
    }
  }
  return broken;
}

/** Per-connection state that autocannon keeps between a request and its answer. */
interface RequestContext {
  pending?: PendingRequest;
}

/**
 * Runs autocannon with the sequence: every connection takes the next request of one shared cycle,
 * so all connections together follow the mix's proportions. `tally` gets each answer; `onProgress`
 * is told every ten seconds how many answers came in since the last call.
 */
function runLoad(
  port: number,
  sequence: readonly LoadRequest[],
  settings: {
    connections: number;
    durationSeconds: number;
    timeoutSeconds: number;
    acceptEncoding: string;
    rate: number | undefined;
  },
  tally: KindTally | undefined,
  errorMessages: Map<string, number>,
  onProgress?: (seconds: number, answers: number) => void,
): Promise<autocannon.Result> {
  let next = 0;
  let answers = 0;
  return new Promise((resolve, reject) => {
    let seconds = 0;
    const progress = setInterval(() => {
      seconds += 10;
      onProgress?.(seconds, answers);
      answers = 0;
    }, 10_000);
    const instance = autocannon(
      {
        url: `http://${loopback}:${port}`,
        connections: settings.connections,
        duration: settings.durationSeconds,
        timeout: settings.timeoutSeconds,
        headers: { 'accept-encoding': settings.acceptEncoding },
        ...(settings.rate === undefined ? {} : { overallRate: settings.rate }),
        requests: [
          {
            setupRequest(request, context) {
              const chosen = sequence[next++ % sequence.length]!;
              const state: RequestContext = {
                pending: tally?.send(chosen.kind, chosen.path, performance.now()),
              };
              Object.assign(context, state);
              return { ...request, path: chosen.path };
            },
            onResponse(status, _body, context) {
              answers += 1;
              const { pending } = context as RequestContext;
              if (pending) tally?.answer(pending, status, performance.now());
            },
          },
        ],
      },
      (error, result) => {
        clearInterval(progress);
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(result);
      },
    );
    instance.on('reqError', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      errorMessages.set(message, (errorMessages.get(message) ?? 0) + 1);
    });
  });
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.port === undefined && !existsSync('.next/BUILD_ID')) {
    throw new Error('no production build in .next: run npm run build first');
  }

  note(`building the request mix from ${path.relative(process.cwd(), options.contentDir) || '.'}…`);
  const { dataset, problems } = await loadLocalContent(options.contentDir);
  if (problems.length > 0) note(`${problems.length} content problems (records skipped)`);
  const mix = buildLoadMix(dataset);
  const sequence = toRequestSequence(mix);
  const distinct = distinctRequests(mix);

  let server: RunningServer | undefined;
  try {
    let port = options.port;
    if (port === undefined) {
      note('starting the site server on a free loopback port…');
      server = await startNextServer({
        ...process.env,
        CONTENT_DIR: options.contentDir,
        NEXT_TELEMETRY_DISABLED: '1',
      });
      port = server.port;
      note(`server listening on ${loopback}:${port}`);
    } else {
      note(`using the server already listening on ${loopback}:${port}`);
    }

    note(`checking the ${distinct.length} distinct URLs of the mix…`);
    const broken = await checkEveryUrl(port, distinct);
    closeClient();
    if (broken.length > 0) {
      console.error(`load: these URLs of the mix do not answer 2xx:\n  ${broken.join('\n  ')}`);
      if (server) console.error(`load: recent server output:\n${server.recentOutput()}`);
      return 1;
    }

    if (options.warmupSeconds > 0) {
      note(`warming up: ${options.connections} connections for ${options.warmupSeconds} s…`);
      await runLoad(
        port,
        sequence,
        { ...options, durationSeconds: options.warmupSeconds },
        undefined,
        new Map(),
      );
      // autocannon drops the connections still waiting when the warm-up ends, but the server goes
      // on rendering their answers: give it time to finish, so the run does not start behind.
      await new Promise((resolve) => setTimeout(resolve, settleMs));
    }

    note(`loading: ${options.connections} connections for ${options.durationSeconds} s…`);
    const loadAverageAtStart = os.loadavg()[0]!;
    const tally = createKindTally();
    const errorMessages = new Map<string, number>();
    const result = await runLoad(port, sequence, options, tally, errorMessages, (s, count) =>
      note(`${s} s: ${Math.round(count / 10)} answers/s over the last 10 s`),
    );

    const byKind = tally.byKind();
    const errors = {
      // The tally also counts answers autocannon could not read (no status), which it leaves out.
      non2xx: Math.max(
        result.non2xx,
        byKind.reduce((sum, k) => sum + k.non2xx, 0),
      ),
      socketErrors: result.errors,
      timeouts: result.timeouts,
      messages: Object.fromEntries(errorMessages),
    };
    const summary: LoadSummary = {
      target: `${loopback}:${port}${server ? ' (site server on .next)' : ''}`,
      acceptEncoding: options.acceptEncoding,
      rate: options.rate ?? null,
      connections: options.connections,
      durationSeconds: result.duration,
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: { atStart: loadAverageAtStart, atEnd: os.loadavg()[0]! },
      requests: {
        total: result.requests.total,
        perSecondMean: result.requests.mean,
        perSecondStddev: result.requests.stddev,
      },
      latencyMs: {
        mean: result.latency.mean,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      throughputBytesPerSecond: result.throughput.mean,
      statusCodes: Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
      ),
      errors,
      byKind,
      failures: tally.failures(),
      timedOut: tally.unanswered(performance.now(), options.timeoutSeconds * 1000),
      ok: isCleanRun(errors),
    };
    if (options.json) console.log(JSON.stringify(summary, null, 2));
    else console.log(formatLoadTable(summary));
    if (server && !summary.ok) {
      const warnings = server.warnings();
      if (warnings.length > 0) console.error(`load: server warnings:\n  ${warnings.join('\n  ')}`);
    }
    return summary.ok ? 0 : 1;
  } finally {
    closeClient();
    if (server) {
      await server.stop();
      note('server stopped');
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
