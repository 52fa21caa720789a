/**
 * `npm run content:synth -- --products N --out DIR [--seed S]`: writes a synthetic national dataset of
 * N products (with producers, sales points, events and articles) in the layout of content/, for scale
 * tests. The same N and seed always give byte-identical files. Settings, groups and rounds are taken
 * from content/ (or CONTENT_DIR).
 */
import { SingleBar } from 'cli-progress';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSyntheticDataset, maxSyntheticProducts } from '../lib/synth/dataset';
import { readSynthBase, writeSyntheticDataset } from '../lib/synth/files';

const usage = 'usage: npm run content:synth -- --products N --out DIR [--seed S]';

/** A whole number from the command line, or an error that says which option is wrong. */
function parseWholeNumber(name: string, text: string | undefined, min: number, max: number) {
  const value = Number(text);
  if (text === undefined || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}\n${usage}`);
  }
  return value;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) throw new Error(`--out is required\n${usage}`);
  return {
    products: parseWholeNumber('products', values.products, 1, maxSyntheticProducts),
    seed: parseWholeNumber('seed', values.seed, 0, 2 ** 32 - 1),
    out: path.resolve(values.out),
  };
}

async function main() {
  const options = parseOptions();
  const startedAt = performance.now();
  const base = await readSynthBase(path.resolve(process.env.CONTENT_DIR ?? 'content'));
  const dataset = generateSyntheticDataset(base, options);

  // The bar goes to stderr so that stdout carries only the summary line.
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'writing {bar} {value}/{total} files',
    hideCursor: true,
  });
  bar.start(1, 0);
  const written = await writeSyntheticDataset(options.out, dataset, options, (done, total) => {
    bar.setTotal(total);
    bar.update(done);
  });
  bar.stop();

  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const megabytes = (written.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `${path.relative(process.cwd(), options.out) || '.'}: ${dataset.products.length} products, ` +
      `${dataset.producers.length} producers, ${dataset.retailPoints.length} retail points, ` +
      `${dataset.events.length} events, ${dataset.articles.length} articles, ` +
      `${dataset.areas.length} areas; ${written.files} files, ${megabytes} MB in ${seconds} s (seed ${options.seed})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
