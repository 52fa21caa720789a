import type { Area, Dataset, Organisation, Producer, ProductGroup } from '../content/schema';

export interface Lookup {
  producer(slug: string): Producer | undefined;
  area(slug: string | undefined): Area | undefined;
  group(code: string): ProductGroup | undefined;
  organisation(slug: string): Organisation | undefined;
}

const memo = new WeakMap<Dataset, Lookup>();

/**
 * Slug-to-record maps for a dataset. References were resolved when the content was loaded, so a
 * miss here means a caller passed a slug from elsewhere. Built once per dataset object.
 */
export function getLookup(dataset: Dataset): Lookup {
  let lookup = memo.get(dataset);
  if (!lookup) {
    const producers = new Map(dataset.producers.map((p) => [p.slug, p]));
    const areas = new Map(dataset.areas.map((a) => [a.slug, a]));
    const groups = new Map(dataset.groupScheme.groups.map((g) => [g.code, g]));
    const organisations = new Map(dataset.settings.organisations.map((o) => [o.slug, o]));
    lookup = {
      producer: (slug) => producers.get(slug),
      area: (slug) => (slug ? areas.get(slug) : undefined),
      group: (code) => groups.get(code),
      organisation: (slug) => organisations.get(slug),
    };
    memo.set(dataset, lookup);
  }
  return lookup;
}
