/**
 * The Contentful read at scale: the dataset is exported as `npm run content:export` would, served
 * by the Delivery API stub on loopback, and read back by the Contentful source with its production
 * settings (pages of 1,000, throttled to 30 requests a second). Reports the time of the full read,
 * the number of requests and the most requests the stub saw within any one second.
 */
import { createContentfulSource } from '../../lib/content/contentful/contentful-source';
import { toContentfulExport } from '../../lib/content/contentful/export';
import type { Dataset } from '../../lib/content/schema';
import { startContentfulStub } from '../../tests/support/contentful-stub';
import type { BenchMetrics } from './report';

/** The most timestamps (ms) that fall within any window of `windowMs`. */
export function peakPerWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while (sorted[end]! - sorted[start]! >= windowMs) start += 1;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

export async function measureContentfulRead(dataset: Dataset): Promise<BenchMetrics> {
  const siteUrl = 'http://127.0.0.1:3000';
  const stub = await startContentfulStub({ data: toContentfulExport(dataset, siteUrl) });
  try {
    const source = createContentfulSource({
      space: stub.space,
      accessToken: stub.accessToken,
      environment: stub.environment,
      host: stub.host,
      siteUrl,
    });
    const started = performance.now();
    const { dataset: read, problems } = await source.load();
    return {
      'contentful.readMs': performance.now() - started,
      'contentful.requests': stub.requests.length,
      'contentful.peakRequestsPerSecond': peakPerWindow(stub.requestTimes),
      'contentful.products': read.products.length,
      'contentful.problems': problems.length,
    };
  } finally {
    await stub.close();
  }
}
