/**
 * What a Contentful webhook call means for the site: which entry changed (read from the body and
 * the X-Contentful-Topic header) and which cache tags to expire and public paths to report.
 *
 * Every reader goes through one cached dataset version tagged `content` (lib/content/index.ts), so
 * expiring that one tag is what refreshes a page; the path list says which pages show the entry,
 * for the editor reading the webhook log and for tests. It is a report, not a limit: pages not named
 * are refreshed too.
 */
import { z } from 'zod';
import { cacheTags } from '../content/cache-tags';
import {
  defaultLocale as contentfulDefaultLocale,
  type ContentTypeId,
} from '../content/contentful/model';
import { slugSchema, type Dataset, type RecordCollectionName } from '../content/schema';
import { locales } from '../i18n/locales';

// ---------------------------------------------------------------------------------------------------
// Reading the call

/** One thing wrong with a webhook body: the field (dotted path) and what is wrong with it. */
export interface WebhookIssue {
  field: string;
  message: string;
}

/** The entity a webhook call is about. */
export interface WebhookCall {
  /** The entry's content type id (`product`, `siteSettings`...), or `Asset` for an asset. */
  contentType: string;
  /** Contentful's entry or asset id. */
  id: string;
  /** From the payload's `slug` field; publish payloads carry it, unpublish and delete ones do not. */
  slug: string | null;
  /** The action named by X-Contentful-Topic (`publish`, `unpublish`, `delete`...), if any. */
  action: string | null;
  /** What was ignored while reading the call, to pass on in the answer. */
  notes: string[];
}

export type ParsedWebhook =
  { ok: true; call: WebhookCall } | { ok: false; error: string; issues: WebhookIssue[] };

// Contentful ids: letters, digits, dot, hyphen and underscore, at most 64 characters. Checking them
// keeps whatever a body holds out of the answer and the logs.
const contentfulIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a Contentful id (letters, digits, . _ -; 1 to 64)');

const entityTypes = ['Entry', 'DeletedEntry', 'Asset', 'DeletedAsset'] as const;

/**
 * The part of a webhook body this route reads. Publish payloads carry the whole entity with `fields`;
 * unpublish and delete payloads carry `sys` only, with type DeletedEntry or DeletedAsset.
 */
const webhookBodySchema = z
  .object({
    sys: z.object({
      type: z.enum(entityTypes, {
        message: `must be one of ${entityTypes.join(', ')}: subscribe the webhook to Entry and Asset events only`,
      }),
      id: contentfulIdSchema,
      contentType: z.object({ sys: z.object({ id: contentfulIdSchema }) }).optional(),
    }),
    fields: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.sys.type.endsWith('Entry') && !body.sys.contentType) {
      ctx.addIssue({
        code: 'custom',
        path: ['sys', 'contentType'],
        message: 'an entry must name its content type (sys.contentType.sys.id)',
      });
    }
  });

const topicPattern = /^ContentManagement\.(Entry|Asset)\.([A-Za-z_]+)$/;

/**
 * Reads a webhook body (the raw text, already verified) and its X-Contentful-Topic header. Bad JSON
 * or a body that is not an Entry or Asset payload gives an error naming each bad field, for a 400.
 */
