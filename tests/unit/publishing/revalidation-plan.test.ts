import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import {
  everyPath,
  parseWebhook,
  planRevalidation,
  type LocateEntry,
  type WebhookCall,
} from '@/lib/publishing/revalidation-plan';
import { assetBody, deletedEntryBody, publishBody } from './webhook-fixtures';

let dataset: Dataset;

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});

/** Parses a body that must be valid. */
function call(body: string, topic = 'ContentManagement.Entry.publish'): WebhookCall {
  const parsed = parseWebhook(body, topic);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.call;
}

const both = (pagePath: string) => [`/vi${pagePath}`, `/en${pagePath}`];

describe('reading a webhook body', () => {
  it('reads content type, id and slug from a publish payload', () => {
    expect(call(publishBody('product', '4bX9', 'mach-nha-mantoza'))).toEqual({
      contentType: 'product',
      id: '4bX9',
      slug: 'mach-nha-mantoza',
      action: 'publish',
      notes: [],
    });
  });

  it('reads an unpublish or delete payload, which has no slug', () => {
    expect(call(deletedEntryBody('producer', 'p1'), 'ContentManagement.Entry.unpublish')).toEqual({
      contentType: 'producer',
      id: 'p1',
      slug: null,
      action: 'unpublish',
      notes: [],
    });
  });

  it('reads assets, published or not, as the content type Asset', () => {
    expect(call(assetBody('Asset', 'img1'), 'ContentManagement.Asset.publish')).toMatchObject({
      contentType: 'Asset',
      id: 'img1',
      action: 'publish',
    });
    expect(call(assetBody('DeletedAsset', 'img1'))).toMatchObject({ contentType: 'Asset' });
  });

  it('takes the action from the topic only when the topic is well formed', () => {
    const body = publishBody('event', 'e1', 'a');
    expect(call(body, 'ContentManagement.Entry.auto_save').action).toBe('auto_save');
    expect(parseWebhook(body, null)).toMatchObject({ ok: true, call: { action: null } });
    expect(parseWebhook(body, 'nonsense')).toMatchObject({ ok: true, call: { action: null } });
  });

  it('ignores a slug that is not a slug, and says so', () => {
    const body = JSON.stringify({
      sys: { type: 'Entry', id: 'x1', contentType: { sys: { id: 'product' } } },
      fields: { slug: { vi: 'Mạch Nha' } },
    });
    const read = call(body);
    expect(read.slug).toBeNull();
    expect(read.notes[0]).toMatch(/fields\.slug "Mạch Nha" is not a valid slug/);
  });

  it('answers bad JSON with an error naming the body', () => {
    const parsed = parseWebhook('{"sys": ', 'ContentManagement.Entry.publish');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(/^The body is not JSON/);
    expect(parsed.issues).toEqual([
      { field: '(body)', message: expect.stringMatching(/^not JSON/) },
    ]);
    expect(parseWebhook('').ok).toBe(false);
  });

  it('answers a body of the wrong shape with each bad field', () => {
    const cases: Array<[body: unknown, field: string]> = [
      [[], '(body)'],
      ['text', '(body)'],
      [{}, 'sys'],
      [{ sys: { type: 'ContentType', id: 'product' } }, 'sys.type'],
      [{ sys: { type: 'Entry', contentType: { sys: { id: 'product' } } } }, 'sys.id'],
      [{ sys: { type: 'Entry', id: 'x' } }, 'sys.contentType'],
      [{ sys: { type: 'Entry', id: 'a b<script>', contentType: { sys: { id: 'p' } } } }, 'sys.id'],
      [
        { sys: { type: 'Entry', id: 'x', contentType: { sys: { id: 7 } } } },
        'sys.contentType.sys.id',
      ],
      [{ sys: { type: 'Asset', id: 'x' }, fields: 'none' }, 'fields'],
    ];
    for (const [body, field] of cases) {
      const parsed = parseWebhook(JSON.stringify(body));
      expect(parsed.ok, JSON.stringify(body)).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.issues.map((i) => i.field)).toContain(field);
      expect(parsed.error).toContain(field);
    }
  });
});

