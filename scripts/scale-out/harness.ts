/**
 * What the scale-out test runs: a private copy of the build, a redis-server and `next start`
 * instances, all on loopback, each in its own process group so that stopping it stops everything
 * it started. Everything started here is stopped on exit, whatever happens.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const loopback = '127.0.0.1';

export interface Service {
  name: string;
  port: number;
  /** The last lines it wrote, for failure messages. */
  recentOutput(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The negative pid addresses the child's own process group (it was spawned detached).
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGTERM');
    process.exit(128 + os.constants.signals[signal]);
  });
}

const isPortFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, loopback, () => server.close(() => resolve(true)));
  });

/** The first free loopback port from `first` on (within 100), skipping those in `taken`. */
export async function findFreePort(first: number, taken: number[] = []): Promise<number> {
  for (let port = first; port < first + 100; port++) {
    if (!taken.includes(port) && (await isPortFree(port))) return port;
  }
  throw new Error(`no free loopback port in ${first}–${first + 99}`);
}

/** Resolves once something accepts TCP connections on the port. */
async function waitForPort(port: number, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, loopback);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (isOpen) return;
    await sleep(200);
  }
  throw new Error(`did not listen on port ${port} within ${timeoutMs / 1000} s`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a command in its own process group and waits until it listens on `port`. */
async function startService(
  name: string,
  port: number,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Service> {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 30));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const spawnFailed = new Promise<never>((_, reject) => child.once('error', reject));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };
  try {
    await Promise.race([waitForPort(port, child, 60_000), spawnFailed]);
  } catch (error) {
    await stop();
    throw new Error(`${name}: ${(error as Error).message}\n${output.join('\n')}`);
  }
  return { name, port, recentOutput: () => output.join('\n'), stop };
}

/** The redis-server binary: REDIS_SERVER, else the one on PATH; undefined when there is none. */
export function findRedisServer(): string | undefined {
  const binary = process.env.REDIS_SERVER ?? 'redis-server';
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? binary : undefined;
}

/** A throwaway redis-server on loopback: no persistence, nothing written to disk. */
export async function startRedisServer(binary: string, port: number): Promise<Service> {
  return startService(
    'redis-server',
    port,
    binary,
    ['--port', String(port), '--bind', loopback, '--save', '', '--appendonly', 'no'],
    process.env,
  );
}

/** `next start` on the given build folder (relative to the project, as NEXT_DIST_DIR wants it). */
export async function startNextInstance(
  name: string,
  port: number,
  distDir: string,
  env: Record<string, string>,
): Promise<Service> {
  // Only what the test sets: an outer REDIS_URL or content source must not leak in.
  const base = { ...process.env };
  for (const key of ['REDIS_URL', 'CONTENT_SOURCE', 'CONTENT_DIR', 'NEXT_DIST_DIR', 'PORT'])
    delete base[key];
  return startService(
    name,
    port,
    'node_modules/.bin/next',
    ['start', '--port', String(port), '--hostname', loopback],
    { ...base, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
  );
}

/**
 * A private copy of a build, without its cache folder: the instances regenerate pages into their
 * build folder when they have no shared cache, and the build the browser tests serve must not
 * change under them. Next wants the folder inside the project; this one is ignored by every tool.
 */
export function copyBuild(from: string, to: string): void {
  if (!existsSync(path.join(from, 'BUILD_ID'))) {
    throw new Error(`no production build in ${from}: run \`npx next build\` first`);
  }
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, {
    recursive: true,
    filter: (source) => path.relative(from, source) !== 'cache',
  });
}