export function parseWebhook(bodyText: string, topic?: string | null): ParsedWebhook {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `The body is not JSON: ${message}`,
      issues: [{ field: '(body)', message: `not JSON: ${message}` }],
    };
  }
  const result = webhookBodySchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.join('.') : '(body)',
      message: issue.message,
    }));
    return {
      ok: false,
      error: `Not a Contentful Entry or Asset webhook body: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
      issues,
    };
  }
  const { sys, fields } = result.data;
  const notes: string[] = [];
  const slug = readSlug(fields, notes);
  return {
    ok: true,
    call: {
      contentType: sys.type.endsWith('Asset') ? 'Asset' : (sys.contentType?.sys.id ?? ''),
      id: sys.id,
      slug,
      action: topic?.trim().match(topicPattern)?.[2] ?? null,
      notes,
    },
  };
}

/**
 * The slug from a publish payload's fields. It is not localised, so it sits under the default
 * locale; a value that is not a valid slug (the entry will fail the content checks) is ignored and
 * noted rather than refused, since the rest of the site still needs refreshing.
 */
function readSlug(fields: Record<string, unknown> | undefined, notes: string[]): string | null {
  const byLocale = fields?.slug;
  if (byLocale === undefined) return null;
  const value =
    byLocale !== null && typeof byLocale === 'object'
      ? ((byLocale as Record<string, unknown>)[contentfulDefaultLocale] ??
        Object.values(byLocale as Record<string, unknown>)[0])
      : undefined;
  if (typeof value === 'string' && slugSchema.safeParse(value).success) return value;
  notes.push(
    `fields.slug ${JSON.stringify(value ?? null)?.slice(0, 80)} is not a valid slug under "${contentfulDefaultLocale}": ignored.`,
  );
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Planning what to refresh

/** The collections whose records have pages of their own. */
export type RecordCollection = RecordCollectionName;

/** Where an entry lives in the domain: its collection and slug. */
export interface EntryLocation {
  collection: RecordCollection;
  slug: string;
}

/**
 * Finds the record of a Contentful entry id, for payloads without fields (unpublish, delete). Given
 * by the caller, since only the Contentful source knows entry ids; undefined when it does not know.
 */
export type LocateEntry = (entryId: string) => EntryLocation | undefined;

/** What one webhook call refreshes. */
export interface RevalidationPlan {
  /** Cache tags to expire; empty when the call changes nothing public. */
  tags: string[];
  /** Public paths that show the entry, sorted; `['*']` when every page may show it. */
  paths: string[];
  entry: { contentType: string; id: string; slug: string | null };
  /** Why the plan is what it is, when that is not obvious from the paths. */
  notes: string[];
}

/** The answer for "everything": the only path that is true for site-wide content. */
export const everyPath = '*';

/**
 * Where each content type's entries show: in a collection with pages of their own, or site-wide
 * (with the reason). Typed against the content model, so a content type added there must be placed
 * here too.
 */
const contentTypes: Record<ContentTypeId, { collection: RecordCollection } | { siteWide: string }> =
  {
    product: { collection: 'products' },
    producer: { collection: 'producers' },
    event: { collection: 'events' },
    retailPoint: { collection: 'retailPoints' },
    article: { collection: 'articles' },
    siteSettings: {
      siteWide:
        'the site settings (names, organisations, licence, sample-data notice) are on every page',
    },
    groupScheme: { siteWide: 'the product groups label and filter every product' },
    area: {
      siteWide:
        'areas name the places of products, producers, events and sales points, and filter the lists',
    },
    evaluationRound: {
      siteWide: 'evaluation rounds appear on certificates, lists, figures and the about page',
    },
    image: { siteWide: 'an image entry may be shared by products, events and articles' },
  };

/** Assets carry no content type; like site-wide entries they may show anywhere. */
const assetPlacement = {
  siteWide: 'an asset (a photo) may be used anywhere, and its payload does not say where',
};

/** Where entries of a payload's content type (or `Asset`) show; undefined for an unknown type. */
function placementOf(contentType: string) {
  if (contentType === 'Asset') return assetPlacement;
  // hasOwn: a payload naming "constructor" must not reach Object.prototype.
  return Object.hasOwn(contentTypes, contentType)
    ? contentTypes[contentType as ContentTypeId]
    : undefined;
}

// Only these actions change what the Delivery API serves; saves and archiving touch drafts only.
const publicActions = new Set(['publish', 'unpublish', 'delete']);

const inBothLanguages = (...pagePaths: string[]) =>
  pagePaths.flatMap((pagePath) => locales.map((lang) => `/${lang}${pagePath}`));

/**
 * A record's pages in both languages and its API record: what changes when the record or anything
 * it shows (a product's producer, a fair's participants) changes.
 */
const recordPages: Record<RecordCollection, (slug: string) => string[]> = {
  products: (slug) => [...inBothLanguages(`/products/${slug}`), `/api/v1/products/${slug}`],
  producers: (slug) => [...inBothLanguages(`/producers/${slug}`), `/api/v1/producers/${slug}`],
  events: (slug) => [...inBothLanguages(`/events/${slug}`), `/api/v1/events/${slug}`],
  retailPoints: (slug) => inBothLanguages(`/where-to-buy/${slug}`),
  articles: (slug) => inBothLanguages(`/news/${slug}`),
};

/** Further views of the record alone: its card for other sites, its calendar file. */
const recordExtras: Partial<Record<RecordCollection, (slug: string) => string[]>> = {
  products: (slug) => [`/embed/products/${slug}`],
  events: (slug) => [`/api/v1/events/${slug}/ics`, `/embed/events/${slug}`],
};

/** The lists, figures, feeds and downloads that draw on a whole collection. */
const collectionPaths: Record<RecordCollection, string[]> = {
  products: [
    ...inBothLanguages(
      '',
      '/products',
      '/producers',
      '/where-to-buy',
      '/stats',
      '/verify',
      '/about',
    ),
    ...inBothLanguages('/press'),
    '/api/v1/products',
    '/api/v1/producers',
    '/api/v1/retail-points',
    '/api/v1/stats',
    '/feeds/changes.xml',
    '/data/products.csv',
    '/data/producers.csv',
    '/data/retail-points.geojson',
    '/sitemap.xml',
  ],
  producers: [
    ...inBothLanguages('', '/producers', '/products', '/stats'),
    '/api/v1/producers',
    '/api/v1/products',
    '/api/v1/stats',
    '/data/producers.csv',
    '/data/products.csv',
    '/sitemap.xml',
  ],
  events: [
    ...inBothLanguages('', '/events', '/stats', '/press'),
    '/api/v1/events',
    '/api/v1/stats',
    '/feeds/events.ics',
    '/sitemap.xml',
  ],
  retailPoints: [
    ...inBothLanguages('', '/where-to-buy', '/stats'),
    '/api/v1/retail-points',
    '/api/v1/stats',
    '/data/retail-points.geojson',
    '/sitemap.xml',
  ],
  articles: [
    ...inBothLanguages('', '/news', '/press'),
    '/feeds/news.xml',
    '/feeds/news.atom',
    '/feeds/news.json',
    '/sitemap.xml',
  ],
};

type RecordRef = [collection: RecordCollection, slug: string];

/** Whether the dataset holds the record. */
function hasRecord(dataset: Dataset, [collection, slug]: RecordRef): boolean {
  return dataset[collection].some((record) => record.slug === slug);
}

/** The other records whose pages show this one (by name, card or link). */
function recordsShowing(dataset: Dataset, [collection, slug]: RecordRef): RecordRef[] {
  const refs = (target: RecordCollection, slugs: Iterable<string>) =>
    [...slugs].map((s): RecordRef => [target, s]);
  switch (collection) {
    case 'products': {
      const product = dataset.products.find((p) => p.slug === slug);
      return [
        ...refs('producers', product ? [product.producer] : []),
        ...refs(
          'retailPoints',
          dataset.retailPoints.filter((p) => p.products.includes(slug)).map((p) => p.slug),
        ),
        ...refs(
          'events',
          dataset.events.filter((e) => e.products.includes(slug)).map((e) => e.slug),
        ),
        ...refs(
          'articles',
          dataset.articles.filter((a) => a.relatedProducts.includes(slug)).map((a) => a.slug),
        ),
      ];
    }
    case 'producers':
      return [
        ...refs(
          'products',
          dataset.products.filter((p) => p.producer === slug).map((p) => p.slug),
        ),
        ...refs(
          'events',
          dataset.events.filter((e) => e.participants.includes(slug)).map((e) => e.slug),
        ),
      ];
    case 'events': {
      const event = dataset.events.find((e) => e.slug === slug);
      return [
        // A producer's page lists the fairs it took part in; an article's page its related events.
        ...refs('producers', event?.participants ?? []),
        ...refs(
          'articles',
          dataset.articles.filter((a) => a.relatedEvents.includes(slug)).map((a) => a.slug),
        ),
      ];
    }
    case 'retailPoints': {
      const productSlugs = new Set(dataset.retailPoints.find((p) => p.slug === slug)?.products);
      const producers = dataset.products
        .filter((p) => productSlugs.has(p.slug))
        .map((p) => p.producer);
      // A product's page says where to buy it; a producer's page where its products are sold.
      return [...refs('products', productSlugs), ...refs('producers', new Set(producers))];
    }
    case 'articles': {
      // An event's page lists the articles about it.
      const article = dataset.articles.find((a) => a.slug === slug);
      return refs('events', article?.relatedEvents ?? []);
    }
  }
}

/**
 * Works out what a webhook call refreshes. `dataset` is the content in force before the change (it
 * still knows an unpublished record and its old links); pass undefined when it could not be read.
 * Every public change expires the `content` tag: the path list names the pages showing the entry,
 * or `['*']` for site-wide content and whenever the entry cannot be placed.
 */
export function planRevalidation(
  call: WebhookCall,
  context: { dataset: Dataset | undefined; locateEntry?: LocateEntry },
): RevalidationPlan {
  const notes = [...call.notes];
  const placement = placementOf(call.contentType);
  const collection = placement && 'collection' in placement ? placement.collection : undefined;
  // The Contentful source keeps every entry's id, so an unpublished entry is found by id alone.
  const locateEntry = context.locateEntry ?? ((id: string) => context.dataset?.sourceIds?.[id]);
  const located = collection ? locateEntry(call.id) : undefined;
  const previousSlug = located && located.collection === collection ? located.slug : undefined;
  const entry = {
    contentType: call.contentType,
    id: call.id,
    slug: call.slug ?? previousSlug ?? null,
  };

  if (call.action !== null && !publicActions.has(call.action)) {
    notes.push(
      `${call.action} changes drafts only: nothing public to refresh. Subscribe the webhook to publish, unpublish and delete.`,
    );
    return { tags: [], paths: [], entry, notes };
  }
  const everything = (reason: string): RevalidationPlan => ({
    tags: [cacheTags.content],
    paths: [everyPath],
    entry,
    notes: [...notes, `Everything is refreshed: ${reason}.`],
  });

  if (!placement) {
    return everything(`the content type "${call.contentType}" is not one the site knows`);
  }
  if ('siteWide' in placement) return everything(placement.siteWide);
  if (!context.dataset) {
    return everything(
      'the content in force could not be read, so the pages showing the entry are unknown',
    );
  }
  const slugs = [...new Set([call.slug, previousSlug].filter((s): s is string => Boolean(s)))];
  if (slugs.length === 0) {
    return everything(
      'the call names no slug (unpublish and delete payloads carry only sys) and the entry id is not known',
    );
  }
  if (slugs.length > 1) {
    notes.push(
      `The slug changed from "${previousSlug}" to "${call.slug}": both addresses are refreshed.`,
    );
  }

  const { dataset } = context;
  const refs = slugs.map((slug): RecordRef => [placement.collection, slug]);
  if (!refs.some((ref) => hasRecord(dataset, ref))) {
    notes.push(
      'The entry is not in the content in force (new, or skipped by the content checks): pages linking to it are not listed.',
    );
  }
  const paths = new Set(collectionPaths[placement.collection]);
  const add = (list: string[] = []) => list.forEach((path) => paths.add(path));
  for (const ref of refs) {
    const [, slug] = ref;
    add(recordExtras[placement.collection]?.(slug));
    for (const [target, shownOn] of [ref, ...recordsShowing(dataset, ref)]) {
      add(recordPages[target](shownOn));
    }
  }
  return { tags: [cacheTags.content], paths: [...paths].sort(), entry, notes };
}
