/**
 * The query mix of the benchmark: what people type into the catalogue's search box and which filters
 * they click, as URL query strings that both `parseProductQuery` and `/api/v1/products` accept. The
 * mix is drawn from the dataset with a fixed seed, so runs on the same dataset are comparable.
 */
import { eventKinds, regions, type Dataset } from '../../lib/content/schema';
import { foldVietnamese } from '../../lib/search/fold';
import { createRandom, type Random } from '../../lib/synth/random';

/** Product words as typed with accents. */
const accentedPhrases = [
  'tỏi đen',
  'mật ong rừng',
  'nước mắm cá cơm',
  'cà phê',
  'gạo ST25',
  'trà xanh',
  'rượu nếp',
  'tinh dầu quế',
  'khăn thổ cẩm',
  'du lịch cộng đồng',
  'bánh tráng',
  'nấm linh chi',
  'lan rừng',
  'Tỏi Lý Sơn',
  'Nước mắm',
  'đông trùng hạ thảo',
];

/** Half-typed queries: the last word is a prefix, as while typing. */
const prefixQueries = [
  'toi ly s',
  'nuoc mam c',
  'mat o',
  'ca ph',
  'tinh d',
  'banh tr',
  'gao s',
  'tra x',
  'ruou ng',
  'du lich c',
];

/** Typing mistakes, which the fuzzy match should forgive on longer words. */
const typos = ['mat ongg rung', 'nuoc mamm', 'tinh dau qeu', 'ca phee', 'banh trangg'];

const sorts = ['relevance', 'stars', 'name', 'newest'];

/** One to two filters a shopper or a buyer might add. */
function randomFilters(random: Random, dataset: Dataset): [string, string][] {
  const groups = dataset.groupScheme.groups.map((g) => g.code);
  const options: (() => [string, string])[] = [
    () => ['stars', random.pick(['3', '4', '5', '4,5'])],
    () => ['group', random.pick(groups)],
    () => ['region', random.pick(['east', 'west'])],
    () => ['producerType', random.pick(['cooperative', 'enterprise', 'household-business'])],
    () => ['status', random.pick(['all', 'valid', 'expired'])],
    () => ['area', random.pick(dataset.areas).slug],
  ];
  return random.sample(options, random.int(1, 2)).map((make) => make());
}

/**
 * `count` query strings: about a quarter accented product words, a fifth unaccented, then prefixes,
 * place names, producer names and product codes, typos, and filter-only listings (no `q`, the
 * heaviest sort). Half the searches carry filters, a third a sort, one in ten asks for page 2.
 */
export function buildBenchQueries(dataset: Dataset, count = 200, seed = 1): string[] {
  const random = createRandom(seed);
  const places = random.sample(dataset.areas, 12).map((a) => a.name);
  const producers = random.sample(dataset.producers, 8).map((p) => p.name.vi);
  const codes = random.sample(dataset.products, 4).map((p) => p.code);

  const kinds: [() => string | undefined, number][] = [
    [() => random.pick(accentedPhrases), 25],
    [() => foldVietnamese(random.pick(accentedPhrases)), 20],
    [() => random.pick(prefixQueries), 15],
    [() => random.pick(places), 6],
    [() => foldVietnamese(random.pick(places)), 4],
    [() => `${random.pick(accentedPhrases)} ${random.pick(places)}`, 4],
    [() => random.pick(producers), 4],
    [() => random.pick(codes), 2],
    [() => random.pick(typos), 5],
    [() => undefined, 15],
  ];

  return Array.from({ length: count }, () => {
    const params = new URLSearchParams();
    const q = random.weighted(kinds)();
    if (q !== undefined) params.set('q', q);
    if (q === undefined || random.chance(0.5)) {
      for (const [name, value] of randomFilters(random, dataset)) params.set(name, value);
    }
    if (random.chance(0.3)) params.set('sort', random.pick(sorts));
    if (random.chance(0.1)) params.set('page', '2');
    return params.toString();
  });
}

