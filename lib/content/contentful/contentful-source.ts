/**
 * The Contentful source: reads every published entry and asset of the space (both locales), maps
 * them through the model (./model.ts, ./codec.ts) into the same zod-checked domain objects as the
 * local source, and reports what it had to leave out by entry id and field.
 *
 * Reading: each content type is paged (at most 1,000 entries a request, the API's limit), links are
 * left unresolved by the API (`include: 0`) and resolved here from the full collections, so a link
 * to an unpublished or deleted entry is simply dropped. Requests are throttled (30 a second, the
 * Delivery API's uncached limit) and retried with backoff on 429 and 5xx by the SDK, which waits for
 * `X-Contentful-RateLimit-Reset` when the API sends it.
 *
 * No Contentful type leaves this folder: the result is a plain Dataset.
 */
import { createHash } from 'node:crypto';
import {
  createClient,
  type Asset,
  type ContentfulClientApi,
  type CreateClientParams,
  type Entry,
  type EntrySkeletonType,
  type FieldsType,
} from 'contentful';
import type { z } from 'zod';
import {
  ContentUnavailableError,
  type ContentLoadResult,
  type ContentProblem,
  type ContentSource,
} from '../content-source';
import { resolveReferences, type Collection } from '../references';
import {
  areaSchema,
  articleSchema,
  eventSchema,
  evaluationRoundSchema,
  groupSchemeSchema,
  producerSchema,
  productSchema,
  retailPointSchema,
  siteSettingsSchema,
  type Dataset,
  type Image,
  type RecordCollectionName,
} from '../schema';
import { parseRecord } from '../validate';
import {
  fieldIdForPath,
  fromEntryFields,
  type ContentfulLink,
  type LocalizedFields,
} from './codec';
import {
  contentModel,
  contentTypeSpec,
  defaultLocale,
  type ContentTypeId,
  type FieldSpec,
} from './model';

export interface ContentfulSourceOptions {
  space: string;
  accessToken: string;
  environment: string;
  /** `host` or `host:port`; a loopback host is spoken to over plain HTTP (the test stub). */
  host?: string;
  /** Read drafts through the Preview API (draft mode) instead of published content. */
  preview?: boolean;
  /** Asset URLs under this address become site paths again (pictures exported from content/). */
  siteUrl: string;
  /** Per request; the SDK retries a request that times out. */
  timeoutMs?: number;
  /** Retries of one request on 429, 5xx or a network error. */
  retryLimit?: number;
  pageSize?: number;
  requestsPerSecond?: number;
}

/** Every entry read is typed by its content type id; the fields are read through the model. */
type ModelSkeleton<Id extends ContentTypeId = ContentTypeId> = EntrySkeletonType<FieldsType, Id>;
type AllLocalesClient = ContentfulClientApi<'WITH_ALL_LOCALES' | 'WITHOUT_LINK_RESOLUTION'>;
type RawEntry = Entry<ModelSkeleton, 'WITH_ALL_LOCALES' | 'WITHOUT_LINK_RESOLUTION'>;
type RawAsset = Asset<'WITH_ALL_LOCALES'>;

/** The API's page limit. */
const maxPageSize = 1000;

const collectionTypes = {
  products: 'product',
  producers: 'producer',
  events: 'event',
  retailPoints: 'retailPoint',
  articles: 'article',
} as const satisfies Record<Exclude<Collection, 'settings'>, ContentTypeId>;

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

export function createContentfulSource(options: ContentfulSourceOptions): ContentSource {
  // A delivery host given for another region (cdn.eu.contentful.com) has its preview twin.
  const host = options.preview
    ? (options.host?.replace(/^cdn\./, 'preview.') ?? 'preview.contentful.com')
    : (options.host ?? 'cdn.contentful.com');
  const params: CreateClientParams & { throttle: number } = {
    space: options.space,
    accessToken: options.accessToken,
    environment: options.environment,
    host,
    insecure: isLoopback(host),
    timeout: options.timeoutMs ?? 15_000,
    retryLimit: options.retryLimit ?? 5,
    // contentful.js hands its options to contentful-sdk-core's HTTP client, which throttles
    // requests; the SDK's own type does not list the option (contentful 11.12).
    throttle: options.requestsPerSecond ?? 30,
    // The SDK logs each retry; one line per retry is enough, and the final failure is ours to log.
    logHandler: (level, data) => {
      if (level === 'warning' || level === 'error') console.warn(`Contentful: ${String(data)}`);
    },
  };
  const client = createClient(params).withAllLocales.withoutLinkResolution as AllLocalesClient;
  return {
    name: 'contentful',
    load: () => loadContentful(client, options),
  };
}

