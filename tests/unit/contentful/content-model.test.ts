import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BuiltinEditor } from 'contentful-migration';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { planLocaleChanges, type ExistingLocale } from '@/contentful/locale-setup';
import { pendingMigrations, toLogEntryId, type MigrationScript } from '@/contentful/migration-log';
import { inMemoryEnvironment, planMigration } from '@/contentful/migration-plan';
import { migrations } from '@/contentful/migrations';
import {
  contentModelChecksum,
  migrateContentModel,
} from '@/contentful/migrations/0001-content-model';
import {
  inDependencyOrder,
  toContentTypeDefinition,
  toEditorInterface,
  toFieldControl,
  toFieldDefinition,
  type BuiltinWidgetId,
} from '@/lib/content/contentful/content-type-definitions';
import {
  contentModel,
  contentTypeSpec,
  contentfulLocales,
  fieldPath,
  type ContentTypeId,
  type FieldSpec,
} from '@/lib/content/contentful/model';
import {
  areaSchema,
  articleSchema,
  evaluationRoundSchema,
  eventSchema,
  groupSchemeSchema,
  imageSchema,
  producerSchema,
  productSchema,
  retailPointSchema,
  siteSettingsSchema,
  type Dataset,
} from '@/lib/content/schema';

/** Keys of the dataset that a source computes rather than an editor writes. */
type DatasetMetadata = 'version' | 'sourceIds';

/** Where each collection of the dataset is edited; TypeScript fails here if a key is added. */
const collectionTypes: Record<Exclude<keyof Dataset, DatasetMetadata>, ContentTypeId> = {
  settings: 'siteSettings',
  groupScheme: 'groupScheme',
  areas: 'area',
  rounds: 'evaluationRound',
  products: 'product',
  producers: 'producer',
  events: 'event',
  retailPoints: 'retailPoint',
  articles: 'article',
};

const schemas: Record<ContentTypeId, z.ZodObject> = {
  siteSettings: siteSettingsSchema,
  groupScheme: groupSchemeSchema,
  area: areaSchema,
  evaluationRound: evaluationRoundSchema,
  image: imageSchema,
  product: productSchema,
  producer: producerSchema,
  event: eventSchema,
  retailPoint: retailPointSchema,
  article: articleSchema,
};

/** Domain values that no field holds, and where they come from instead. */
const derivedPaths: Partial<Record<ContentTypeId, Record<string, string>>> = {
  image: { src: 'the asset file', width: 'the asset file', height: 'the asset file' },
  event: { revision: "the entry's sys.revision" },
};

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The schema of the value at a dotted path of a record. */
function schemaAt(schema: z.ZodObject, dotted: string): z.ZodType {
  let current: z.ZodType = schema;
  for (const key of dotted.split('.')) {
    const object = unwrap(current);
    if (!(object instanceof z.ZodObject)) throw new Error(`${dotted}: ${key} is not in an object`);
    const next = object.shape[key] as z.ZodType | undefined;
    if (!next) throw new Error(`${dotted}: no ${key} in the schema`);
    current = next;
  }
  return current;
}

const isRequiredIn = (schema: z.ZodType) => !schema.safeParse(undefined).success;

/**
 * The paths a record must have, down to the level the model stores as one field: an object that
 * no field stores whole (a certificate, an address) is followed into its keys.
 */
function requiredPaths(schema: z.ZodObject, fields: FieldSpec[], prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, value]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (!isRequiredIn(value as z.ZodType)) return [];
    const inner = unwrap(value as z.ZodType);
    const isStoredWhole = fields.some((field) => fieldPath(field) === dotted);
    if (!isStoredWhole && inner instanceof z.ZodObject) {
      return requiredPaths(inner, fields, dotted);
    }
    return [dotted];
  });
}

function allPaths(schema: z.ZodObject, fields: FieldSpec[], prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, value]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    const inner = unwrap(value as z.ZodType);
    const isStoredWhole = fields.some((field) => fieldPath(field) === dotted);
    if (!isStoredWhole && inner instanceof z.ZodObject) return allPaths(inner, fields, dotted);
    return [dotted];
  });
}

