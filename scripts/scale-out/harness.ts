/**
 * What the scale-out test runs: a private copy of the build, a redis-server and the site server (server/start.mjs)
 * instances, all on loopback (started and stopped by scripts/support/service.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  loopback,
  siteServer,
  startService,
  type Service as BaseService,
} from '../support/service';

export { loopback };

export interface Service extends BaseService {
  name: string;
}

export interface SiteInstance extends Service {
  /** How many times it has loaded the content (its "Content: loaded" lines, lib/content). */
  contentLoads(): number;
  /** Its "Warm-up:" lines so far (server/warm-up.mjs). */
  warmUps(): string[];
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a command in its own process group and waits until it listens on `port`. */
async function startNamedService(
  name: string,
  port: number,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Promise<Service> {
  const service = await startService({ name, command, args, env, port, keepLines: 30, onLine });
  return { ...service, name };
}

/** The redis-server binary: REDIS_SERVER, else the one on PATH; undefined when there is none. */
export function findRedisServer(): string | undefined {
  const binary = process.env.REDIS_SERVER ?? 'redis-server';
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? binary : undefined;
}

/** A throwaway redis-server on loopback: no persistence, nothing written to disk. */
export async function startRedisServer(binary: string, port: number): Promise<Service> {
  return startNamedService(
    'redis-server',
    port,
    binary,
    ['--port', String(port), '--bind', loopback, '--save', '', '--appendonly', 'no'],
    process.env,
  );
}

/** The site's server on the given build folder (relative to the project, as NEXT_DIST_DIR wants it). */
export async function startNextInstance(
  name: string,
  port: number,
  distDir: string,
  env: Record<string, string>,
): Promise<SiteInstance> {
  // Only what the test sets: an outer REDIS_URL or content source must not leak in.
  const base = { ...process.env };
  for (const key of ['REDIS_URL', 'CONTENT_SOURCE', 'CONTENT_DIR', 'NEXT_DIST_DIR', 'PORT'])
    delete base[key];
  const { command, args } = siteServer(port);
  let contentLoads = 0;
  const warmUps: string[] = [];
  const service = await startNamedService(
    name,
    port,
    command,
    args,
    { ...base, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
    (line) => {
      if (line.startsWith('Content: loaded')) contentLoads += 1;
      if (line.startsWith('Warm-up:')) warmUps.push(line.trim());
    },
  );
  return { ...service, contentLoads: () => contentLoads, warmUps: () => [...warmUps] };
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
