/**
 * The production server: `node server/start.mjs [--port N] [--hostname H]` serves the build (the
 * folder next.config.js names: NEXT_DIST_DIR or .next). `npm start`, `npm run serve`, the browser
 * tests, the link check, the bench and the load test all run this, never bare `next start`.
 *
 * It is Next's own request handler with seven layers around it:
 * - a path with %-escapes that are not UTF-8 is escaped for Next, which answers it with a 500
 *   otherwise (server/undecodable-path.mjs);
 * - a Cache-Control a CDN may follow on the pages that answer a query string, which Next sends as
 *   private (server/shared-cache.mjs);
 * - the Content-Security-Policy of each page, with its inline scripts allowed by hash
 *   (server/content-security-policy.mjs);
 * - just inside it, an ETag for what Next makes per request (pages reading their query string,
 *   API answers, feeds, sitemap, CSV files), the hash of its bytes, and a 304 for a client that
 *   has them (server/body-etags.mjs): the policy and the compressed copies are then kept for those
 *   answers too;
 * - compression (server/compression.mjs), which next.config.js leaves to this server: it must
 *   come after the hashing, which reads each page as written;
 * - just inside compression, compressed copies of the answers that have an ETag, made once and
 *   kept (server/compressed-copies.mjs): the whole map at national scale took 93–140 ms to
 *   compress, on every request;
 * - innermost, a queue: Next works on six requests at once, the others wait their turn in order
 *   (server/admission.mjs), so that under more load than it can take no answer waits for all the
 *   others.
 * Once it listens, it asks itself for a catalogue and a producers search, so the content is loaded
 * and the search indexes built before the first visitor comes (server/warm-up.mjs).
 * Port: --port, else PORT, else 3000. Without --hostname it listens on every interface.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { admitInTurn } from './admission.mjs';
import { withBodyEtags } from './body-etags.mjs';
import { keepCompressedCopies } from './compressed-copies.mjs';
import { compressAnswers } from './compression.mjs';
import { withScriptHashes } from './content-security-policy.mjs';
import { withSharedCacheForQueryPages } from './shared-cache.mjs';
import { escapeUndecodableSegments } from './undecodable-path.mjs';
import { localOrigin, warmUp } from './warm-up.mjs';

// Before Next and React load: they pick their production builds by it, as `next start` makes sure.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port ?? process.env.PORT}`);
  process.exit(1);
}
const hostname = values.hostname;

const app = next({
  dev: false,
  dir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  // Always localhost, whatever address the server listens on: Next builds the proxy's request URL
  // on localhost and takes a rewrite to any other host for an external one, which it fetches over
  // the network. Given 127.0.0.1, it fetched its own not-found page for `/fr/...` that way, and
  // from `https://` behind a TLS proxy (X-Forwarded-Proto), so the visitor got a 500.
  hostname: 'localhost',
  port,
});
const handle = app.getRequestHandler();
await app.prepare();

const compress = compressAnswers();
const withCompressedCopies = keepCompressedCopies();
const inTurn = admitInTurn();
const server = createServer((req, res) => {
  if (req.url) req.url = escapeUndecodableSegments(req.url);
  compress(req, res, () =>
    withCompressedCopies(req, res, () =>
      withSharedCacheForQueryPages(req, res, () =>
        withScriptHashes(req, res, () =>
          withBodyEtags(req, res, () =>
            inTurn(req, res, () => {
              handle(req, res).catch((error) => {
                console.error(error);
                if (!res.headersSent) res.statusCode = 500;
                res.end();
              });
            }),
          ),
        ),
      ),
    ),
  );
});
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`);
  void warmUp(localOrigin(/** @type {import('node:net').AddressInfo} */ (server.address())));
});
// Stop taking connections, finish the answers under way, then let Next finish what it does after
// answering (storing a regenerated page in the cache, say), as `next start` does; at most 10 s.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