function allowedValues(schema: z.ZodType): unknown[] | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return allowedValues(inner.element as z.ZodType);
  if (inner instanceof z.ZodEnum) return inner.options;
  if (inner instanceof z.ZodUnion) {
    return inner.options.map((option) => (option as z.ZodLiteral).value);
  }
  return undefined;
}

/** The regular expression a string schema requires, if any (zod keeps it on its checks). */
function regexSource(schema: z.ZodType): string | undefined {
  let inner = unwrap(schema);
  if (inner instanceof z.ZodArray) inner = unwrap(inner.element as z.ZodType);
  if (!(inner instanceof z.ZodString)) return undefined;
  const checks = (inner._zod.def.checks ?? []) as { _zod: { def: { pattern?: RegExp } } }[];
  return checks.find((check) => check._zod.def.pattern)?._zod.def.pattern?.source;
}

const everyField = contentModel.flatMap((spec) =>
  spec.fields.map((field) => ({ spec, field, label: `${spec.id}.${field.id}` })),
);
const fieldOf = (type: ContentTypeId, id: string) => {
  const field = contentTypeSpec(type).fields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no field ${type}.${id}`);
  return field;
};

describe('the content model', () => {
  it('has a content type for every collection of the dataset', () => {
    for (const id of Object.values(collectionTypes)) expect(contentTypeSpec(id).id).toBe(id);
    const modelled = new Set(contentModel.map((spec) => spec.id));
    expect(modelled).toEqual(new Set([...Object.values(collectionTypes), 'image']));
  });

  it('covers every required field of each schema with a required Contentful field', () => {
    for (const spec of contentModel) {
      const derived = derivedPaths[spec.id] ?? {};
      for (const dotted of requiredPaths(schemas[spec.id], spec.fields)) {
        if (dotted in derived) continue;
        const field = spec.fields.find((candidate) => fieldPath(candidate) === dotted);
        expect(field, `${spec.id}: no field holds ${dotted}`).toBeDefined();
        expect(field?.required, `${spec.id}.${field?.id} holds required ${dotted}`).toBe(true);
      }
    }
  });

  it('has a field for every value of each schema, optional ones included', () => {
    for (const spec of contentModel) {
      const derived = derivedPaths[spec.id] ?? {};
      const held = new Set(spec.fields.map(fieldPath));
      const missing = allPaths(schemas[spec.id], spec.fields).filter(
        (dotted) => !held.has(dotted) && !(dotted in derived),
      );
      expect(missing, spec.id).toEqual([]);
    }
  });

  it('gives every field a path that exists in the schema', () => {
    for (const { spec, field, label } of everyField) {
      if (field.kind === 'asset') continue;
      expect(() => schemaAt(schemas[spec.id], fieldPath(field)), label).not.toThrow();
    }
  });

  it('makes required only what the schema requires', () => {
    for (const { spec, field, label } of everyField) {
      if (!field.required || field.kind === 'asset') continue;
      expect(isRequiredIn(schemaAt(schemas[spec.id], fieldPath(field))), label).toBe(true);
    }
  });

  it('offers exactly the values of the schema enums', () => {
    const enumFields = everyField.filter(({ field }) => field.oneOf);
    expect(enumFields.map(({ label }) => label)).toContain('product.stars');
    for (const { spec, field, label } of enumFields) {
      expect(field.oneOf, label).toEqual(
        allowedValues(schemaAt(schemas[spec.id], fieldPath(field))),
      );
    }
    // And no enum of a stored value is left without an `in` validation.
    for (const { spec, field, label } of everyField) {
      if (field.kind === 'json' || field.kind === 'asset') continue;
      const values = allowedValues(schemaAt(schemas[spec.id], fieldPath(field)));
      if (values) expect(field.oneOf, label).toBeDefined();
    }
  });

  it('checks the same ranges as the schema', () => {
    for (const { spec, field, label } of everyField.filter(({ field }) => field.range)) {
      const schema = unwrap(schemaAt(schemas[spec.id], fieldPath(field)));
      const step = field.kind === 'integer' ? 1 : 0.001;
      const { min, max } = field.range!;
      if (min !== undefined) {
        expect(schema.safeParse(min).success, `${label} accepts ${min}`).toBe(true);
        expect(schema.safeParse(min - step).success, `${label} refuses below ${min}`).toBe(false);
      }
      if (max !== undefined) {
        expect(schema.safeParse(max).success, `${label} accepts ${max}`).toBe(true);
        expect(schema.safeParse(max + step).success, `${label} refuses above ${max}`).toBe(false);
      }
    }
  });

  it('checks the same patterns as the schema, and misses none', () => {
    for (const { spec, field, label } of everyField) {
      // A link holds a slug in the domain, checked where the linked entry's own slug is.
      if (!['symbol', 'text', 'symbols'].includes(field.kind)) continue;
      const schema = schemaAt(schemas[spec.id], fieldPath(field));
      // zod checks e-mail and web addresses with its own parsers; the model gives Contentful a
      // looser pattern that catches typing slips before publication.
      const format = (unwrap(schema) as { format?: string }).format;
      if (format === 'email' || format === 'url') {
        expect(field.pattern, label).toMatch(format === 'email' ? /@/ : /https\?:/);
        continue;
      }
      expect(field.pattern, label).toBe(regexSource(schema));
    }
  });

  it('keeps slugs unique and well formed wherever a record has one', () => {
    for (const spec of contentModel) {
      if (!('slug' in schemas[spec.id].shape)) continue;
      const slug = fieldOf(spec.id, 'slug');
      expect(slug, spec.id).toMatchObject({ kind: 'symbol', required: true, isUnique: true });
      expect(slug.pattern).toBe(regexSource(schemas[spec.id].shape.slug as z.ZodType));
    }
  });

  it('links only to content types that exist', () => {
    const ids = new Set(contentModel.map((spec) => spec.id));
    for (const { field, label } of everyField) {
      const isLink = ['link', 'links', 'image', 'images'].includes(field.kind);
      expect(field.linkTo !== undefined, `${label} linkTo`).toBe(isLink);
      if (field.linkTo) expect(ids.has(field.linkTo), label).toBe(true);
      if (field.kind === 'image' || field.kind === 'images') expect(field.linkTo).toBe('image');
    }
  });

  it('uses field ids that are unique per type and valid in Contentful', () => {
    for (const spec of contentModel) {
      const ids = spec.fields.map((field) => field.id);
      expect(new Set(ids).size, spec.id).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-zA-Z][a-zA-Z0-9_]{0,49}$/);
      // Contentful allows at most 50 fields per content type.
      expect(ids.length).toBeLessThanOrEqual(50);
    }
  });

  it('shows a one-line field of each type as its entries’ title', () => {
    for (const spec of contentModel) {
      expect(fieldOf(spec.id, spec.displayField).kind, spec.id).toBe('symbol');
    }
  });

  it('helps editors on every field and type', () => {
    for (const { spec, field, label } of everyField) {
      expect(field.help.trim(), label).not.toBe('');
      expect(field.name.trim(), label).not.toBe('');
      expect(spec.description.trim(), spec.id).not.toBe('');
    }
  });

  it('has Vietnamese as the default locale and English as an optional second', () => {
    expect(contentfulLocales).toEqual([
      expect.objectContaining({ code: 'vi', default: true, optional: false }),
      expect.objectContaining({ code: 'en', default: false, optional: true }),
    ]);
  });
});

describe('Contentful definitions', () => {
  it('turns the slug into a required, unique Symbol with its pattern', () => {
    expect(toFieldDefinition(fieldOf('product', 'slug'))).toEqual({
      id: 'slug',
      name: 'Đường dẫn (slug)',
      type: 'Symbol',
      localized: false,
      required: true,
      validations: [{ regexp: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } }, { unique: true }],
      disabled: false,
      omitted: false,
    });
  });

  it('limits the stars to 3, 4 and 5, picked from a dropdown', () => {
    expect(toFieldDefinition(fieldOf('product', 'stars'))).toMatchObject({
      type: 'Integer',
      required: true,
      validations: [{ in: [3, 4, 5] }],
    });
    const product = contentTypeSpec('product');
    expect(toFieldControl(fieldOf('product', 'stars'), product).widgetId).toBe('dropdown');
  });

  it('makes product images a non-empty list of links to image entries', () => {
    const images = toFieldDefinition(fieldOf('product', 'images'));
    expect(images).toMatchObject({
      type: 'Array',
      required: true,
      validations: [{ size: { min: 1 } }],
      items: { type: 'Link', linkType: 'Entry', validations: [{ linkContentType: ['image'] }] },
    });
    expect(images.linkType).toBeUndefined();
  });

  it('links an image entry to an image asset', () => {
    expect(toFieldDefinition(fieldOf('image', 'asset'))).toMatchObject({
      type: 'Link',
      linkType: 'Asset',
      required: true,
      validations: [{ linkMimetypeGroup: ['image'] }],
    });
  });

  it('links single entries with the target content type', () => {
    expect(toFieldDefinition(fieldOf('product', 'producer'))).toMatchObject({
      type: 'Link',
      linkType: 'Entry',
      validations: [{ linkContentType: ['producer'] }],
    });
    expect(toFieldDefinition(fieldOf('article', 'heroImage'))).toMatchObject({
      type: 'Link',
      linkType: 'Entry',
      validations: [{ linkContentType: ['image'] }],
    });
    expect(toFieldDefinition(fieldOf('event', 'participants')).items).toEqual({
      type: 'Link',
      linkType: 'Entry',
      validations: [{ linkContentType: ['producer'] }],
    });
  });

  it('maps every other kind to its Contentful type', () => {
    const typeOf = (type: ContentTypeId, id: string) => toFieldDefinition(fieldOf(type, id)).type;
    expect(typeOf('product', 'description')).toBe('Text');
    expect(typeOf('product', 'score')).toBe('Number');
    expect(typeOf('product', 'isFeatured')).toBe('Boolean');
    expect(typeOf('product', 'decisionDate')).toBe('Date');
    expect(typeOf('event', 'start')).toBe('Date');
    expect(typeOf('area', 'centre')).toBe('Location');
    expect(typeOf('product', 'priceVnd')).toBe('Object');
    expect(toFieldDefinition(fieldOf('product', 'keywords'))).toMatchObject({
      type: 'Array',
      items: { type: 'Symbol', validations: [] },
    });
  });

  it('localises exactly the fields the model localises', () => {
    for (const { field, label } of everyField) {
      expect(toFieldDefinition(field).localized, label).toBe(field.localized === true);
    }
  });

  it('refuses a rule Contentful cannot apply to the kind of field', () => {
    const field: FieldSpec = { id: 'x', name: 'X', kind: 'symbol', range: { min: 1 }, help: '…' };
    expect(() => toFieldDefinition(field)).toThrow(/x: range/);
    expect(() => toFieldDefinition({ ...field, kind: 'links', range: undefined })).toThrow(
      /needs linkTo/,
    );
  });

  it('builds a content type with its name, description and display field', () => {
    const definition = toContentTypeDefinition(contentTypeSpec('evaluationRound'));
    expect(definition).toMatchObject({
      sys: { id: 'evaluationRound', type: 'ContentType' },
      name: 'Đợt đánh giá',
      displayField: 'slug',
    });
    expect(definition.fields.map((field) => field.id)).toEqual(
      contentTypeSpec('evaluationRound').fields.map((field) => field.id),
    );
  });

  it('gives every field a built-in editor with its Vietnamese help', () => {
    expectTypeOf<BuiltinWidgetId>().toExtend<BuiltinEditor>();
    const product = toEditorInterface(contentTypeSpec('product'));
    expect(product.sys).toEqual({
      id: 'default',
      type: 'EditorInterface',
      contentType: { sys: { id: 'product', type: 'Link', linkType: 'ContentType' } },
    });
    const widget = (id: string) => product.controls.find((control) => control.fieldId === id);
    expect(widget('slug')).toEqual({
      fieldId: 'slug',
      widgetId: 'slugEditor',
      widgetNamespace: 'builtin',
      settings: { helpText: fieldOf('product', 'slug').help, trackingFieldId: 'name' },
    });
    expect(widget('description')?.widgetId).toBe('markdown');
    expect(widget('summary')?.widgetId).toBe('multipleLine');
    expect(widget('score')?.widgetId).toBe('numberEditor');
    expect(widget('keywords')?.widgetId).toBe('tagEditor');
    expect(widget('decisionDate')?.settings).toMatchObject({ format: 'dateonly' });
    expect(widget('producer')?.widgetId).toBe('entryLinkEditor');
    expect(widget('images')?.widgetId).toBe('entryLinksEditor');
    expect(widget('priceVnd')?.widgetId).toBe('objectEditor');
    expect(widget('isFeatured')?.widgetId).toBe('boolean');
    const events = toEditorInterface(contentTypeSpec('event')).controls;
    expect(events.find((control) => control.fieldId === 'start')?.settings).toMatchObject({
      format: 'timeZ',
      ampm: '24',
    });
    expect(events.find((control) => control.fieldId === 'kind')?.widgetId).toBe('dropdown');
    expect(events.find((control) => control.fieldId === 'venueCoordinates')?.widgetId).toBe(
      'locationEditor',
    );
    const image = toEditorInterface(contentTypeSpec('image')).controls;
    expect(image.find((control) => control.fieldId === 'asset')?.widgetId).toBe('assetLinkEditor');
    // A slug that is its own display field has nothing to be suggested from.
    const round = toEditorInterface(contentTypeSpec('evaluationRound')).controls;
    expect(round.find((control) => control.fieldId === 'slug')?.widgetId).toBe('singleLine');
  });

  it('orders content types so that link targets come first', () => {
    const ordered = inDependencyOrder(contentModel).map((spec) => spec.id);
    expect(new Set(ordered)).toEqual(new Set(contentModel.map((spec) => spec.id)));
    for (const { spec, field, label } of everyField) {
      if (field.linkTo) {
        expect(ordered.indexOf(field.linkTo), label).toBeLessThan(ordered.indexOf(spec.id));
      }
    }
  });
});

describe('migration 0001 (the content model)', () => {
  it('creates every content type in dependency order, passing contentful-migration’s checks', async () => {
    const plan = await planMigration(migrateContentModel, inMemoryEnvironment());
    expect(plan.errors).toEqual([]);
    const created = plan.steps
      .filter((step) => step.heading.startsWith('Create Content Type'))
      .map((step) => step.heading.replace('Create Content Type ', ''));
    expect(created).toEqual(inDependencyOrder(contentModel).map((spec) => spec.id));
  });

  it('sends each content type exactly as defined, then publishes it', async () => {
    const plan = await planMigration(migrateContentModel, inMemoryEnvironment());
    for (const spec of contentModel) {
      const step = plan.steps.find((s) => s.heading === `Create Content Type ${spec.id}`)!;
      const [save, publish] = step.requests;
      expect(save).toMatchObject({ method: 'PUT', url: `/content_types/${spec.id}` });
      expect(publish).toMatchObject({ method: 'PUT', url: `/content_types/${spec.id}/published` });
      const { name, description, displayField, fields } = toContentTypeDefinition(spec);
      expect(save!.data, spec.id).toEqual({ name, description, displayField, fields });
    }
  });

  it('sets every field’s editor and help text', async () => {
    const plan = await planMigration(migrateContentModel, inMemoryEnvironment());
    for (const spec of contentModel) {
      const step = plan.steps.find(
        (s) => s.heading === `Update field controls for Content Type ${spec.id}`,
      )!;
      const last = step.requests.at(-1)!;
      expect(last.url).toBe(`/content_types/${spec.id}/editor_interface`);
      expect((last.data as { controls: unknown[] }).controls, spec.id).toEqual(
        toEditorInterface(spec).controls,
      );
    }
  });

  it('brings an older environment to the model: edits what exists, adds what is missing', async () => {
    const contentTypes = contentModel.map((spec) => {
      const { sys, ...definition } = toContentTypeDefinition(spec);
      const fields =
        spec.id === 'product'
          ? definition.fields.filter((field) => field.id !== 'keywords')
          : definition.fields;
      return { ...definition, fields, sys: { ...sys, version: 2, publishedVersion: 1 } };
    });
    const editorInterfaces = Object.fromEntries(
      contentModel.map((spec) => {
        const editor = toEditorInterface(spec);
        return [spec.id, { ...editor, sys: { ...editor.sys, version: 2 } }];
      }),
    );
    const plan = await planMigration(
      migrateContentModel,
      inMemoryEnvironment({ contentTypes, editorInterfaces }),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.steps.some((step) => step.heading.startsWith('Create Content Type'))).toBe(false);
    const product = plan.steps.find((step) => step.heading === 'Update Content Type product')!;
    expect(product.details).toContain('Create field keywords');
    const saved = product.requests.find((request) => request.url === '/content_types/product')!;
    const savedIds = (saved.data as { fields: { id: string }[] }).fields.map((field) => field.id);
    expect(savedIds).toEqual(contentTypeSpec('product').fields.map((field) => field.id));
  });

  it('has a checksum that follows the model', () => {
    expect(contentModelChecksum).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('migrations and their log', () => {
  it('registers every migration file, in file order', () => {
    const folder = path.join(process.cwd(), 'contentful', 'migrations');
    const files = readdirSync(folder)
      .filter((name) => /^\d{4}-.+\.ts$/.test(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(migrations.map((script) => script.id)).toEqual(files);
    for (const script of migrations) expect(toLogEntryId(script.id)).toBe(`migration-${script.id}`);
  });

  const run = () => undefined;
  const once = (id: string): MigrationScript => ({ id, run });
  const repeatable = (id: string, checksum: string): MigrationScript => ({ id, run, checksum });
  const applied = (id: string, checksum?: string) => ({ id, checksum, appliedAt: '2026-01-01' });

  it('runs everything on a new environment, one-off migrations before repeatable ones', () => {
    const scripts = [repeatable('0001-model', 'a'), once('0003-move'), once('0002-rename')];
    expect(pendingMigrations(scripts, []).map((script) => script.id)).toEqual([
      '0002-rename',
      '0003-move',
      '0001-model',
    ]);
  });

  it('skips what has run, and reruns a repeatable migration only when its checksum changed', () => {
    const scripts = [repeatable('0001-model', 'b'), once('0002-rename')];
    expect(
      pendingMigrations(scripts, [applied('0001-model', 'b'), applied('0002-rename')]),
    ).toEqual([]);
    expect(
      pendingMigrations(scripts, [applied('0001-model', 'a'), applied('0002-rename')]).map(
        (script) => script.id,
      ),
    ).toEqual(['0001-model']);
  });

  it('refuses a migration id that cannot name an entry', () => {
    expect(() => toLogEntryId('0002 rename fields')).toThrow();
  });
});

describe('locale setup', () => {
  const locale = (overrides: Partial<ExistingLocale>): ExistingLocale => ({
    id: `id-${overrides.code}`,
    code: 'en-US',
    name: 'English (United States)',
    default: false,
    optional: false,
    fallbackCode: null,
    ...overrides,
  });

  it('turns a new space’s en-US into vi and adds English without fallback', () => {
    const changes = planLocaleChanges([locale({ code: 'en-US', default: true })], false);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'update',
        localeId: 'id-en-US',
        set: { code: 'vi', name: 'Tiếng Việt' },
      }),
      expect.objectContaining({
        kind: 'create',
        locale: { code: 'en', name: 'English', optional: true, fallbackCode: null },
      }),
    ]);
  });

  it('changes nothing when the locales are right', () => {
    const locales = [
      locale({ code: 'vi', default: true }),
      locale({ code: 'en', optional: true, fallbackCode: null }),
    ];
    expect(planLocaleChanges(locales, true)).toEqual([]);
  });

  it('removes the fallback of English and makes it optional', () => {
    const locales = [
      locale({ code: 'vi', default: true }),
      locale({ code: 'en', optional: false, fallbackCode: 'vi' }),
    ];
    expect(planLocaleChanges(locales, true)).toEqual([
      expect.objectContaining({ localeId: 'id-en', set: { optional: true, fallbackCode: null } }),
    ]);
  });

  it('clears fallbacks to the old default before renaming it', () => {
    const locales = [
      locale({ code: 'en-US', default: true }),
      locale({ code: 'en', optional: true, fallbackCode: 'en-US' }),
    ];
    expect(planLocaleChanges(locales, false).map((change) => change.description)).toEqual([
      'en: no fallback (was en-US)',
      'default locale en-US → vi (Tiếng Việt)',
    ]);
  });

  it('refuses to relabel existing content, or a vi that is not the default', () => {
    expect(() => planLocaleChanges([locale({ code: 'en-US', default: true })], true)).toThrow(
      /already has entries/,
    );
    const locales = [locale({ code: 'en-US', default: true }), locale({ code: 'vi' })];
    expect(() => planLocaleChanges(locales, false)).toThrow(/cannot change which locale/);
  });
});
