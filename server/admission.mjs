/**
 * How many requests Next works on at once, the rest waiting their turn in order of arrival.
 *
 * Why: Node makes every page on one thread. Without a limit, when more requests come than the
 * instance can answer, each request in flight gets a slice of that thread in turn, so each one
 * takes about as long as all of them together, and the slowest wait longest. Measured with
 * `npm run load` (64 connections for 60 s, this 2-core machine):
 *
 * | content  | at once   | requests/s | p50 / p99 / max (ms)  | timeouts (10 s) |
 * | -------- | --------- | ---------- | --------------------- | --------------- |
 * | 20,000   | unlimited | 44.3       | 680 / 7,073 / 9,684   | 51              |
 * | 20,000   | 12        | 47.5       | 1,185 / 5,295 / 9,266 | 0               |
 * | 20,000   | 6         | 44.4       | 1,347 / 4,069 / 7,151 | 0               |
 * | sample   | unlimited | 120.9      | 261 / 1,737 / 8,873   | 0               |
 * | sample   | 6         | 124.8      | 501 / 799 / 1,600     | 0               |
 *
 * The same work gets done; what changes is who waits. Queued in order, a request waits for those
 * ahead of it and is then made at full speed: the median rises, the slowest answers come three to
 * ten times sooner, and none times out. With nothing queued (any load the instance can take) the
 * limit changes nothing.
 *
 * A request's turn ends when Next ends its answer (or the client goes away), not when the client
 * has read it all: a phone on a slow network must not hold a turn while it downloads. Next's
 * script and style files (`/_next/static/`) take no turn: they are read from disk, cheap, and a
 * page cannot show without them.
 */

/** Requests Next works on at once, per instance: the table above. */
export const defaultConcurrency = 6;

/**
 * The middleware, `(req, res, next)`, with its own queue.
 * @param {{ concurrency?: number }} [options] requests worked on at once
 */
export function admitInTurn({ concurrency = defaultConcurrency } = {}) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`concurrency must be a whole number from 1, not ${concurrency}`);
  }
  let active = 0;
  /** @type {Array<() => void>} */
  const waiting = [];
  /** A turn is over: the next request waiting takes it over, or it is free. */
  const passTurn = () => {
    const start = waiting.shift();
    if (start) start();
    else active -= 1;
  };
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {() => void} next
   */
  return function inTurn(req, res, next) {
    if (req.url?.startsWith('/_next/static/')) return next();
    /** @type {'waiting' | 'working' | 'over'} */
    let state = 'waiting';
    const start = () => {
      // The client went away while it waited: the turn it was given goes to the next one.
      if (state === 'over' || res.destroyed) {
        state = 'over';
        return passTurn();
      }
      state = 'working';
      const end = res.end;
      res.end = /** @type {typeof res.end} */ (
        function (/** @type {any[]} */ ...args) {
          endTurn();
          return end.apply(res, args);
        }
      );
      next();
    };
    const endTurn = () => {
      const hadTurn = state === 'working';
      state = 'over';
      if (hadTurn) passTurn();
    };
    res.once('close', endTurn);
    if (active < concurrency) {
      active += 1;
      start();
    } else {
      waiting.push(start);
    }
  };
}
