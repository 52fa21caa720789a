/**
 * The `/api/v1/retail-points` answer as UTF-8 bytes, ready to send.
 *
 * Of everything in the answer, only `isOpenNow` changes with the clock; the rest changes only with
 * the content. So the collection is serialised once per content version, site address and query
 * into a template: the bytes between one point's `isOpenNow` and the next. Each minute's answer is
 * the template with every point's state put in. At national scale (5,000 points, 4 MB) that is a
 * copy of bytes instead of building 5,000 features and serialising them again every minute, for
 * every query (about 70 ms for half the map).
 *
 * Each answer has an ETag, a hash of its bytes: a map that asks again gets a 304 while no point has
 * opened or closed, and the server keeps one compressed copy per ETag (server/compressed-copies.mjs;
 * a route cannot send its own Content-Encoding, which Next drops).
 */
import { createHash, randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { getCatalogue } from '../catalogue/catalogue';
import type { Dataset, RetailPoint } from '../content/schema';
import { isOpenAt, type OpeningHours } from '../retail/opening-hours';
import { queryRetailPoints, type RetailPointQuery } from '../retail/retail-query';
import { toRetailPointCollection, type RetailPointContext } from './retail-point-geojson';

/** Bytes over a plain ArrayBuffer, which a Response takes as its body without a copy. */
export type Bytes = Uint8Array<ArrayBuffer>;

export interface RetailPointsTemplate {
  /** One more than `hours`: the answer is segment 0, state 0, segment 1, … state n-1, segment n. */
  segments: Bytes[];
  /** The opening hours of each point, in the order the answer lists them. */
  hours: OpeningHours[];
}

const encoder = new TextEncoder();

/**
 * Stands where a state goes while the collection is serialised. No content can hold it: it is
 * unknown until the process starts, and JSON.stringify would escape the NUL characters of any
 * string that tried.
 */
const stateMarker = `\u0000open-now-${randomUUID()}\u0000`;

/** The collection of `points`, serialised with a marker in place of every `isOpenNow`. */
export function retailPointsTemplate(
  points: readonly RetailPoint[],
  context: Omit<RetailPointContext, 'now'>,
): RetailPointsTemplate {
  // The clock is irrelevant: every state is replaced by the marker below.
  const collection = toRetailPointCollection(points, { ...context, now: new Date(0) });
  const bySlug = new Map(points.map((point) => [point.slug, point]));
  // In the order JSON.stringify meets them: features, then online shops.
  const listed = [...collection.features.map((f) => f.properties), ...collection.onlineShops];
  const hours = listed.map((properties) => bySlug.get(properties.slug)!.openingHours);
  for (const properties of listed) (properties as { isOpenNow: unknown }).isOpenNow = stateMarker;
  const texts = JSON.stringify(collection).split(JSON.stringify(stateMarker));
  if (texts.length !== hours.length + 1) {
    throw new Error(
      `retail-points template: ${texts.length - 1} markers for ${hours.length} points`,
    );
  }
  return { segments: texts.map((text) => encoder.encode(text)), hours };
}

const stateBytes = {
  true: encoder.encode('true'),
  false: encoder.encode('false'),
  null: encoder.encode('null'),
};

/** The answer at `now`: the template with each point's `isOpenNow` then. */
export function fillRetailPointsTemplate({ segments, hours }: RetailPointsTemplate, now: Date) {
  const parts: Bytes[] = [segments[0]!];
  hours.forEach((pointHours, index) => {
    parts.push(stateBytes[`${isOpenAt(pointHours, now) ?? null}`], segments[index + 1]!);
  });
  const body = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

const maxCachedBytes = 64 * 1024 * 1024;
const byteSize = (bytes: Bytes) => Math.max(1, bytes.byteLength);

const templates = new LRUCache<string, RetailPointsTemplate>({
  maxSize: maxCachedBytes,
  sizeCalculation: (template) => template.segments.reduce((n, s) => n + byteSize(s), 1),
});

/** An answer to send: its bytes and their entity tag (RFC 9110 §8.8.3). */
export interface RetailPointsAnswer {
  body: Bytes;
  /** A strong validator, quoted: the SHA-256 of the bytes (2.4 ms for the whole national map). */
  etag: string;
}

/** Answers of the current minute: most maps ask for the same few queries. */
const answers = new LRUCache<string, RetailPointsAnswer>({
  maxSize: maxCachedBytes,
  sizeCalculation: (answer) => byteSize(answer.body),
});

/**
 * The answer for `key` (content version, site address and query: everything but the clock) at
 * `now`, from the caches when they have it. `select` is asked for the points only on a miss.
 */
export function retailPointsBody(
  key: string,
  select: () => readonly RetailPoint[],
  context: RetailPointContext,
): RetailPointsAnswer {
  const minuteKey = `${key}|${context.now.toISOString().slice(0, 16)}`;
  const cached = answers.get(minuteKey);
  if (cached !== undefined) return cached;
  let template = templates.get(key);
  if (template === undefined) {
    template = retailPointsTemplate(select(), context);
    templates.set(key, template);
  }
  const body = fillRetailPointsTemplate(template, context.now);
  const answer = { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
  answers.set(minuteKey, answer);
  return answer;
}

/**
 * The answer to a where-to-buy query at `now`, as `/api/v1/retail-points` and the download
 * `/data/retail-points.geojson` both send it: the same bytes, from the same cache.
 */
export function retailPointsAnswer(
  dataset: Dataset,
  query: RetailPointQuery,
  now: Date,
  siteUrl: string,
): RetailPointsAnswer {
  const catalogue = getCatalogue(dataset);
  const key = [dataset.version, siteUrl, JSON.stringify(query)].join('|');
  return retailPointsBody(key, () => queryRetailPoints(catalogue, query), {
    catalogue,
    lang: query.lang,
    now,
    siteUrl,
  });
}
