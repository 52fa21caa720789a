/**
 * The OpenAPI 3.1 description of the public API (`/api/v1/openapi.json`). Query parameters are
 * generated from the same zod schemas that validate requests, so the document cannot drift from
 * what the API accepts: a parameter without a description, or a description without a parameter,
 * stops the build of the document (and its unit test). Response shapes are written here and a unit
 * test checks them against what the API actually returns for the sample content.
 */
import { z } from 'zod';
import { producerQuerySchema } from '../catalogue/producer-query';
import { productQuerySchema } from '../catalogue/product-query';
import { eventQuerySchema } from '../events/event-query';
import { locales } from '../i18n/locales';
import { retailPointQuerySchema } from '../retail/retail-query';
import { statsQuerySchema } from '../stats/stats-json';

type JsonSchema = Record<string, unknown>;

/** The schema a query parameter's value must satisfy, as JSON Schema (its input side). */
function parameterSchema(field: z.ZodType): JsonSchema {
  // Every parameter is a pipe from the raw string list to its validated value: document the latter.
  const def = (field as unknown as { _zod: { def: { type: string; out?: z.ZodType } } })._zod.def;
  const value = def.type === 'pipe' && def.out ? def.out : field;
  const schema = z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  // The dialect is the document's own (OpenAPI 3.1 is JSON Schema 2020-12): no per-parameter $schema.
  delete schema.$schema;
  return schema;
}

/**
 * The query parameters of an endpoint, one per key of its schema, each with its description.
 * List parameters repeat (`stars=4&stars=5`); the API also takes them comma-separated.
 */
export function queryParameters(
  schema: z.ZodObject,
  descriptions: Record<string, string>,
): JsonSchema[] {
  const keys = Object.keys(schema.shape);
  const undocumented = keys.filter((key) => !descriptions[key]);
  const unknown = Object.keys(descriptions).filter((key) => !keys.includes(key));
  if (undocumented.length > 0 || unknown.length > 0) {
    throw new Error(
      `OpenAPI parameters out of step with the schema: undocumented ${undocumented.join(', ') || '–'}; not in the schema ${unknown.join(', ') || '–'}`,
    );
  }
  return keys.map((name) => {
    const valueSchema = parameterSchema(schema.shape[name] as z.ZodType);
    return {
      name,
      in: 'query',
      required: false,
      description: descriptions[name],
      schema: valueSchema,
      ...(valueSchema.type === 'array' && { style: 'form', explode: true }),
    };
  });
}

const lang = 'Language of the localised fields: `vi` (default) or `en`.';
const page = 'Page number, from 1.';
const limit = 'Items per page (at most 100).';
const list = (what: string) => `${what}; repeat the parameter or separate values with commas.`;

const slugParameter = (what: string) => ({
  name: 'slug',
  in: 'path',
  required: true,
  description: `The ${what}'s slug, as in its page's URL.`,
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
});

const langOnly = [
  {
    name: 'lang',
    in: 'query',
    required: false,
    description: lang,
    schema: { type: 'string', enum: [...locales], default: 'vi' },
  },
];

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const standardErrors = {
  '400': errorResponse('A parameter is invalid; `issues` names each one.'),
  '405': errorResponse('The API is read-only: only GET, HEAD and OPTIONS.'),
};

const jsonOk = (description: string, schema: JsonSchema) => ({
  description,
  content: { 'application/json': { schema } },
});

const pageOf = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'page', 'limit'],
  properties: {
    items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
    total: { type: 'integer', description: 'Matching items in all pages.' },
    page: { type: 'integer' },
    limit: { type: 'integer' },
  },
});

const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: 'null' }] });
const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
const bool = { type: 'boolean' };
const named = { type: 'object', properties: { slug: str, name: str } };
const areaRef = nullable({
  type: 'object',
  properties: {
    slug: str,
    name: str,
    type: str,
    region: str,
    formerNames: { type: 'array', items: str },
  },
});
const imageRef = nullable({
  type: 'object',
  properties: { url: str, alt: str, width: int, height: int, credit: str, license: str },
});

