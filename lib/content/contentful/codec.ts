/**
 * Converts between domain records and Contentful entry fields, following the model's table
 * (./model.ts). Both directions live here so a round trip is the identity: the export writes what
 * the source reads back (a contract test checks it on the sample content).
 *
 * Contentful stores every field per locale (`{ vi: …, en: … }`); fields that are not localised
 * keep their value under the default locale.
 */
import type { Image, LocalizedText } from '../schema';
import {
  defaultLocale,
  fieldPath,
  type ContentTypeId,
  type ContentTypeSpec,
  type FieldSpec,
} from './model';

/** A link as Contentful writes it. */
export interface ContentfulLink {
  sys: { type: 'Link'; linkType: 'Entry' | 'Asset'; id: string };
}

/** An entry's or asset's fields: field id → locale → value. */
export type LocalizedFields = Record<string, Record<string, unknown> | undefined>;

export function entryLink(id: string): ContentfulLink {
  return { sys: { type: 'Link', linkType: 'Entry', id } };
}

export function assetLink(id: string): ContentfulLink {
  return { sys: { type: 'Link', linkType: 'Asset', id } };
}

export function isLink(value: unknown): value is ContentfulLink {
  const sys = (value as ContentfulLink | undefined)?.sys;
  return typeof sys?.id === 'string' && sys.type === 'Link';
}

function getPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (next === null || typeof next !== 'object') target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys.at(-1)!] = value;
}

// ---------------------------------------------------------------------------------------------------
// Domain → Contentful (the export)

export interface ExportLinks {
  /** The entry id of the record of `type` with this slug. */
  entryId(type: ContentTypeId, slug: string): string;
  /** The id of the image entry holding this image (the export creates it, with its asset). */
  imageEntryId(image: Image): string;
}

/** A domain record's fields in Contentful's shape, for contentful-import. */
export function toEntryFields(
  spec: ContentTypeSpec,
  record: object,
  links: ExportLinks,
): LocalizedFields {
  const fields: LocalizedFields = {};
  for (const field of spec.fields) {
    if (field.kind === 'asset') continue; // the image type's asset is written by the export itself
    const value = getPath(record, fieldPath(field));
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (field.localized) {
      const text = value as LocalizedText;
      fields[field.id] = text.en === undefined ? { vi: text.vi } : { vi: text.vi, en: text.en };
      continue;
    }
    fields[field.id] = { [defaultLocale]: toContentfulValue(field, value, links) };
  }
  return fields;
}

function toContentfulValue(field: FieldSpec, value: unknown, links: ExportLinks): unknown {
  switch (field.kind) {
    case 'location': {
      const { lat, lng } = value as { lat: number; lng: number };
      return { lat, lon: lng };
    }
    case 'link':
      return entryLink(links.entryId(field.linkTo!, value as string));
    case 'links':
      return (value as string[]).map((slug) => entryLink(links.entryId(field.linkTo!, slug)));
    case 'image':
      return entryLink(links.imageEntryId(value as Image));
    case 'images':
      return (value as Image[]).map((image) => entryLink(links.imageEntryId(image)));
    default:
      return value;
  }
}

// ---------------------------------------------------------------------------------------------------
// Contentful → domain (the source)

export interface ReadLinks {
  /** The slug of the linked entry, if it is published and of the expected type. */
  slugOf(link: ContentfulLink, type: ContentTypeId): string | undefined;
  /** The image of a linked image entry, if it and its asset are published. */
  imageOf(link: ContentfulLink): Image | undefined;
  /** Called for each link that does not resolve; the link is left out. */
  onUnresolved(field: FieldSpec, link: unknown): void;
}

/**
 * An entry's fields as a raw domain record, still to be checked by the zod schema. Links become
 * slugs (or images); links that do not resolve are left out and reported.
 */
export function fromEntryFields(
  spec: ContentTypeSpec,
  fields: LocalizedFields,
  links: ReadLinks,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of spec.fields) {
    const values = fields[field.id];
    if (!values) continue;
    if (field.localized) {
      const text: Record<string, unknown> = {};
      for (const [locale, value] of Object.entries(values)) {
        if (value !== undefined && value !== null && value !== '') text[locale] = value;
      }
      if (Object.keys(text).length > 0) setPath(record, fieldPath(field), text);
      continue;
    }
    const value = values[defaultLocale];
    if (value === undefined || value === null) continue;
    const domainValue = fromContentfulValue(field, value, links);
    if (domainValue !== undefined) setPath(record, fieldPath(field), domainValue);
  }
  return record;
}

function fromContentfulValue(field: FieldSpec, value: unknown, links: ReadLinks): unknown {
  const resolveOne = (link: unknown): unknown => {
    const resolved = !isLink(link)
      ? undefined
      : field.kind === 'image' || field.kind === 'images'
        ? links.imageOf(link)
        : links.slugOf(link, field.linkTo!);
    if (resolved === undefined) links.onUnresolved(field, link);
    return resolved;
  };
  switch (field.kind) {
    case 'location': {
      const { lat, lon } = value as { lat: number; lon: number };
      return { lat, lng: lon };
    }
    case 'link':
    case 'image':
      return resolveOne(value);
    case 'links':
    case 'images':
      return Array.isArray(value)
        ? value.map(resolveOne).filter((item) => item !== undefined)
        : value;
    case 'asset':
      return undefined; // read by the source with the asset itself
    default:
      return value;
  }
}

/**
 * The Contentful field behind a domain path reported by zod ("certificate.decisionNumber" →
 * "decisionNumber"), so the editor is told the field they see in the web app.
 */
export function fieldIdForPath(spec: ContentTypeSpec, domainPath: string): string {
  const matches = spec.fields
    .map((field) => ({ field, path: fieldPath(field) }))
    .filter(({ path }) => domainPath === path || domainPath.startsWith(`${path}.`))
    .sort((a, b) => b.path.length - a.path.length);
  const match = matches[0];
  if (!match) return domainPath;
  const rest = domainPath.slice(match.path.length);
  return `${match.field.id}${rest}`;
}