/** Reads a whole collection page by page, halving the page when a response would be too big. */
async function readAll<T>(
  fetchPage: (skip: number, limit: number) => Promise<{ items: T[]; total: number }>,
  pageSize: number,
): Promise<T[]> {
  const items: T[] = [];
  let limit = Math.min(pageSize, maxPageSize);
  for (let skip = 0; ;) {
    let page: { items: T[]; total: number };
    try {
      page = await fetchPage(skip, limit);
    } catch (error) {
      // The Delivery API refuses answers over 7 MB ("Response size too big"): ask for fewer.
      if (limit > 1 && /response size too big/i.test(String((error as Error).message))) {
        limit = Math.ceil(limit / 2);
        continue;
      }
      throw error;
    }
    items.push(...page.items);
    skip += page.items.length;
    if (page.items.length === 0 || skip >= page.total) return items;
  }
}

async function loadContentful(
  client: AllLocalesClient,
  options: ContentfulSourceOptions,
): Promise<ContentLoadResult> {
  const pageSize = options.pageSize ?? maxPageSize;
  const typeIds = contentModel.map((type) => type.id);
  const [assets, ...collections] = await Promise.all([
    readAll<RawAsset>(
      (skip, limit) => client.getAssets({ skip, limit, order: ['sys.id'] }),
      pageSize,
    ),
    ...typeIds.map((type) =>
      readAll<RawEntry>(
        (skip, limit) =>
          client.getEntries<ModelSkeleton>({
            content_type: type,
            skip,
            limit,
            order: ['sys.id'],
            include: 0,
          }),
        pageSize,
      ),
    ),
  ]);
  const entriesByType = new Map(typeIds.map((type, index) => [type, collections[index] ?? []]));
  return toDataset(entriesByType, assets, options.siteUrl);
}

/** `//images.ctfassets.net/…` → https; pictures exported from this site become site paths again. */
export function toImageSrc(url: string, siteUrl: string): string {
  if (url.startsWith(`${siteUrl}/`)) return url.slice(siteUrl.length);
  return url.startsWith('//') ? `https:${url}` : url;
}

