/**
 * A production Next server for the link check, on a chosen loopback port (or a free one). Unlike
 * scripts/bench/server.ts's startNextServer, which picks the port itself, the caller may need a
 * port from a given range.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findFreePort, isListening, loopback, siteServer, startService } from '../support/service';

export interface LinkCheckServer {
  base: string;
  stop(): Promise<void>;
}

/**
 * Starts the site server (server/start.mjs) on the build in `distDir` and waits until it listens. `port` undefined: a
 * free port. Rejects when the port is taken, or the server exits or does not listen within a
 * minute.
 */
export async function startLinkCheckServer(options: {
  distDir: string;
  env: NodeJS.ProcessEnv;
  port?: number;
}): Promise<LinkCheckServer> {
  if (!existsSync(path.join(options.distDir, 'BUILD_ID'))) {
    throw new Error(`no production build in ${options.distDir}: run next build first`);
  }
  const port = options.port ?? (await findFreePort());
  if (await isListening(port)) throw new Error(`port ${port} is already in use`);
  const server = await startService({
    ...siteServer(port),
    env: options.env,
    port,
  });
  return { base: `http://${loopback}:${port}`, stop: server.stop };
}
