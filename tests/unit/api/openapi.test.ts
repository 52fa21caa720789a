import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toEventSummary } from '@/lib/api/event-json';
import { buildOpenApiDocument, queryParameters, responseSchemas } from '@/lib/api/openapi';
import { toProducerSummary } from '@/lib/api/producer-json';
import { toProductSummary } from '@/lib/api/product-json';
import { toRetailPointProperties } from '@/lib/api/retail-point-geojson';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { productQuerySchema } from '@/lib/catalogue/product-query';
import { loadLocalContent } from '@/lib/content/local/local-source';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(buildOpenApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents exactly the parameters each endpoint validates, with their values', () => {
    const products = buildOpenApiDocument().paths['/api/v1/products'].get.parameters!;
    expect(products.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      Object.keys(productQuerySchema.shape),
    );
    expect(products.find((p) => p.name === 'stars')).toMatchObject({
      style: 'form',
      explode: true,
      schema: { type: 'array', items: { enum: ['3', '4', '5'] } },
    });
    expect(products.find((p) => p.name === 'limit')).toMatchObject({
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    });
  });

  it('says that every GET answers If-None-Match with a 304, and gives an ETag', () => {
    /** The document's operations, read only for what this test checks. */
    type Operation = {
      parameters?: Array<{ name?: unknown; in?: unknown; description?: unknown }>;
      responses: Record<string, { headers?: Record<string, unknown> } | undefined>;
    };
    const paths = buildOpenApiDocument().paths as Record<string, { get: Operation }>;
    const operations = Object.entries(paths);
    expect(operations.length).toBeGreaterThan(8);
    for (const [path, { get }] of operations) {
      const header = get.parameters?.find((p) => p.name === 'If-None-Match');
      expect(header, path).toMatchObject({ in: 'header', required: false });
      expect(get.responses['200']?.headers?.ETag, path).toBeDefined();
      expect(get.responses['304'], path).toBeDefined();
    }
    // The sales points keep their own account of when their ETag changes.
    const retail = paths['/api/v1/retail-points']!.get;
    expect(retail.parameters!.filter((p) => p.name === 'If-None-Match')).toHaveLength(1);
    expect(retail.parameters!.find((p) => p.name === 'If-None-Match')?.description).toMatch(
      /opened or closed/,
    );
  });

  it('refuses to describe a parameter the schema lacks, or to leave one undescribed', () => {
    const schema = z.object({ q: z.string().optional(), page: z.string().optional() });
    expect(() => queryParameters(schema, { q: 'Words' })).toThrow(/undocumented page/);
    expect(() => queryParameters(schema, { q: 'Words', page: 'Page', sort: 'Order' })).toThrow(
      /not in the schema sort/,
    );
  });

  it('describes every field the API returns, and nothing it does not', () => {
    const { dataset } = catalogue;
    const context = {
      catalogue,
      lang: 'vi' as const,
      today: '2026-11-23',
      siteUrl: 'https://x.example',
    };
    const now = new Date('2026-11-23T10:00:00+07:00');
    const outputs = {
      ProductSummary: toProductSummary(dataset.products[0]!, context),
      ProducerSummary: toProducerSummary(dataset.producers[0]!, context),
      EventSummary: toEventSummary(dataset.events[0]!, { ...context, now }),
      RetailPointProperties: toRetailPointProperties(dataset.retailPoints[0]!, { ...context, now }),
    };
    for (const [name, output] of Object.entries(outputs)) {
      expect(Object.keys(responseSchemas[name]!.properties).sort(), name).toEqual(
        Object.keys(output).sort(),
      );
    }
  });
});
