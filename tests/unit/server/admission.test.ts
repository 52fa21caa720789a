/**
 * The queue in front of Next (server/admission.mjs): how many requests are worked on at once, in
 * what order the others get their turn, and when a turn ends.
 */
import { EventEmitter } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { admitInTurn, defaultConcurrency } from '../../../server/admission.mjs';
import { closeServer, listenOnLoopback } from '../../support/loopback';

/** Just what the queue reads of a request and an answer: the URL, `end`, `destroyed`, 'close'. */
function exchange(url = '/vi/products') {
  const res = Object.assign(new EventEmitter(), {
    destroyed: false,
    ended: 0,
    end() {
      this.ended += 1;
      return this;
    },
  });
  return { req: { url } as IncomingMessage, res, asResponse: res as unknown as ServerResponse };
}

describe('admitInTurn', () => {
  it('works on `concurrency` requests at once; the others start in order of arrival', () => {
    const inTurn = admitInTurn({ concurrency: 2 });
    const started: string[] = [];
    const exchanges = ['a', 'b', 'c', 'd'].map((name) => ({ name, ...exchange(`/${name}`) }));
    for (const { name, req, asResponse } of exchanges) {
      inTurn(req, asResponse, () => started.push(name));
    }
    expect(started).toEqual(['a', 'b']);
    // A turn ends when the answer is ended: the first waiting request starts.
    exchanges[1]!.res.end();
    expect(started).toEqual(['a', 'b', 'c']);
    // The end still reaches the answer itself, once.
    expect(exchanges[1]!.res.ended).toBe(1);
    // 'close' after the end does not give the same turn away twice.
    exchanges[1]!.res.emit('close');
    expect(started).toEqual(['a', 'b', 'c']);
    exchanges[0]!.res.emit('close');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips a client that went away while it waited, and gives its turn to the next', () => {
    const inTurn = admitInTurn({ concurrency: 1 });
    const started: string[] = [];
    const first = exchange();
    const gone = exchange();
    const third = exchange();
    const fourth = exchange();
    inTurn(first.req, first.asResponse, () => started.push('first'));
    inTurn(gone.req, gone.asResponse, () => started.push('gone'));
    inTurn(third.req, third.asResponse, () => started.push('third'));
    inTurn(fourth.req, fourth.asResponse, () => started.push('fourth'));
    gone.res.destroyed = true;
    gone.res.emit('close');
    // Its leaving frees no turn it did not have: the third still waits for the first.
    expect(started).toEqual(['first']);
    first.res.end();
    expect(started).toEqual(['first', 'third']);
    third.res.end();
    expect(started).toEqual(['first', 'third', 'fourth']);
  });

  it('lets Next’s static files through without a turn', () => {
    const inTurn = admitInTurn({ concurrency: 1 });
    const started: string[] = [];
    const page = exchange('/vi');
    const script = exchange('/_next/static/chunks/app.js');
    inTurn(page.req, page.asResponse, () => started.push('page'));
    inTurn(script.req, script.asResponse, () => started.push('script'));
    expect(started).toEqual(['page', 'script']);
  });

  it('refuses a concurrency that is not a whole number from 1', () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN]) {
      expect(() => admitInTurn({ concurrency }), String(concurrency)).toThrow(/whole number/);
    }
    expect(defaultConcurrency).toBeGreaterThanOrEqual(1);
  });

  it('on a real server, ends a turn when the answer is ended, before the client has read it', async () => {
    const inTurn = admitInTurn({ concurrency: 1 });
    // A 4 MB answer: more than the socket takes at once, so the client is still reading it when
    // the handler has ended it.
    const big = Buffer.alloc(4 * 1024 * 1024, 'x');
    const order: string[] = [];
    const server = http.createServer((req, res) =>
      inTurn(req, res, () => {
        order.push(`start ${req.url}`);
        res.end(req.url === '/big' ? big : 'small');
      }),
    );
    const origin = await listenOnLoopback(server);
    try {
      // Ask for the big answer and do not read it yet; the small one must not wait for it.
      const bigAnswer = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.get(`${origin}/big`, resolve).on('error', reject),
      );
      bigAnswer.pause();
      const small = await fetch(`${origin}/small`);
      expect(await small.text()).toBe('small');
      expect(order).toEqual(['start /big', 'start /small']);
      bigAnswer.resume();
      let length = 0;
      for await (const chunk of bigAnswer) length += (chunk as Buffer).length;
      expect(length).toBe(big.length);
    } finally {
      await closeServer(server);
    }
  });
});
