/**
 * The embedded content source: reads the `content/` folder. Layout (one record per file, so edits
 * are easy to review):
 *
 *   settings.json, groups.json, areas.json, rounds.json
 *   products/<slug>.json  producers/<slug>.json  events/<slug>.json  retail-points/<slug>.json
 *   articles/<slug>.json with the body in articles/<slug>.vi.md and articles/<slug>.en.md
 *
 * A record that fails validation is skipped and reported; only unusable settings or group lists stop
 * the load, since no page can be drawn without them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
} from '../schema';
import { parseRecord } from '../validate';

/** Folder of each record collection inside the content directory. */
const folders: Record<Exclude<Collection, 'settings'>, string> = {
  products: 'products',
  producers: 'producers',
  events: 'events',
  retailPoints: 'retail-points',
  articles: 'articles',
};

/**
 * A path inside the content folder. The content folder is chosen at run time (CONTENT_DIR), so the
 * bundler must not try to trace it; next.config.js ships content/ with the server instead.
 */
function inContent(contentDir: string, ...parts: string[]): string {
  return path.join(/* turbopackIgnore: true */ contentDir, ...parts);
}

/**
 * How many files are read between two turns of the event loop. Each file is read synchronously:
 * at national scale (40,005 small files, in batches of 64) fs/promises' readFile took 3.0–4.1 s,
 * its callback form 2.3 s and readFileSync 1.0 s, most of the content load. Yielding after each
 * batch (under 10 ms of work) keeps a server that reloads its content answering meanwhile.
 */
const readBatchSize = 64;

