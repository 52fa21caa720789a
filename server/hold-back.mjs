/**
 * Holding an answer back until it is complete, for the server's layers that must see an answer
 * whole before its head goes out: the page policy hashes a page's scripts
 * (server/content-security-policy.mjs), the compressed copies are made of whole bodies
 * (server/compressed-copies.mjs). Answers a layer does not want pass through untouched, streamed.
 */

/**
 * Wraps `res` so that, once `wanted()` says yes, its head and body are held back until the end,
 * then handed to `complete`, which sets any last headers and sends the bytes it chooses with
 * `send`. `wanted` is asked once, at the answer's first writeHead, write, end or flushHeaders,
 * when its status and headers are set; if it says no, the answer passes through as written.
 * @param {import('node:http').ServerResponse} res
 * @param {() => boolean} wanted
 * @param {(body: Buffer, send: (bytes: Buffer) => void) => void} complete
 */
export function holdBackAnswer(res, wanted, complete) {
  const original = {
    writeHead: res.writeHead,
    write: res.write,
    end: res.end,
    flushHeaders: res.flushHeaders,
  };
  /** @type {Buffer[] | undefined} set once the answer is known to be held: its bytes so far */
  let held;
  let decided = false;
  // Once the whole answer is in, every call passes through: the methods are not put back, since a
  // layer inside this one may have wrapped them since (the shared cache wraps writeHead).
  let released = false;
  const holds = () => {
    if (!decided) {
      decided = true;
      if (wanted()) held = [];
    }
    return held !== undefined && !released;
  };

  // Headers given to writeHead are set on the response instead, so they can still change.
  res.writeHead = function writeHead(statusCode, ...rest) {
    if (typeof rest[0] === 'string') res.statusMessage = /** @type {string} */ (rest.shift());
    res.statusCode = statusCode;
    const headers = rest[0];
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value);
    }
    if (holds()) return res;
    return original.writeHead.call(res, res.statusCode, res.statusMessage);
  };
  res.flushHeaders = function flushHeaders() {
    if (!holds()) original.flushHeaders.call(res);
  };
  res.write = function write(chunk, encoding, callback) {
    if (!holds()) return original.write.apply(res, arguments);
    held?.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  res.end = function end(chunk, encoding, callback) {
    if (!holds()) return original.end.apply(res, arguments);
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk !== undefined && chunk !== null) held?.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    // Done holding back: Node's own end() writes the head through writeHead, which must now pass.
    released = true;
    complete(wholeBody(held ?? []), (bytes) => original.end.call(res, bytes, done));
    return res;
  };
}

/**
 * The held chunks as one Buffer. A layer holding back inside another sends its answer in one
 * chunk, which the outer layer takes as it is: copying it would cost each layer a copy of every
 * page (at national scale, 3% of the server's time under load went to such copies).
 * @param {Buffer[]} chunks
 */
function wholeBody(chunks) {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/**
 * A chunk as a Buffer, without copying its bytes: whoever writes a chunk leaves it alone once
 * written, as Node's own response does when it queues one.
 * @param {string | Uint8Array} chunk
 * @param {unknown} encoding
 */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk !== 'string')
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(
    chunk,
    typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
  );
}