describe('what a change refreshes', () => {
  it('a product: its pages, its producer, the points selling it, events and articles showing it', () => {
    const slug = 'banh-trang-huy-cuong';
    const plan = planRevalidation(call(publishBody('product', 'pX', slug)), { dataset });
    expect(plan.tags).toEqual(['content']);
    expect(plan.entry).toEqual({ contentType: 'product', id: 'pX', slug });
    expect(plan.notes).toEqual([]);
    expect(plan.paths).toEqual([...plan.paths].sort());
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        ...both(`/products/${slug}`),
        `/api/v1/products/${slug}`,
        `/embed/products/${slug}`,
        ...both('/producers/banh-trang-huy-cuong'),
        // Lists, home and figures.
        ...both(''),
        ...both('/products'),
        ...both('/producers'),
        ...both('/stats'),
        '/api/v1/products',
        '/api/v1/stats',
        // Feeds and downloads.
        '/feeds/changes.xml',
        '/data/products.csv',
        '/sitemap.xml',
        // The map data and the points that sell it.
        '/api/v1/retail-points',
        '/data/retail-points.geojson',
        ...both('/where-to-buy'),
        ...both('/where-to-buy/co-opmart-quang-ngai'),
        // Events and articles that show it.
        ...both('/events/phien-cho-ocop-nghia-lo-thang-6-2024'),
        ...both('/news/nguoi-mua-chua-biet-mua-san-pham-ocop-o-dau'),
      ]),
    );
    const product = dataset.products.find((p) => p.slug === slug)!;
    for (const point of dataset.retailPoints.filter((p) => p.products.includes(slug)))
      expect(plan.paths).toContain(`/en/where-to-buy/${point.slug}`);
    for (const event of dataset.events.filter((e) => e.products.includes(slug)))
      expect(plan.paths).toContain(`/en/events/${event.slug}`);
    expect(plan.paths).toContain(`/vi/producers/${product.producer}`);
    // News feeds are about articles, not products.
    expect(plan.paths).not.toContain('/feeds/news.xml');
    // A fair's page and API record show the product; its calendar file and card do not.
    expect(plan.paths).toContain('/api/v1/events/phien-cho-ocop-nghia-lo-thang-6-2024');
    expect(plan.paths).not.toContain('/embed/events/phien-cho-ocop-nghia-lo-thang-6-2024');
    // Other records are left out.
    expect(plan.paths).not.toContain('/vi/products/gao-an-tra');
  });

  it('a producer: its page and API record, its products, the fairs it joined, lists and CSVs', () => {
    const producer = dataset.producers.find(
      (p) =>
        dataset.products.filter((product) => product.producer === p.slug).length > 1 &&
        dataset.events.some((e) => e.participants.includes(p.slug)),
    )!;
    const plan = planRevalidation(call(publishBody('producer', 'r1', producer.slug)), { dataset });
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        ...both(`/producers/${producer.slug}`),
        `/api/v1/producers/${producer.slug}`,
        ...both('/producers'),
        '/data/producers.csv',
        ...dataset.products
          .filter((p) => p.producer === producer.slug)
          .flatMap((p) => both(`/products/${p.slug}`)),
        ...dataset.events
          .filter((e) => e.participants.includes(producer.slug))
          .flatMap((e) => both(`/events/${e.slug}`)),
      ]),
    );
    expect(plan.paths).not.toContain('/feeds/changes.xml');
  });

  it('an event: its page, API record, calendar and card, the calendar feed, participants, articles', () => {
    const event = dataset.events.find(
      (e) =>
        e.participants.length > 0 && dataset.articles.some((a) => a.relatedEvents.includes(e.slug)),
    )!;
    const plan = planRevalidation(call(publishBody('event', 'e1', event.slug)), { dataset });
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        ...both(`/events/${event.slug}`),
        `/api/v1/events/${event.slug}`,
        `/api/v1/events/${event.slug}/ics`,
        `/embed/events/${event.slug}`,
        ...both('/events'),
        ...both(''),
        '/feeds/events.ics',
        '/api/v1/events',
        ...event.participants.flatMap((p) => both(`/producers/${p}`)),
        ...dataset.articles
          .filter((a) => a.relatedEvents.includes(event.slug))
          .flatMap((a) => both(`/news/${a.slug}`)),
      ]),
    );
  });

  it('a sales point: its page, the map data, and the products and producers it sells for', () => {
    const point = dataset.retailPoints.find((p) => p.products.length > 0)!;
    const plan = planRevalidation(call(publishBody('retailPoint', 't1', point.slug)), { dataset });
    const producers = dataset.products
      .filter((p) => point.products.includes(p.slug))
      .map((p) => p.producer);
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        ...both(`/where-to-buy/${point.slug}`),
        ...both('/where-to-buy'),
        '/api/v1/retail-points',
        '/data/retail-points.geojson',
        ...point.products.flatMap((p) => both(`/products/${p}`)),
        ...producers.flatMap((p) => both(`/producers/${p}`)),
      ]),
    );
  });

  it('an article: its page, the news list, home, the three news feeds and the events it is about', () => {
    const article = dataset.articles.find((a) => a.relatedEvents.length > 0)!;
    const plan = planRevalidation(call(publishBody('article', 'a1', article.slug)), { dataset });
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        ...both(`/news/${article.slug}`),
        ...both('/news'),
        ...both(''),
        '/feeds/news.xml',
        '/feeds/news.atom',
        '/feeds/news.json',
        ...article.relatedEvents.flatMap((e) => both(`/events/${e}`)),
      ]),
    );
    expect(plan.paths).not.toContain('/feeds/changes.xml');
  });

  it.each([
    ['siteSettings', /every page/],
    ['groupScheme', /product groups/],
    ['area', /areas/],
    ['evaluationRound', /rounds/],
    ['image', /image entry/],
  ])('%s: everything, and says why', (contentType, reason) => {
    const plan = planRevalidation(call(publishBody(contentType, 'x1', 'some-slug')), { dataset });
    expect(plan.tags).toEqual(['content']);
    expect(plan.paths).toEqual([everyPath]);
    expect(plan.notes.at(-1)).toMatch(/^Everything is refreshed: /);
    expect(plan.notes.at(-1)).toMatch(reason);
  });

  it('an asset, published or removed: everything', () => {
    for (const body of [assetBody('Asset', 'img1'), assetBody('DeletedAsset', 'img1')]) {
      const plan = planRevalidation(call(body, 'ContentManagement.Asset.publish'), { dataset });
      expect(plan).toMatchObject({ tags: ['content'], paths: ['*'] });
      expect(plan.entry).toEqual({ contentType: 'Asset', id: 'img1', slug: null });
    }
  });

  it('a content type the site does not know: everything, naming it', () => {
    const plan = planRevalidation(call(publishBody('recipe', 'x1', 'pho')), { dataset });
    expect(plan.paths).toEqual(['*']);
    expect(plan.notes.at(-1)).toMatch(/"recipe" is not one the site knows/);
    // Names of Object.prototype are content types like any other.
    expect(planRevalidation(call(publishBody('constructor', 'x1')), { dataset }).paths).toEqual([
      '*',
    ]);
  });

  it('an unpublished entry found by its id: the pages that showed it', () => {
    const locateEntry: LocateEntry = (id) =>
      id === 'gone' ? { collection: 'products', slug: 'gao-an-tra' } : undefined;
    const unpublish = call(
      deletedEntryBody('product', 'gone'),
      'ContentManagement.Entry.unpublish',
    );
    const plan = planRevalidation(unpublish, { dataset, locateEntry });
    expect(plan.entry.slug).toBe('gao-an-tra');
    expect(plan.paths).toEqual(expect.arrayContaining(both('/products/gao-an-tra')));
    expect(plan.paths).not.toContain('*');
  });

  it('finds an unpublished entry by the source ids the Contentful source keeps', () => {
    const withIds = {
      ...dataset,
      sourceIds: { 'e-42': { collection: 'products' as const, slug: 'gao-an-tra' } },
    };
    const unpublish = call(
      deletedEntryBody('product', 'e-42'),
      'ContentManagement.Entry.unpublish',
    );
    const plan = planRevalidation(unpublish, { dataset: withIds });
    expect(plan.entry.slug).toBe('gao-an-tra');
    expect(plan.paths).toEqual(expect.arrayContaining(both('/products/gao-an-tra')));
  });

  it('an unpublished entry that cannot be placed: everything, and says why', () => {
    const unpublish = call(deletedEntryBody('product', 'gone'), 'ContentManagement.Entry.delete');
    for (const locateEntry of [undefined, () => undefined]) {
      const plan = planRevalidation(unpublish, { dataset, locateEntry });
      expect(plan).toMatchObject({ tags: ['content'], paths: ['*'] });
      expect(plan.notes.at(-1)).toMatch(/names no slug/);
    }
  });

  it('ignores a located record of another collection than the content type', () => {
    const locateEntry: LocateEntry = () => ({ collection: 'events', slug: 'gao-an-tra' });
    const plan = planRevalidation(call(deletedEntryBody('product', 'x')), { dataset, locateEntry });
    expect(plan.paths).toEqual(['*']);
  });

  it('a renamed slug: both the old and the new addresses', () => {
    const locateEntry: LocateEntry = () => ({ collection: 'products', slug: 'gao-an-tra' });
    const plan = planRevalidation(call(publishBody('product', 'p1', 'gao-an-tra-moi')), {
      dataset,
      locateEntry,
    });
    expect(plan.entry.slug).toBe('gao-an-tra-moi');
    expect(plan.paths).toEqual(
      expect.arrayContaining([
        ...both('/products/gao-an-tra'),
        ...both('/products/gao-an-tra-moi'),
      ]),
    );
    expect(plan.notes).toContain(
      'The slug changed from "gao-an-tra" to "gao-an-tra-moi": both addresses are refreshed.',
    );
  });

  it('a new record: its own pages and the lists, noting that nothing links to it yet', () => {
    const plan = planRevalidation(call(publishBody('product', 'new', 'tra-moi-2027')), { dataset });
    expect(plan.paths).toEqual(
      expect.arrayContaining([...both('/products/tra-moi-2027'), ...both('/products')]),
    );
    expect(plan.paths.filter((p) => p.startsWith('/vi/producers/'))).toEqual([]);
    expect(plan.notes[0]).toMatch(/not in the content in force/);
  });

  it('when the content cannot be read: everything', () => {
    const plan = planRevalidation(call(publishBody('product', 'p1', 'gao-an-tra')), {
      dataset: undefined,
    });
    expect(plan).toMatchObject({ tags: ['content'], paths: ['*'] });
    expect(plan.notes.at(-1)).toMatch(/could not be read/);
  });

  it.each(['create', 'save', 'auto_save', 'archive', 'unarchive'])(
    '%s: nothing, since drafts are not public',
    (action) => {
      const plan = planRevalidation(
        call(publishBody('product', 'p1', 'gao-an-tra'), `ContentManagement.Entry.${action}`),
        { dataset },
      );
      expect(plan).toMatchObject({ tags: [], paths: [] });
      expect(plan.notes.at(-1)).toMatch(/changes drafts only/);
    },
  );

  it('every content type of the model maps to pages or to everything', () => {
    const types = ['product', 'producer', 'event', 'retailPoint', 'article'];
    for (const contentType of types) {
      const plan = planRevalidation(call(publishBody(contentType, 'x', 'gao-an-tra')), { dataset });
      expect(plan.paths).not.toContain('*');
      expect(plan.tags).toEqual(['content']);
    }
  });
});
