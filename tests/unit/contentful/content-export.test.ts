/**
 * `npm run content:export`: the file must be one that contentful-import accepts. Its validation
 * schema (contentful-import 10, lib/utils/schema.ts, Joi with unknown keys allowed) is mirrored
 * below, plus what the import does not check but a working space needs: links that resolve,
 * fields that exist in their content type, values only in declared locales.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isLink } from '@/lib/content/contentful/codec';
import { toContentfulExport, type ContentfulExport } from '@/lib/content/contentful/export';
import { contentModel } from '@/lib/content/contentful/model';
import { loadLocalContent } from '@/lib/content/local/local-source';

const importPayloadSchema = z.looseObject({
  entries: z.array(z.looseObject({ sys: z.looseObject({}), fields: z.looseObject({}) })),
  contentTypes: z.array(
    z.looseObject({
      sys: z.looseObject({}),
      fields: z.array(
        z.looseObject({
          id: z.string(),
          name: z.string(),
          type: z.enum([
            'Symbol',
            'Text',
            'Integer',
            'Number',
            'Date',
            'Object',
            'Boolean',
            'Array',
            'Link',
            'Location',
          ]),
          validations: z.array(z.unknown()).optional(),
          disabled: z.boolean().optional(),
          omitted: z.boolean().optional(),
          required: z.boolean().optional(),
          localized: z.boolean().optional(),
          linkType: z.enum(['Asset', 'Entry']).optional(),
        }),
      ),
    }),
  ),
  assets: z.array(
    z.looseObject({
      sys: z.looseObject({}),
      fields: z.looseObject({
        file: z.record(
          z.string(),
          z.looseObject({
            url: z.string(),
            fileName: z.string(),
            contentType: z.string(),
            details: z
              .looseObject({ image: z.object({ width: z.number(), height: z.number() }) })
              .optional(),
          }),
        ),
      }),
    }),
  ),
  locales: z.array(
    z.looseObject({
      name: z.string(),
      code: z.string(),
      fallbackCode: z.string().nullable().optional(),
      default: z.boolean().optional(),
      optional: z.boolean().optional(),
    }),
  ),
  editorInterfaces: z.array(
    z.looseObject({
      sys: z.looseObject({}),
      controls: z.array(z.looseObject({ fieldId: z.string(), widgetId: z.string().optional() })),
    }),
  ),
});

const siteUrl = 'https://ocop.example.gov.vn';
let file: ContentfulExport;
let sampleCounts: Record<string, number>;

beforeAll(async () => {
  const { dataset } = await loadLocalContent(path.resolve('content'));
  file = toContentfulExport(dataset, siteUrl);
  sampleCounts = {
    product: dataset.products.length,
    producer: dataset.producers.length,
    event: dataset.events.length,
    retailPoint: dataset.retailPoints.length,
    article: dataset.articles.length,
    area: dataset.areas.length,
    evaluationRound: dataset.rounds.length,
    siteSettings: 1,
    groupScheme: 1,
  };
});

describe('the contentful-import file', () => {
  it('passes the import tool’s own validation', () => {
    expect(() => importPayloadSchema.parse(file)).not.toThrow();
  });

  it('declares vi as the default locale and en as optional', () => {
    expect(file.locales.map((l) => [l.code, l.default, l.optional])).toEqual([
      ['vi', true, false],
      ['en', false, true],
    ]);
  });

  it('holds one entry per record and a content type per kind of record', () => {
    expect(file.contentTypes.map((t) => t.sys.id).sort()).toEqual(
      contentModel.map((t) => t.id).sort(),
    );
    for (const [type, count] of Object.entries(sampleCounts)) {
      expect(
        file.entries.filter((e) => e.sys.contentType.sys.id === type),
        type,
      ).toHaveLength(count);
    }
    expect(new Set(file.entries.map((e) => e.sys.id)).size).toBe(file.entries.length);
  });

  it('writes only fields of the content type, localised ones per locale, the others under vi', () => {
    const locales = new Set(file.locales.map((l) => l.code));
    for (const entry of file.entries) {
      const type = contentModel.find((t) => t.id === entry.sys.contentType.sys.id)!;
      for (const [fieldId, values] of Object.entries(entry.fields)) {
        const field = type.fields.find((f) => f.id === fieldId);
        expect(field, `${entry.sys.id}.${fieldId}`).toBeDefined();
        for (const locale of Object.keys(values ?? {})) expect(locales.has(locale)).toBe(true);
        if (!field!.localized) expect(Object.keys(values ?? {})).toEqual(['vi']);
      }
      for (const field of type.fields.filter((f) => f.required)) {
        expect(entry.fields[field.id]?.vi, `${entry.sys.id} needs ${field.id}`).toBeDefined();
      }
    }
  });

  it('links only to entries and assets the file holds, of the linked type', () => {
    const entryTypes = new Map(file.entries.map((e) => [e.sys.id, e.sys.contentType.sys.id]));
    const assetIds = new Set(file.assets.map((a) => a.sys.id));
    let links = 0;
    for (const entry of file.entries) {
      const type = contentModel.find((t) => t.id === entry.sys.contentType.sys.id)!;
      for (const field of type.fields) {
        const value = entry.fields[field.id]?.vi;
        for (const item of Array.isArray(value) ? value : [value]) {
          if (!isLink(item)) continue;
          links += 1;
          if (item.sys.linkType === 'Asset') expect(assetIds.has(item.sys.id)).toBe(true);
          else
            expect(entryTypes.get(item.sys.id), `${entry.sys.id}.${field.id}`).toBe(field.linkTo);
        }
      }
    }
    expect(links).toBeGreaterThan(100);
  });

  it('gives pictures stored on the site as absolute URLs the import can fetch', () => {
    expect(file.assets.length).toBeGreaterThan(0);
    for (const asset of file.assets) {
      expect(asset.fields.file.vi!.url).toMatch(/^https:\/\/ocop\.example\.gov\.vn\/images\//);
      expect(asset.fields.file.vi!.contentType).toBe('image/svg+xml');
    }
  });

  it('marks everything published, so the import publishes it', () => {
    for (const item of [...file.entries, ...file.assets]) {
      expect(item.sys.publishedVersion).toBeGreaterThan(0);
    }
  });
});

describe('npm run content:export', () => {
  it('writes the file given by --out', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'export-'));
    try {
      const out = path.join(folder, 'space.json');
      const { stdout } = await promisify(execFile)(
        'npx',
        ['tsx', 'scripts/content-export.ts', '--out', out, '--site-url', siteUrl],
        { env: { ...process.env, CONTENT_SOURCE: 'local' } },
      );
      expect(stdout).toMatch(/\d+ entries/);
      expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(file)));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it('refuses to run without --out', async () => {
    await expect(
      promisify(execFile)('npx', ['tsx', 'scripts/content-export.ts']),
    ).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