/** What each list item and record holds (checked against the API's output by a unit test). */
export const responseSchemas: Record<
  string,
  { type: 'object'; properties: Record<string, JsonSchema> }
> = {
  ProductSummary: {
    type: 'object',
    properties: {
      slug: str,
      code: str,
      name: str,
      summary: str,
      group: { type: 'object', properties: { code: str, name: str } },
      subgroup: { type: 'object', properties: { code: str, name: str } },
      stars: { type: 'integer', enum: [3, 4, 5] },
      score: int,
      status: { type: 'string', enum: ['active', 'expiring', 'expired', 'revoked'] },
      isPotentialFiveStar: bool,
      producer: nullable({ type: 'object', properties: { slug: str, name: str, type: str } }),
      area: areaRef,
      certificate: {
        type: 'object',
        properties: {
          number: str,
          issuedBy: named,
          issuedOn: { type: 'string', format: 'date' },
          expiresOn: { type: 'string', format: 'date' },
          round: nullable(str),
        },
      },
      image: imageRef,
      url: { type: 'string', format: 'uri' },
    },
  },
  ProducerSummary: {
    type: 'object',
    properties: {
      slug: str,
      name: str,
      type: {
        type: 'string',
        enum: ['enterprise', 'cooperative', 'cooperative-group', 'household-business'],
      },
      area: areaRef,
      address: {
        type: 'object',
        properties: { line: nullable(str), former: nullable({ type: 'object' }) },
      },
      coordinates: { type: 'object', properties: { lat: num, lng: num } },
      phone: nullable(str),
      email: nullable(str),
      website: nullable(str),
      zalo: nullable(str),
      wholesale: {
        type: 'object',
        properties: {
          isAvailable: bool,
          minimumOrder: nullable(str),
          monthlyCapacity: nullable(str),
          leadTimeDays: nullable(int),
          exportMarkets: { type: 'array', items: str },
        },
      },
      productCount: { type: 'integer', description: 'Products with a valid certificate.' },
      bestStars: nullable(int),
      groups: { type: 'array', items: str },
      url: { type: 'string', format: 'uri' },
    },
  },
  EventSummary: {
    type: 'object',
    properties: {
      slug: str,
      title: str,
      kind: { type: 'string', enum: ['fair', 'market-session', 'promotion-week', 'exhibition'] },
      status: { type: 'string', enum: ['scheduled', 'cancelled', 'postponed', 'rescheduled'] },
      start: { type: 'string', format: 'date-time', description: 'With the +07:00 offset.' },
      end: { type: 'string', format: 'date-time' },
      previousStart: nullable({ type: 'string', format: 'date-time' }),
      venue: {
        type: 'object',
        properties: {
          name: str,
          address: nullable(str),
          area: nullable({ type: 'object' }),
          lat: num,
          lng: num,
        },
      },
      organiser: {
        type: 'object',
        properties: {
          slug: str,
          name: str,
          phone: nullable(str),
          email: nullable(str),
          website: nullable(str),
        },
      },
      boothCount: nullable(int),
      registration: nullable({
        type: 'object',
        properties: {
          state: { type: 'string', enum: ['open', 'closed'] },
          deadline: { type: 'string', format: 'date-time' },
          howTo: str,
          phone: nullable(str),
          email: nullable(str),
          url: nullable(str),
        },
      }),
      image: nullable({
        type: 'object',
        properties: { url: str, alt: str, credit: str, license: str },
      }),
      url: { type: 'string', format: 'uri' },
      icsUrl: { type: 'string', format: 'uri' },
    },
  },
  RetailPointProperties: {
    type: 'object',
    properties: {
      slug: str,
      name: str,
      kind: str,
      operator: nullable(str),
      isStateFunded: bool,
      address: nullable(str),
      area: nullable({ type: 'object', properties: { slug: str, name: str, region: str } }),
      formerAddress: nullable({ type: 'object' }),
      phone: nullable(str),
      website: nullable(str),
      openingHours: nullable({
        type: 'string',
        description: 'OpenStreetMap opening_hours syntax.',
      }),
      isOpenNow: nullable(bool),
      productCount: int,
      products: { type: 'array', items: str },
      url: { type: 'string', format: 'uri' },
    },
  },
};

