/**
 * The whole dataset as a file for Contentful's own `contentful-import` tool (locales, content types
 * with their editor interfaces, entries, assets), so an editor seeds a new space from content/ in
 * one command. Entries and assets are marked published, so the import publishes them.
 */
import path from 'node:path';
import { imageMediaTypes } from '../../media-types';
import type { Dataset, Image } from '../schema';
import { toEntryFields, assetLink, type LocalizedFields } from './codec';
import { toContentTypeDefinition, toEditorInterface } from './content-type-definitions';
import { assetId, imageEntryId, recordEntryId, singletonEntryId } from './entry-ids';
import { contentModel, contentTypeSpec, contentfulLocales, type ContentTypeId } from './model';

export interface ExportedEntry {
  sys: {
    id: string;
    type: 'Entry';
    contentType: { sys: { type: 'Link'; linkType: 'ContentType'; id: ContentTypeId } };
    /** How many times the entry was published; the CDA calls this `revision`. */
    revision: number;
    publishedVersion: number;
  };
  fields: LocalizedFields;
}

export interface ExportedAsset {
  sys: { id: string; type: 'Asset'; revision: number; publishedVersion: number };
  fields: {
    title: Record<string, string>;
    file: Record<
      string,
      {
        /** Absolute: contentful-import fetches the file from here. */
        url: string;
        fileName: string;
        contentType: string;
        details: { image: { width: number; height: number } };
      }
    >;
  };
}

export interface ContentfulExport {
  locales: Array<{
    code: string;
    name: string;
    default: boolean;
    optional: boolean;
    fallbackCode: null;
    contentDeliveryApi: true;
    contentManagementApi: true;
  }>;
  contentTypes: ReturnType<typeof toContentTypeDefinition>[];
  editorInterfaces: ReturnType<typeof toEditorInterface>[];
  entries: ExportedEntry[];
  assets: ExportedAsset[];
}

/**
 * @param siteUrl where pictures with a site path (`/images/…`) can be fetched by contentful-import;
 *   the Contentful source turns URLs under it back into site paths.
 */
export function toContentfulExport(dataset: Dataset, siteUrl: string): ContentfulExport {
  const entries: ExportedEntry[] = [];
  const assets = new Map<string, ExportedAsset>();
  const imageEntries = new Map<string, ExportedEntry>();

  const entry = (
    type: ContentTypeId,
    id: string,
    fields: LocalizedFields,
    revision = 1,
  ): ExportedEntry => ({
    sys: {
      id,
      type: 'Entry',
      contentType: { sys: { type: 'Link', linkType: 'ContentType', id: type } },
      revision,
      publishedVersion: revision,
    },
    fields,
  });

  const addAsset = (image: Image): string => {
    const id = assetId(image.src);
    if (!assets.has(id)) {
      const url = image.src.startsWith('/') ? `${siteUrl}${image.src}` : image.src;
      const fileName = path.posix.basename(new URL(url).pathname) || 'image';
      assets.set(id, {
        sys: { id, type: 'Asset', revision: 1, publishedVersion: 1 },
        fields: {
          title: { vi: image.alt.vi, ...(image.alt.en ? { en: image.alt.en } : {}) },
          file: {
            vi: {
              url,
              fileName,
              contentType:
                imageMediaTypes[path.posix.extname(fileName).toLowerCase()] ??
                'application/octet-stream',
              details: { image: { width: image.width, height: image.height } },
            },
          },
        },
      });
    }
    return id;
  };

  const links = {
    entryId: recordEntryId,
    imageEntryId(image: Image): string {
      const id = imageEntryId(image);
      if (!imageEntries.has(id)) {
        const fields = toEntryFields(contentTypeSpec('image'), image, links);
        fields.asset = { vi: assetLink(addAsset(image)) };
        imageEntries.set(id, entry('image', id, fields));
      }
      return id;
    },
  };

  const add = (type: ContentTypeId, records: Array<{ slug: string }>) => {
    for (const record of records) {
      // An event's revision counts its changes after the first publication (iCalendar SEQUENCE).
      const revision = 1 + ((record as { revision?: number }).revision ?? 0);
      entries.push(
        entry(
          type,
          recordEntryId(type, record.slug),
          toEntryFields(contentTypeSpec(type), record, links),
          revision,
        ),
      );
    }
  };

  entries.push(
    entry(
      'siteSettings',
      singletonEntryId('siteSettings'),
      toEntryFields(contentTypeSpec('siteSettings'), dataset.settings, links),
    ),
    entry(
      'groupScheme',
      singletonEntryId('groupScheme'),
      toEntryFields(contentTypeSpec('groupScheme'), dataset.groupScheme, links),
    ),
  );
  add('area', dataset.areas);
  add('evaluationRound', dataset.rounds);
  add('producer', dataset.producers);
  add('product', dataset.products);
  add('event', dataset.events);
  add('retailPoint', dataset.retailPoints);
  add('article', dataset.articles);

  return {
    locales: contentfulLocales.map((locale) => ({
      code: locale.code,
      name: locale.name,
      default: locale.default,
      optional: locale.optional,
      fallbackCode: null,
      contentDeliveryApi: true,
      contentManagementApi: true,
    })),
    contentTypes: contentModel.map(toContentTypeDefinition),
    editorInterfaces: contentModel.map(toEditorInterface),
    // Image entries first: contentful-import publishes in order, and links should find their target.
    entries: [...imageEntries.values(), ...entries],
    assets: [...assets.values()],
  };
}
