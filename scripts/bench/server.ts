/**
 * A production Next server for the benchmark, on a free loopback port with its own content folder,
 * and a small HTTP client that times requests from the client side. The server runs in its own
 * process group so that stopping it also stops any worker it started.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { findFreePort, loopback, siteServer, startService } from '../support/service';
import { descendantsOf, readProcessTable, watchTreeMemory } from './process-tree';

export { findFreePort };

export interface RunningServer {
  port: number;
  /** The build folder it serves. */
  distDir: string;
  /** The last lines the server wrote, for error messages. */
  recentOutput(): string;
  /** Distinct warning and error lines the server wrote (a cache entry too large to keep, say). */
  warnings(): string[];
  stop(): Promise<void>;
}

/** The build folder the environment points Next at (next.config.js reads NEXT_DIST_DIR). */
export const distDirOf = (env: NodeJS.ProcessEnv) => env.NEXT_DIST_DIR || '.next';

export interface BuildResult {
  /** 'timeout': stopped, with its whole process tree, once the time budget was spent. */
  outcome: 'built' | 'busy' | 'timeout';
  /** Wall time of the whole build. */
  ms: number;
  /** Peak resident memory of the build and every process it started; null without /proc. */
  peakMB: number | null;
  /** The last progress line the build printed ("Generating static pages (945/3470)", say). */
  lastLine: string;
}

/** Stops a process and every process it started (the build's static-generation workers). */
async function stopTree(rootPid: number): Promise<void> {
  for (const pid of descendantsOf(rootPid, await readProcessTable())) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Runs `next build` in the foreground, its output on stderr, into the environment's build folder,
 * timing it and sampling the memory of its process tree every 250 ms. The outcome is 'busy' when
 * another build holds the lock on that folder, 'timeout' when it ran past `timeoutMs`; other
 * failures throw, with the output's tail.
 */
export async function buildNext(
  env: NodeJS.ProcessEnv,
  timeoutMs = Number.POSITIVE_INFINITY,
): Promise<BuildResult> {
  const startedAt = performance.now();
  const child = spawn('node_modules/.bin/next', ['build'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = child.pid === undefined ? undefined : watchTreeMemory(child.pid, 250);
  let output = '';
  const forward = (chunk: Buffer) => {
    process.stderr.write(chunk);
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  let isTimedOut = false;
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        isTimedOut = true;
        if (child.pid !== undefined) void stopTree(child.pid);
      }, timeoutMs)
    : undefined;
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('exit', resolve);
  });
  clearTimeout(timer);
  const ms = performance.now() - startedAt;
  const peakMB = (await memory?.stop()) ?? null;
  const lastLine =
    output
      .split(/[\r\n]+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? '';
  if (isTimedOut) return { outcome: 'timeout', ms, peakMB, lastLine };
  if (code === 0) return { outcome: 'built', ms, peakMB, lastLine };
  if (/another next build process is already running/i.test(output)) {
    return { outcome: 'busy', ms, peakMB, lastLine };
  }
  throw new Error(`next build failed (exit code ${code})\n${output.slice(-1500)}`);
}

/**
 * Waits for a build someone else is running to finish: until <distDir>/BUILD_ID exists and has
 * stayed for a few seconds (the build writes it near the end).
 */
export async function waitForBuild(distDir: string, timeoutMs: number): Promise<void> {
  const buildId = path.join(distDir, 'BUILD_ID');
  const deadline = Date.now() + timeoutMs;
  let seenSince: number | undefined;
  while (Date.now() < deadline) {
    if (existsSync(buildId)) {
      seenSince ??= Date.now();
      if (Date.now() - seenSince >= 5000) return;
    } else {
      seenSince = undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the other next build did not finish within ${timeoutMs / 1000} s`);
}

/** Server log lines worth repeating in a report. */
const isWarning = (line: string) => /exceeds maxSize|error|warn/i.test(line);

/**
 * Starts the site server (server/start.mjs) on the build in the environment's NEXT_DIST_DIR (else .next), on a free
 * loopback port with the given environment, and waits until it listens. Call `stop()` when done;
 * a process exit stops it too.
 */
export async function startNextServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const distDir = distDirOf(env);
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`no production build in ${distDir}`);
  }
  const port = await findFreePort();
  const warnings = new Set<string>();
  const server = await startService({
    ...siteServer(port),
    env,
    port,
    onLine: (line) => {
      if (isWarning(line) && warnings.size < 10) warnings.add(line.trim());
    },
  });
  return { ...server, distDir, warnings: () => [...warnings] };
}

export interface TimedResponse {
  status: number;
  body: string;
  /** Until the headers arrived: for streamed answers, how soon the first bytes came. */
  firstByteMs: number;
  /** Until the last byte. */
  ms: number;
  /** Next's `x-nextjs-cache` header: HIT when the page came from its cache. */
  cache: string | undefined;
  /** Bytes of the answer's header fields, names and values (the page policy grows with a page). */
  headBytes: number;
}

/**
 * The most header bytes an answer may have here: Chromium's limit (256 KB), not Node's default
 * (16 KB), so that a page whose head outgrows a proxy's is measured rather than lost.
 */
const maxHeaderSize = 256 * 1024;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** GET on the loopback server, timed from sending the request to the last byte of the answer. */
export function timedGet(port: number, pathAndQuery: string, timeoutMs = 30_000) {
  return new Promise<TimedResponse>((resolve, reject) => {
    const startedAt = performance.now();
    const request = http.get(
      { host: loopback, port, path: pathAndQuery, agent, timeout: timeoutMs, maxHeaderSize },
      (response) => {
        const firstByteMs = performance.now() - startedAt;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          // Timed before the body is decoded: turning 4 MB into a string is the client's work.
          const ms = performance.now() - startedAt;
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            firstByteMs,
            ms,
            cache: response.headers['x-nextjs-cache']?.toString(),
            headBytes: response.rawHeaders.reduce((n, field) => n + Buffer.byteLength(field), 0),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/** Closes the client's kept-alive sockets, so the process can exit. */
export function closeClient(): void {
  agent.destroy();
}
