/**
 * A request through node:http for the tests of the server's layers: it leaves the body as sent
 * (fetch would decode it), so a test can see what was compressed and how.
 */
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface Received {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, still encoded. */
  raw: Buffer;
  /** The body decoded from its Content-Encoding. */
  text: string;
}

export function get(url: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') {
  return new Promise<Received>((resolve, reject) => {
    http
      .request(url, { method, headers }, async (response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of response) chunks.push(chunk as Buffer);
        const raw = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const decoded =
          encoding === 'br'
            ? brotliDecompressSync(raw)
            : encoding === 'gzip'
              ? gunzipSync(raw)
              : raw;
        resolve({
          status: response.statusCode!,
          headers: response.headers,
          raw,
          text: decoded.toString('utf8'),
        });
      })
      .on('error', reject)
      .end();
  });
}
