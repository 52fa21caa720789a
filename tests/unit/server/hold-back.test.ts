/**
 * Holding an answer back until it is complete (server/hold-back.mjs), on a real HTTP server: the
 * bytes a layer gets are those written, in order, and layers inside one another hand the body on
 * without copying it.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { holdBackAnswer } from '../../../server/hold-back.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';
import { get } from './raw-get';

let server: http.Server | undefined;
afterEach(() => closeServer(server));

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  return listenOnLoopback(server);
}

/** What each layer's `complete` was given, outermost first. */
type Seen = Buffer[];

/** `layers` layers holding every answer back, each passing on what it got, around `write`. */
function heldBy(layers: number, seen: Seen, write: (res: http.ServerResponse) => void) {
  return (_: http.IncomingMessage, res: http.ServerResponse) => {
    for (let layer = 0; layer < layers; layer++) {
      holdBackAnswer(
        res,
        () => true,
        (body, send) => {
          seen[layer] = body;
          send(body);
        },
      );
    }
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    write(res);
  };
}

describe('holdBackAnswer', () => {
  it('gives a layer every chunk in order, whatever its type, and sends what the layer sends', async () => {
    const seen: Seen = [];
    // A view into the middle of a larger buffer, as Next's streams hand over.
    const pool = Buffer.from('xxxxxxxx-Quảng Ngãi-yyyyyyyy');
    const view = new Uint8Array(pool.buffer, pool.byteOffset + 9, Buffer.byteLength('Quảng Ngãi'));
    const url = await serve(
      heldBy(1, seen, (res) => {
        res.write('OCOP ');
        res.write(view);
        res.write(Buffer.from(', '));
        res.write('NCBzYW8g4piF', 'base64'); // "4 sao ★"
        res.end(' 2026');
      }),
    );
    const answer = await get(url);
    const expected = 'OCOP Quảng Ngãi, 4 sao ★ 2026';
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(expected);
    expect(seen[0]!.toString('utf8')).toBe(expected);
  });

  it('hands the body from layer to layer without a copy', async () => {
    const seen: Seen = [];
    const url = await serve(
      heldBy(3, seen, (res) => {
        res.write('<p>Sản phẩm OCOP</p>'.repeat(100));
        res.end('<p>Hết</p>');
      }),
    );
    const answer = await get(url);
    expect(answer.text.endsWith('<p>Hết</p>')).toBe(true);
    // The innermost layer (installed last) joins Next's chunks; the two around it get those bytes.
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBe(seen[2]);
    expect(seen[1]).toBe(seen[2]);
  });

  it('takes a single chunk written by the answer itself as it is', async () => {
    const seen: Seen = [];
    const body = Buffer.from('Một khối duy nhất');
    const url = await serve(heldBy(1, seen, (res) => res.end(body)));
    expect((await get(url)).text).toBe('Một khối duy nhất');
    expect(seen[0]).toBe(body);
  });

  it('leaves an answer it does not want alone: streamed as written', async () => {
    let completed = false;
    let headSentBeforeEnd = false;
    const url = await serve((_, res) => {
      holdBackAnswer(
        res,
        () => false,
        () => (completed = true),
      );
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.write('first ');
      headSentBeforeEnd = res.headersSent;
      res.end('last');
    });
    expect((await get(url)).text).toBe('first last');
    expect(headSentBeforeEnd).toBe(true);
    expect(completed).toBe(false);
  });
});
