/**
 * Reading the base content and writing a synthetic dataset in the layout of content/ (see
 * lib/content/local/local-source.ts), so the local source, `content:check` and the site read it
 * unchanged.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { evaluationRoundSchema, groupSchemeSchema, siteSettingsSchema } from '../content/schema';
import type { SynthBase } from './context';
import { synthGeneratorVersion, type SynthOptions, type SyntheticDataset } from './dataset';

/**
 * Written last into a synthetic folder: says which N and seed made it (so a benchmark can reuse it)
 * and that the folder may be overwritten (so content:synth never clears a folder it did not write).
 */
export const markerFileName = '.synth.json';

export interface SynthMarker {
  generator: 'content-synth';
  version: number;
  products: number;
  seed: number;
}

const markerSchema = z.object({
  generator: z.literal('content-synth'),
  version: z.number(),
  products: z.number(),
  seed: z.number(),
});

/** Reads settings, groups and rounds of a content folder, validated; throws naming a bad file. */
export async function readSynthBase(contentDir: string): Promise<SynthBase> {
  const read = async <T extends z.ZodType>(name: string, schema: T): Promise<z.output<T>> => {
    const file = path.join(contentDir, name);
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} is invalid: ${parsed.error.message}`);
    return parsed.data;
  };
  return {
    settings: await read('settings.json', siteSettingsSchema),
    groupScheme: await read('groups.json', groupSchemeSchema),
    rounds: await read('rounds.json', z.array(evaluationRoundSchema)),
  };
}

/** The marker of a synthetic folder, or undefined when the folder was not written by content:synth. */
export async function readSynthMarker(dir: string): Promise<SynthMarker | undefined> {
  try {
    const parsed = markerSchema.safeParse(
      JSON.parse(await readFile(path.join(dir, markerFileName), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds a complete dataset written by this generator version with these options. */
export async function isSyntheticDatasetCurrent(dir: string, options: SynthOptions) {
  const marker = await readSynthMarker(dir);
  return (
    marker?.version === synthGeneratorVersion &&
    marker.products === options.products &&
    marker.seed === options.seed
  );
}

/** Two-space JSON with a final newline, as the sample content is written. */
const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every file of the dataset, by path relative to the folder, in a fixed order. */
function toFiles(dataset: SyntheticDataset): [relativePath: string, text: string][] {
  return [
    ['settings.json', toJson(dataset.settings)],
    ['groups.json', toJson(dataset.groupScheme)],
    ['rounds.json', toJson(dataset.rounds)],
    ['areas.json', toJson(dataset.areas)],
    ...dataset.products.map((r) => [`products/${r.slug}.json`, toJson(r)] as [string, string]),
    ...dataset.producers.map((r) => [`producers/${r.slug}.json`, toJson(r)] as [string, string]),
    ...dataset.retailPoints.map(
      (r) => [`retail-points/${r.slug}.json`, toJson(r)] as [string, string],
    ),
    ...dataset.events.map((r) => [`events/${r.slug}.json`, toJson(r)] as [string, string]),
    ...dataset.articles.flatMap(({ record, body }): [string, string][] => [
      [`articles/${record.slug}.json`, toJson(record)],
      [`articles/${record.slug}.vi.md`, body.vi],
      [`articles/${record.slug}.en.md`, body.en],
    ]),
  ];
}

const folders = ['products', 'producers', 'retail-points', 'events', 'articles'];

/**
 * Empties `dir` for a new dataset. Refuses a folder that has files but no marker: that could be the
 * real content folder or someone's work.
 */
async function prepareFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  if (entries.length > 0) {
    if (!(await readSynthMarker(dir))) {
      throw new Error(
        `${dir} is not empty and was not written by content:synth (no ${markerFileName}); choose an empty or new folder`,
      );
    }
    // The marker goes first, so an interrupted rewrite is never taken for a complete dataset.
    await rm(path.join(dir, markerFileName), { force: true });
    await Promise.all(
      [...folders, 'settings.json', 'groups.json', 'rounds.json', 'areas.json'].map((name) =>
        rm(path.join(dir, name), { recursive: true, force: true }),
      ),
    );
  }
  await Promise.all(folders.map((folder) => mkdir(path.join(dir, folder), { recursive: true })));
}

/** Files written at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const writeBatchSize = 128;

/**
 * Writes a synthetic dataset into `dir` (created if needed) and returns how many files and bytes it
 * wrote. `onProgress` is called after each batch of files.
 */
export async function writeSyntheticDataset(
  dir: string,
  dataset: SyntheticDataset,
  options: SynthOptions,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<{ files: number; bytes: number }> {
  await prepareFolder(dir);
  const files = toFiles(dataset);
  let bytes = 0;
  for (let start = 0; start < files.length; start += writeBatchSize) {
    const batch = files.slice(start, start + writeBatchSize);
    await Promise.all(batch.map(([name, text]) => writeFile(path.join(dir, name), text)));
    bytes += batch.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
    onProgress(start + batch.length, files.length);
  }
  const marker: SynthMarker = {
    generator: 'content-synth',
    version: synthGeneratorVersion,
    products: options.products,
    seed: options.seed,
  };
  await writeFile(path.join(dir, markerFileName), toJson(marker));
  return { files: files.length, bytes };
}

/** Total size in bytes and number of files under `dir`. */
export async function measureFolder(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}
