/**
 * Long-running helpers the scripts start on loopback (the site server, redis-server) for the bench,
 * the load test, the link check and the scale-out test. Each runs in its own process group, so
 * stopping it stops any worker it started, and everything started here is stopped when this
 * process exits, whatever happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';

export const loopback = '127.0.0.1';

export interface Service {
  port: number;
  /** The last lines it wrote, for error messages. */
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
// The children have their own process groups, so Ctrl-C in the terminal does not reach them: pass
// the signal on, then exit as the signal would have.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGTERM');
    process.exit(128 + os.constants.signals[signal]);
  });
}

/** Whether something accepts TCP connections on the loopback port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, loopback);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port nobody listens on right now (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, loopback, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceOptions {
  /** Named in error messages. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  timeoutMs?: number;
  /** How many of its last output lines are kept. */
  keepLines?: number;
  /** Sees every output line (to collect warnings, say). */
  onLine?: (line: string) => void;
}

/**
 * Starts a command in its own process group and waits until it listens on `port`. Rejects, with
 * the command's last output, when it exits, cannot be spawned or does not listen in time.
 */
export async function startService(options: ServiceOptions): Promise<Service> {
  const { name, port, timeoutMs = 60_000, keepLines = 40 } = options;
  const child = spawn(options.command, options.args, {
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString('utf8').split('\n').filter(Boolean);
    output.push(...lines);
    output.splice(0, Math.max(0, output.length - keepLines));
    for (const line of lines) options.onLine?.(line);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await isListening(port))) {
    const failure = spawnError
      ? spawnError.message
      : child.exitCode !== null
        ? `exited with code ${child.exitCode}`
        : Date.now() > deadline
          ? `did not listen on port ${port} within ${timeoutMs / 1000} s`
          : undefined;
    if (failure) {
      await stop();
      throw new Error(`${name}: ${failure}\n${output.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, recentOutput: () => output.join('\n'), stop };
}

/**
 * How to run the site's production server (server/start.mjs, not bare `next start`: it adds the
 * pages' Content-Security-Policy and compression) on a loopback port.
 */
export function siteServer(port: number): Pick<ServiceOptions, 'name' | 'command' | 'args'> {
  return {
    name: 'site server',
    command: process.execPath,
    args: ['server/start.mjs', '--port', String(port), '--hostname', loopback],
  };
}