/** Maps what was read into a dataset. Exported for tests that feed entries without a server. */
export function toDataset(
  entriesByType: Map<ContentTypeId, RawEntry[]>,
  assets: RawAsset[],
  siteUrl: string,
): ContentLoadResult {
  const problems: ContentProblem[] = [];
  const entries = (type: ContentTypeId) => entriesByType.get(type) ?? [];
  const entryById = new Map<string, RawEntry>();
  for (const entry of [...entriesByType.values()].flat()) entryById.set(entry.sys.id, entry);
  const assetById = new Map(assets.map((asset) => [asset.sys.id, asset]));
  const locate = (entry: RawEntry) =>
    `Contentful entry ${entry.sys.id} (${entry.sys.contentType.sys.id})`;

  const slugOfEntry = (entry: RawEntry): string | undefined => {
    const slug = (entry.fields as LocalizedFields).slug?.[defaultLocale];
    return typeof slug === 'string' ? slug : undefined;
  };

  const imageOf = (link: ContentfulLink): Image | undefined => {
    const entry = entryById.get(link.sys.id);
    if (!entry || entry.sys.contentType.sys.id !== 'image') return undefined;
    const fields = entry.fields as LocalizedFields;
    const assetRef = fields.asset?.[defaultLocale] as ContentfulLink | undefined;
    const asset = assetRef ? assetById.get(assetRef.sys.id) : undefined;
    const file = (asset?.fields.file as Record<string, RawAssetFile | undefined> | undefined)?.[
      defaultLocale
    ];
    const size = file?.details?.image;
    if (!file?.url || !size) return undefined;
    const words = fromEntryFields(contentTypeSpec('image'), fields, {
      slugOf: () => undefined,
      imageOf: () => undefined,
      onUnresolved: () => {},
    });
    return {
      ...(words as Omit<Image, 'src' | 'width' | 'height'>),
      src: toImageSrc(file.url, siteUrl),
      width: size.width,
      height: size.height,
    };
  };

  /** One entry as a raw domain record, its unresolved links reported. */
  const toRaw = (type: ContentTypeId, entry: RawEntry): Record<string, unknown> =>
    fromEntryFields(contentTypeSpec(type), entry.fields as LocalizedFields, {
      slugOf(link, linkType) {
        const target = entryById.get(link.sys.id);
        return target?.sys.contentType.sys.id === linkType ? slugOfEntry(target) : undefined;
      },
      imageOf,
      onUnresolved(field: FieldSpec, link: unknown) {
        const id = (link as ContentfulLink | undefined)?.sys?.id ?? '?';
        problems.push({
          location: locate(entry),
          field: field.id,
          message: `links to ${id}, which is not published (or not a ${field.linkTo}); the link was left out`,
        });
      },
    });

  /** Parses one entry; reports its problems under its id and the Contentful field names. */
  const parse = <T extends z.ZodType>(
    type: ContentTypeId,
    schema: T,
    entry: RawEntry,
    extra: Record<string, unknown> = {},
  ): z.output<T> | undefined => {
    const parsed = parseRecord(schema, { ...toRaw(type, entry), ...extra }, locate(entry));
    if (parsed.ok) return parsed.value;
    const spec = contentTypeSpec(type);
    problems.push(...parsed.problems.map((p) => ({ ...p, field: fieldIdForPath(spec, p.field) })));
    return undefined;
  };

  /** The one entry of a singleton type; the site cannot run without it. */
  const singleton = <T extends z.ZodType>(type: 'siteSettings' | 'groupScheme', schema: T) => {
    const [first, ...others] = entries(type);
    for (const other of others) {
      problems.push({
        location: locate(other),
        field: '(entry)',
        message: `only one ${type} entry is read; this one is ignored`,
      });
    }
    const value = first ? parse(type, schema, first) : undefined;
    if (value === undefined) {
      throw new ContentUnavailableError(
        `Contentful has no valid ${type} entry: the site cannot be drawn without it`,
        problems,
      );
    }
    return value as z.output<T>;
  };

  /** Every valid entry of a type; a repeated slug keeps the first entry (by id) and reports the rest. */
  const collection = <T extends z.ZodType>(
    type: ContentTypeId,
    schema: T,
    extra: (entry: RawEntry) => Record<string, unknown> = () => ({}),
  ): Array<z.output<T>> => {
    const seen = new Set<string>();
    const records: Array<z.output<T>> = [];
    for (const entry of entries(type)) {
      const record = parse(type, schema, entry, extra(entry));
      if (record === undefined) continue;
      const slug = (record as { slug: string }).slug;
      if (seen.has(slug)) {
        problems.push({
          location: locate(entry),
          field: 'slug',
          message: `slug "${slug}" is used twice`,
        });
        continue;
      }
      seen.add(slug);
      records.push(record);
    }
    // By slug, like the local source's files: the order an editor's ids come in means nothing.
    return records.sort((a, b) => {
      const [x, y] = [(a as { slug: string }).slug, (b as { slug: string }).slug];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  };

  const settings = singleton('siteSettings', siteSettingsSchema);
  const groupScheme = singleton('groupScheme', groupSchemeSchema);
  const dataset: Dataset = {
    version: contentVersion(entriesByType, assets),
    settings,
    groupScheme,
    areas: collection('area', areaSchema),
    rounds: collection('evaluationRound', evaluationRoundSchema),
    products: collection('product', productSchema),
    producers: collection('producer', producerSchema),
    // Contentful counts publications from 1; an event's revision counts its changes from 0.
    events: collection('event', eventSchema, (entry) => ({
      revision: Math.max(0, (entry.sys.revision ?? 1) - 1),
    })),
    retailPoints: collection('retailPoint', retailPointSchema),
    articles: collection('article', articleSchema),
  };

  const idBySlug = new Map<string, string>();
  const sourceIds: NonNullable<Dataset['sourceIds']> = {};
  for (const [collectionName, type] of Object.entries(collectionTypes)) {
    for (const entry of entries(type)) {
      const slug = slugOfEntry(entry);
      if (!slug) continue;
      idBySlug.set(`${collectionName}/${slug}`, entry.sys.id);
      sourceIds[entry.sys.id] = { collection: collectionName as RecordCollectionName, slug };
    }
  }
  dataset.sourceIds = sourceIds;
  const resolved = resolveReferences(dataset, (collectionName, slug) => {
    if (collectionName === 'settings') return 'Contentful entry siteSettings';
    const id = idBySlug.get(`${collectionName}/${slug}`);
    return `Contentful entry ${id ?? slug} (${collectionTypes[collectionName]})`;
  });
  return { dataset: resolved.dataset, problems: [...problems, ...resolved.problems] };
}

interface RawAssetFile {
  url?: string;
  details?: { image?: { width: number; height: number } };
}

/** A hash of every entry's and asset's id and revision: changes whenever anything is published. */
function contentVersion(entriesByType: Map<ContentTypeId, RawEntry[]>, assets: RawAsset[]): string {
  const stamps = [...[...entriesByType.values()].flat(), ...assets]
    .map((item) => `${item.sys.id}:${item.sys.revision}:${item.sys.updatedAt}`)
    .sort();
  return `cf-${createHash('sha256').update(stamps.join('\n')).digest('hex').slice(0, 16)}`;
}
