/**
 * The synthetic dataset generator: N products with producers, sales points, events and articles in
 * the proportions of the sample content, over 34 synthetic provinces. Pure and deterministic: the
 * same base content, N and seed give the same records.
 */
import type { EvaluationRound, GroupScheme } from '../content/schema';
import { generateArticles, type ArticleFiles } from './articles';
import { createContext, type SynthBase } from './context';
import { generatePlaces, type AreaRecord } from './places';
import { generateProducers, type ProducerRecord } from './producers';
import { generateProducts, type ProductRecord } from './products';
import { createRandom, deriveSeed } from './random';
import { toSyntheticSettings, type SettingsRecord } from './settings';
import { generateEvents, type EventRecord } from './events';
import { generateRetailPoints, type RetailPointRecord } from './retail-points';

/** Bumped whenever the generator's output changes, so cached datasets are regenerated. */
export const synthGeneratorVersion = 1;

export interface SynthOptions {
  /** Number of products, 1 to 99,999 (product codes have five digits). */
  products: number;
  /** Any integer; the default used by the scripts is 1. */
  seed: number;
}

/** Every file of a synthetic content folder, as data. */
export interface SyntheticDataset {
  settings: SettingsRecord;
  groupScheme: GroupScheme;
  rounds: EvaluationRound[];
  areas: AreaRecord[];
  products: ProductRecord[];
  producers: ProducerRecord[];
  events: EventRecord[];
  retailPoints: RetailPointRecord[];
  articles: ArticleFiles[];
}

export const maxSyntheticProducts = 99_999;

/**
 * How many records of each kind go with N products: one producer per 2 products, one sales point per
 * 4, one event per 10 and one article per 20, as in the sample; communes grow with N up to 40 per
 * province (about 1,100 at national scale).
 */
export function recordCountsFor(products: number) {
  return {
    products,
    producers: Math.ceil(products / 2),
    retailPoints: Math.ceil(products / 4),
    events: Math.ceil(products / 10),
    articles: Math.ceil(products / 20),
    communesPerProvince: Math.min(40, Math.max(3, Math.round(products / 600))),
  };
}

/** Generates a whole synthetic dataset from the base content (settings, groups, rounds). */
export function generateSyntheticDataset(base: SynthBase, options: SynthOptions): SyntheticDataset {
  const { products: productCount, seed } = options;
  if (!Number.isInteger(productCount) || productCount < 1 || productCount > maxSyntheticProducts) {
    throw new RangeError(`products must be an integer from 1 to ${maxSyntheticProducts}`);
  }
  const counts = recordCountsFor(productCount);
  // One stream per part: drawing more in one part does not reshuffle the others.
  const randomFor = (part: string) => createRandom(deriveSeed(seed, part));

  const organisations = new Set(base.settings.organisations.map((o) => o.slug));
  const provinces = generatePlaces(randomFor('places'), counts.communesPerProvince, organisations);
  const context = createContext(base, provinces);
  const producers = generateProducers(randomFor('producers'), context, counts.producers);
  const products = generateProducts(randomFor('products'), context, producers, productCount);
  const retailPoints = generateRetailPoints(
    randomFor('retail-points'),
    context,
    products,
    counts.retailPoints,
  );
  const events = generateEvents(randomFor('events'), context, producers, products, counts.events);
  const articles = generateArticles(
    randomFor('articles'),
    context,
    products,
    events,
    counts.articles,
  );

  return {
    settings: toSyntheticSettings(base.settings, provinces, productCount),
    groupScheme: base.groupScheme,
    rounds: base.rounds,
    areas: context.areas,
    products,
    producers: producers.map((p) => p.record),
    events,
    retailPoints,
    articles,
  };
}
