/**
 * A production Next server for the link check, on a chosen loopback port (or a free one), in its
 * own process group so that stopping it stops any worker it started. Like scripts/bench/server.ts's
 * startNextServer, which picks the port itself: here the caller may need a port from a given range.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findFreePort } from '../bench/server';

const loopback = '127.0.0.1';

export interface LinkCheckServer {
  base: string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The negative pid addresses the server's own process group (it was spawned detached).
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
    process.exit(130);
  });
}

async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, loopback);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts `next start` on the build in `distDir` and waits until it listens. `port` undefined: a
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
  const child = spawn(
    'node_modules/.bin/next',
    ['start', '--port', String(port), '--hostname', loopback],
    { env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

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

  const deadline = Date.now() + 60_000;
  while (!(await isListening(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(
        `next start ${child.exitCode !== null ? `exited with code ${child.exitCode}` : 'did not listen within 60 s'}\n${output.join('\n')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base: `http://${loopback}:${port}`, stop };
}
