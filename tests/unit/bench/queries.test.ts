import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import { findUnknownEventValues, parseEventQuery } from '@/lib/events/event-query';
import { buildEventBenchQueries, buildRecordBenchPaths } from '@/scripts/bench/queries';

let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

describe('the API mixes the benchmark times', () => {
  it('asks the calendar only what /api/v1/events accepts, drawn the same way each run', () => {
    const queries = buildEventBenchQueries(dataset);
    expect(queries).toHaveLength(100);
    expect(buildEventBenchQueries(dataset)).toEqual(queries);
    for (const query of queries) {
      const parsed = parseEventQuery(new URLSearchParams(query));
      expect(parsed.ok, query).toBe(true);
      if (parsed.ok) expect(findUnknownEventValues(parsed.query, dataset), query).toEqual([]);
    }
    // A mix, not one query a hundred times: filters, ranges and pages all appear.
    for (const parameter of ['when=', 'kind=', 'area=', 'from=', 'page=2', 'lang=en']) {
      expect(
        queries.some((query) => query.includes(parameter)),
        parameter,
      ).toBe(true);
    }
  });

  it('asks for records that exist, each kind of record in turn', () => {
    const paths = buildRecordBenchPaths(dataset, 8);
    const slugs = {
      products: new Set(dataset.products.map((p) => p.slug)),
      producers: new Set(dataset.producers.map((p) => p.slug)),
      events: new Set(dataset.events.map((e) => e.slug)),
    };
    expect(paths.map((p) => p.replace(/\/[^/]+(\/ics)?$/, '/…$1'))).toEqual([
      '/api/v1/products/…',
      '/api/v1/producers/…',
      '/api/v1/events/…',
      '/api/v1/events/…/ics',
      '/api/v1/products/…',
      '/api/v1/producers/…',
      '/api/v1/events/…',
      '/api/v1/events/…/ics',
    ]);
    for (const recordPath of paths) {
      const [, , , kind, slug] = recordPath.split('/') as [string, string, string, string, string];
      expect(slugs[kind as keyof typeof slugs].has(slug), recordPath).toBe(true);
    }
  });
});