/** A short hash over the digests of the files read, independent of the order they were read in. */
function hashFiles(files: Array<[string, string]>): string {
  const hash = createHash('sha256');
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(name).update('\0').update(text).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function createLocalSource(contentDir: string): ContentSource {
  return { name: 'local', load: () => loadLocalContent(contentDir) };
}

/** Reads and validates everything under `contentDir`. Problem locations are relative to the cwd. */
export async function loadLocalContent(contentDir: string): Promise<ContentLoadResult> {
  const problems: ContentProblem[] = [];
  // A digest of every file read, so the dataset's version is a hash of exactly what was loaded.
  const filesRead: Array<[string, string]> = [];
  const remember = (relativePath: string, text: string) =>
    filesRead.push([relativePath, createHash('sha256').update(text).digest('base64')]);
  const display = (...parts: string[]) =>
    path.relative(process.cwd(), inContent(contentDir, ...parts)) || '.';

  /** Reads a JSON file; reports a missing or malformed file instead of throwing. */
  const readJson = (relativePath: string): { ok: true; value: unknown } | { ok: false } => {
    let text: string;
    try {
      text = readFileSync(inContent(contentDir, relativePath), 'utf8');
      remember(relativePath, text);
    } catch {
      problems.push({
        location: display(relativePath),
        field: '(file)',
        message: 'cannot be read',
      });
      return { ok: false };
    }
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      problems.push({
        location: display(relativePath),
        field: '(file)',
        message: `is not valid JSON: ${(error as Error).message}`,
      });
      return { ok: false };
    }
  };

  /** A file the site cannot run without: any problem in it is fatal. */
  const readRequired = <T extends z.ZodType>(relativePath: string, schema: T): z.output<T> => {
    const raw = readJson(relativePath);
    if (raw.ok) {
      const parsed = parseRecord(schema, raw.value, display(relativePath));
      if (parsed.ok) return parsed.value;
      problems.push(...parsed.problems);
    }
    throw new ContentUnavailableError(`${display(relativePath)} is missing or invalid`, problems);
  };

  /** A JSON array of small records (areas, rounds): bad items are skipped one by one. */
  const readList = <T extends z.ZodType>(relativePath: string, schema: T): z.output<T>[] => {
    const raw = readJson(relativePath);
    if (!raw.ok) return [];
    if (!Array.isArray(raw.value)) {
      problems.push({
        location: display(relativePath),
        field: '(file)',
        message: 'must be a JSON array',
      });
      return [];
    }
    const items: z.output<T>[] = [];
    raw.value.forEach((item, index) => {
      const parsed = parseRecord(schema, item, display(relativePath));
      if (parsed.ok) items.push(parsed.value);
      else problems.push(...parsed.problems.map((p) => ({ ...p, field: `${index}.${p.field}` })));
    });
    return unique(items, (item) => (item as { slug: string }).slug, display(relativePath));
  };

  /** Drops records whose slug repeats an earlier one, reporting each. */
  const unique = <T>(
    items: T[],
    slugOf: (item: T) => string,
    location: string | ((slug: string) => string),
  ): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const slug = slugOf(item);
      if (!seen.has(slug)) return seen.add(slug);
      const where = typeof location === 'string' ? location : location(slug);
      problems.push({ location: where, field: 'slug', message: `slug "${slug}" is used twice` });
      return false;
    });
  };

  /** One record per JSON file in a folder; the file name must be the slug. */
  const readFolder = async <T extends z.ZodType>(
    collection: Exclude<Collection, 'settings'>,
    schema: T,
    enrich: (raw: Record<string, unknown>, slug: string) => Record<string, unknown> = (raw) => raw,
  ): Promise<z.output<T>[]> => {
    const folder = folders[collection];
    let names: string[];
    try {
      names = (await readdir(inContent(contentDir, folder)))
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch {
      problems.push({ location: display(folder), field: '(folder)', message: 'cannot be read' });
      return [];
    }
    /** One file: the record, or undefined (with its problems reported). */
    const readRecord = (name: string): z.output<T> | undefined => {
      const relativePath = `${folder}/${name}`;
      const raw = readJson(relativePath);
      if (!raw.ok) return undefined;
      if (typeof raw.value !== 'object' || raw.value === null || Array.isArray(raw.value)) {
        problems.push({
          location: display(relativePath),
          field: '(file)',
          message: 'must hold one JSON object',
        });
        return undefined;
      }
      const slug = name.slice(0, -'.json'.length);
      const parsed = parseRecord(
        schema,
        enrich(raw.value as Record<string, unknown>, slug),
        display(relativePath),
      );
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        return undefined;
      }
      if ((parsed.value as { slug: string }).slug !== slug) {
        problems.push({
          location: display(relativePath),
          field: 'slug',
          message: `must equal the file name "${slug}"`,
        });
        return undefined;
      }
      return parsed.value;
    };
    const records: z.output<T>[] = [];
    for (let start = 0; start < names.length; start += readBatchSize) {
      for (const name of names.slice(start, start + readBatchSize)) {
        const record = readRecord(name);
        if (record !== undefined) records.push(record);
      }
      await nextTurn();
    }
    return records;
  };

  /** Articles keep their bodies in Markdown files beside the JSON. */
  const withArticleBody = (raw: Record<string, unknown>, slug: string) => {
    const readBody = (lang: string) => {
      const relativePath = `${folders.articles}/${slug}.${lang}.md`;
      let text: string;
      try {
        text = readFileSync(inContent(contentDir, relativePath), 'utf8');
      } catch {
        return undefined;
      }
      remember(relativePath, text);
      return text.trim() || undefined;
    };
    return { ...raw, body: { vi: readBody('vi'), en: readBody('en') } };
  };

  const settings = readRequired('settings.json', siteSettingsSchema);
  const groupScheme = readRequired('groups.json', groupSchemeSchema);
  const areas = readList('areas.json', areaSchema);
  const rounds = readList('rounds.json', evaluationRoundSchema);
  const [products, producers, events, retailPoints, articles] = await Promise.all([
    readFolder('products', productSchema),
    readFolder('producers', producerSchema),
    readFolder('events', eventSchema),
    readFolder('retailPoints', retailPointSchema),
    readFolder('articles', articleSchema, withArticleBody),
  ]);

  const dataset: Dataset = {
    version: hashFiles(filesRead),
    settings,
    groupScheme,
    areas,
    rounds,
    products,
    producers,
    events,
    retailPoints,
    articles,
  };
  const resolved = resolveReferences(dataset, (collection, slug) =>
    collection === 'settings'
      ? display('settings.json')
      : display(folders[collection], `${slug}.json`),
  );
  return { dataset: resolved.dataset, problems: [...problems, ...resolved.problems] };
}
