import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localOrigin, warmUp, warmUpPaths } from '../../../server/warm-up.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';

let server: Server | undefined;
afterEach(() => closeServer(server));

/** A server on a free loopback port recording the paths asked of it. */
async function recordingServer(status: number) {
  const paths: string[] = [];
  server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.statusCode = status;
    res.end('<!DOCTYPE html><title>Sản phẩm OCOP</title>');
  });
  await listenOnLoopback(server);
  // The origin as the server works it out for itself, from the address it listens on.
  return { paths, origin: localOrigin(server.address() as AddressInfo) };
}

const logger = () => ({ log: vi.fn(), error: vi.fn() });

describe('warming the server up once it listens', () => {
  it('asks for a catalogue and a producers search, once each, in that order', async () => {
    expect(warmUpPaths).toEqual([
      expect.stringMatching(/^\/vi\/products\?q=\w+$/),
      expect.stringMatching(/^\/vi\/producers\?q=\w+$/),
    ]);
    const { paths, origin } = await recordingServer(200);
    const log = logger();
    await warmUp(origin, log);
    expect(paths).toEqual(warmUpPaths);
    expect(log.log).toHaveBeenCalledTimes(2);
    expect(log.log).toHaveBeenCalledWith(
      expect.stringMatching(/^Warm-up: \/vi\/products\?q=\w+ answered 200 in \d+ ms$/),
    );
    expect(log.log).toHaveBeenCalledWith(
      expect.stringMatching(/^Warm-up: \/vi\/producers\?q=\w+ answered 200 in \d+ ms$/),
    );
    expect(log.error).not.toHaveBeenCalled();
  });

  it('reports the status of an answer that is not a 200', async () => {
    const { origin } = await recordingServer(503);
    const log = logger();
    await warmUp(origin, log);
    expect(log.log).toHaveBeenCalledWith(expect.stringContaining('answered 503'));
  });

  it('logs each failure and goes on: the first visitor then does that work', async () => {
    const { origin } = await recordingServer(200);
    await closeServer(server);
    server = undefined;
    const log = logger();
    await expect(warmUp(origin, log)).resolves.toBeUndefined();
    expect(log.error).toHaveBeenCalledTimes(warmUpPaths.length);
    expect(log.error).toHaveBeenCalledWith(expect.stringMatching(/^Warm-up: .* failed \(/));
  });

  it('reaches a server on every interface through loopback, else on its own address', () => {
    expect(localOrigin({ address: '::', family: 'IPv6', port: 3000 })).toBe('http://[::1]:3000');
    expect(localOrigin({ address: '0.0.0.0', family: 'IPv4', port: 80 })).toBe(
      'http://127.0.0.1:80',
    );
    expect(localOrigin({ address: '10.0.0.7', family: 'IPv4', port: 3100 })).toBe(
      'http://10.0.0.7:3100',
    );
    expect(localOrigin({ address: 'fd00::7', family: 'IPv6', port: 3100 })).toBe(
      'http://[fd00::7]:3100',
    );
  });
});