/** What a buyer types into the supplier directory: product words, places, producer names. */
const producerWords = ['nấm', 'mật ong', 'tỏi', 'nuoc mam', 'ca phe', 'hợp tác xã', 'tra', 'gao'];

/**
 * `count` query strings for the supplier directory (`/api/v1/producers`): a third searches, the rest
 * filter-only listings with one to three filters, a third of all with a sort.
 */
export function buildProducerBenchQueries(dataset: Dataset, count = 200, seed = 2): string[] {
  const random = createRandom(seed);
  const groups = dataset.groupScheme.groups.map((g) => g.code);
  const places = random.sample(dataset.areas, 8).map((a) => a.name);
  const names = random.sample(dataset.producers, 8).map((p) => p.name.vi);
  const filters: (() => [string, string])[] = [
    () => ['type', random.pick(['cooperative', 'enterprise', 'household-business'])],
    () => ['region', random.pick(['east', 'west'])],
    () => ['area', random.pick(dataset.areas).slug],
    () => ['group', random.pick(groups)],
    () => ['stars', random.pick(['3', '4', '5', '4,5'])],
    () => ['wholesale', 'true'],
    () => ['export', 'true'],
  ];
  const searches: [() => string, number][] = [
    [() => random.pick(producerWords), 3],
    [() => random.pick(places), 1],
    [() => random.pick(names), 1],
  ];
  return Array.from({ length: count }, () => {
    const params = new URLSearchParams();
    if (random.chance(1 / 3)) params.set('q', random.weighted(searches)());
    for (const make of random.sample(filters, random.int(params.has('q') ? 0 : 1, 3))) {
      const [name, value] = make();
      params.set(name, value);
    }
    if (random.chance(0.3)) params.set('sort', random.pick(['name', 'products', 'stars']));
    if (random.chance(0.1)) params.set('page', '2');
    return params.toString();
  });
}

/**
 * `count` query strings for the calendar (`/api/v1/events`): upcoming, past or every event, often
 * with a kind, a region or a place, a date range now and then, a tenth in English or on page 2.
 */
export function buildEventBenchQueries(dataset: Dataset, count = 100, seed = 3): string[] {
  const random = createRandom(seed);
  const years = [...new Set(dataset.events.map((e) => e.start.slice(0, 4)))];
  const filters: (() => [string, string])[] = [
    () => ['kind', random.pick(eventKinds)],
    () => ['region', random.pick(regions)],
    // A place that has events (a venue outside the province has none of ours).
    () => ['area', random.pick(dataset.events).venue.address.area ?? dataset.areas[0]!.slug],
  ];
  return Array.from({ length: count }, () => {
    const params = new URLSearchParams();
    const when = random.pick(['upcoming', 'past', 'all', undefined]);
    if (when) params.set('when', when);
    for (const make of random.sample(filters, random.int(0, 2))) params.set(...make());
    if (years.length > 0 && random.chance(0.2)) {
      const year = random.pick(years);
      params.set('from', `${year}-01-01`);
      params.set('to', `${year}-06-30`);
    }
    if (random.chance(0.1)) params.set('page', '2');
    if (random.chance(0.1)) params.set('lang', 'en');
    return params.toString();
  });
}

/**
 * `count` record addresses, one kind after another: a product, a supplier, an event and its
 * iCalendar file (`/api/v1/{products,producers,events}/{slug}`, `/api/v1/events/{slug}/ics`).
 */
export function buildRecordBenchPaths(dataset: Dataset, count = 100, seed = 4): string[] {
  const random = createRandom(seed);
  const kinds = [
    () => `/api/v1/products/${random.pick(dataset.products).slug}`,
    () => `/api/v1/producers/${random.pick(dataset.producers).slug}`,
    () => `/api/v1/events/${random.pick(dataset.events).slug}`,
    () => `/api/v1/events/${random.pick(dataset.events).slug}/ics`,
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}
