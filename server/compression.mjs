/**
 * Compression of every answer the server sends (next.config.js leaves it to server/start.mjs).
 *
 * Next sets a route handler's Content-Type as a one-element array (['application/json']), and
 * compression's own test of the type only reads a string: until this wrapper, every API answer,
 * feed, sitemap and GeoJSON collection left the server uncompressed (4 MB for the whole map at
 * national scale, 0.5 MB gzipped). The array is written back as the string it stands for.
 */
import compression from 'compression';

/**
 * Whether compression would compress this answer, by its type: with the Content-Type read as Next
 * writes it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function isCompressible(req, res) {
  const type = res.getHeader('Content-Type');
  if (Array.isArray(type)) res.setHeader('Content-Type', type.join(', '));
  return compression.filter(req, res);
}

/** The compression middleware, with the Content-Type read as Next writes it. */
export function compressAnswers() {
  return compression({ filter: isCompressible });
}