interface GetOperation {
  parameters?: JsonSchema[];
  responses: Record<string, JsonSchema & { headers?: Record<string, JsonSchema> }>;
}

/**
 * Every GET answers conditional requests: the server gives each answer an ETag, the hash of its
 * bytes, and answers 304 to a request whose If-None-Match names it (server/body-etags.mjs). Added
 * to each operation that does not describe them itself (the sales points say when theirs change).
 */
function withConditionalGets<Paths extends Record<string, { get: GetOperation }>>(
  paths: Paths,
): Paths {
  for (const { get } of Object.values(paths)) {
    const parameters = get.parameters ?? [];
    if (!parameters.some((p) => p.name === 'If-None-Match')) {
      get.parameters = [
        ...parameters,
        {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of an earlier answer: 304 if this answer would be the same bytes.',
          schema: { type: 'string' },
        },
      ];
    }
    const ok = get.responses['200'];
    if (ok && !ok.headers?.ETag) {
      ok.headers = {
        ...ok.headers,
        ETag: {
          description: 'A strong validator of this answer: the hash of its bytes.',
          schema: { type: 'string' },
        },
      };
    }
    get.responses['304'] ??= {
      description: 'Not modified: the answer named by If-None-Match still holds.',
    };
  }
  return paths;
}

/** The whole OpenAPI document. */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'OCOP Quảng Ngãi public API',
      version: '1.0.0',
      description:
        'Certified OCOP products, suppliers, fairs and sales points of Quảng Ngãi province. Read-only, no key, CORS open. Lists answer `{ items, total, page, limit }`; errors answer `{ error, issues }` with 400 for bad parameters and 404 for unknown slugs, never a 5xx for any query string.',
      license: { name: 'CC BY 4.0 (data)', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    servers: [{ url: '/' }],
    paths: withConditionalGets({
      '/api/v1/products': {
        get: {
          summary: 'Search and filter certified products',
          parameters: queryParameters(productQuerySchema, {
            q: 'Words to search for, with or without Vietnamese accents (name, producer, place, code).',
            group: list('Product group codes'),
            subgroup: list('Product subgroup codes'),
            stars: list('Star ratings (3, 4, 5)'),
            area: list('Commune, ward or special zone slugs'),
            region: list('Regions: east (former Quảng Ngãi), west (former Kon Tum)'),
            producerType: list('Producer types'),
            status: list(
              'Certificate statuses; `valid` (default) is active or expiring, `all` is every one',
            ),
            sort: 'Order: relevance (default with `q`), stars, name, newest.',
            page,
            limit,
            lang,
          }),
          responses: {
            '200': jsonOk('A page of products.', pageOf('ProductSummary')),
            ...standardErrors,
          },
        },
      },
      '/api/v1/products/{slug}': {
        get: {
          summary: 'One product with its certificate history and sales points',
          parameters: [slugParameter('product'), ...langOnly],
          responses: {
            '200': jsonOk('The product.', { $ref: '#/components/schemas/ProductSummary' }),
            '404': errorResponse('No product has this slug.'),
            ...standardErrors,
          },
        },
      },
      '/api/v1/producers': {
        get: {
          summary: 'The supplier directory: producers by product, place and capacity',
          parameters: queryParameters(producerQuerySchema, {
            q: 'Words to search for in the producer, its products and its place.',
            type: list('Producer types'),
            area: list('Commune, ward or special zone slugs'),
            region: list('Regions: east, west'),
            group: list('Product group codes of the products they make'),
            stars: list('Best star rating held (3, 4, 5)'),
            wholesale: '`true`: only those taking wholesale orders; `false`: only those not.',
            export: '`true`: only those with export experience; `false`: only those without.',
            sort: 'Order: relevance (default with `q`), name, products, stars.',
            page,
            limit,
            lang,
          }),
          responses: {
            '200': jsonOk('A page of producers.', pageOf('ProducerSummary')),
            ...standardErrors,
          },
        },
      },
      '/api/v1/producers/{slug}': {
        get: {
          summary: 'One producer with its products',
          parameters: [slugParameter('producer'), ...langOnly],
          responses: {
            '200': jsonOk('The producer.', { $ref: '#/components/schemas/ProducerSummary' }),
            '404': errorResponse('No producer has this slug.'),
            ...standardErrors,
          },
        },
      },
      '/api/v1/events': {
        get: {
          summary: 'Fairs, OCOP market sessions, promotion weeks and exhibitions',
          parameters: queryParameters(eventQuerySchema, {
            when: '`upcoming` (default; events under way count), `past`, or `all` (the default with a date range).',
            kind: list('Kinds of event'),
            area: list('Commune, ward or special zone slugs of the venue'),
            region: list('Regions: east, west'),
            organiser: list('Organisation slugs'),
            from: 'First day (YYYY-MM-DD, province time) an event must touch.',
            to: 'Last day (YYYY-MM-DD, inclusive); not before `from`.',
            page,
            limit,
            lang,
          }),
          responses: {
            '200': jsonOk('A page of events.', pageOf('EventSummary')),
            ...standardErrors,
          },
        },
      },
      '/api/v1/events/{slug}': {
        get: {
          summary: 'One event with its participants, products, photos and follow-up news',
          parameters: [slugParameter('event'), ...langOnly],
          responses: {
            '200': jsonOk('The event.', { $ref: '#/components/schemas/EventSummary' }),
            '404': errorResponse('No event has this slug.'),
            ...standardErrors,
          },
        },
      },
      '/api/v1/events/{slug}/ics': {
        get: {
          summary: 'One event as an iCalendar file (RFC 5545)',
          parameters: [slugParameter('event'), ...langOnly],
          responses: {
            '200': {
              description: 'The calendar file.',
              content: { 'text/calendar': { schema: str } },
            },
            '404': errorResponse('No event has this slug.'),
            ...standardErrors,
          },
        },
      },
      '/api/v1/retail-points': {
        get: {
          summary: 'Sales points as GeoJSON (RFC 7946); online shops in `onlineShops`',
          parameters: queryParameters(retailPointQuerySchema, {
            q: 'Words to search for in the name and address.',
            kind: list('Kinds of sales point'),
            area: list('Commune, ward or special zone slugs'),
            region: list('Regions: east, west'),
            product: list('Product slugs the point sells'),
            group: list('Product group codes the point sells'),
            lang,
          }).concat({
            name: 'If-None-Match',
            in: 'header',
            required: false,
            description:
              'The ETag of an earlier answer: 304 if no point has opened or closed since.',
            schema: { type: 'string' },
          }),
          responses: {
            '200': {
              description: 'A FeatureCollection of Points, `[lng, lat]`.',
              headers: {
                ETag: {
                  description: 'A strong validator of this answer: the hash of its bytes.',
                  schema: { type: 'string' },
                },
              },
              content: {
                'application/geo+json': {
                  schema: {
                    type: 'object',
                    properties: {
                      type: { const: 'FeatureCollection' },
                      features: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            type: { const: 'Feature' },
                            id: str,
                            geometry: { type: 'object' },
                            properties: { $ref: '#/components/schemas/RetailPointProperties' },
                          },
                        },
                      },
                      onlineShops: {
                        type: 'array',
                        items: { $ref: '#/components/schemas/RetailPointProperties' },
                      },
                    },
                  },
                },
              },
            },
            '304': { description: 'Not modified: the answer named by If-None-Match still holds.' },
            ...standardErrors,
          },
        },
      },
      '/api/v1/stats': {
        get: {
          summary:
            'Figures: certified products by stars, group, area, region and year; producers by type; events per year; sales points by kind',
          parameters: queryParameters(statsQuerySchema, { lang }),
          responses: {
            '200': jsonOk('Every figure set, with its source and download links.', {
              type: 'object',
            }),
            ...standardErrors,
          },
        },
      },
    }),
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'issues'],
          properties: {
            error: str,
            issues: {
              type: 'array',
              items: { type: 'object', properties: { parameter: str, message: str } },
            },
          },
        },
        ...responseSchemas,
      },
    },
  };
}
