import type { ContentProblem } from './content-source';
import type { Dataset } from './schema';

/** The collections whose records can be located by slug (for problem messages). */
export type Collection =
  'settings' | 'products' | 'producers' | 'events' | 'retailPoints' | 'articles';

/** Tells where a record lives: a file path for the local source, an entry id for Contentful. */
export type Locate = (collection: Collection, slug: string) => string;

/**
 * Checks every cross-reference in a dataset and returns a dataset in which all of them resolve.
 *
 * A record whose single, essential reference is broken (a product's producer, area or group; a
 * producer's area) is dropped, since no page could show it truthfully. A list reference that does not
 * resolve (one product of a sales point, one participant of a fair) is removed from the list and the
 * record stays. Either way a problem is reported, so `content:check` fails while the site keeps going.
 */
export function resolveReferences(
  input: Dataset,
  locate: Locate,
): { dataset: Dataset; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const organisations = new Set(input.settings.organisations.map((o) => o.slug));
  const areas = new Set(input.areas.map((a) => a.slug));
  const rounds = new Set(input.rounds.map((r) => r.slug));
  const subgroupsByGroup = new Map(
    input.groupScheme.groups.map((g) => [g.code, new Set(g.subgroups.map((s) => s.code))]),
  );

  const report = (collection: Collection, slug: string, field: string, message: string) =>
    problems.push({ location: locate(collection, slug), field, message });

  /** Returns whether every check holds; reports each one that fails. */
  const checkAll = (
    collection: Collection,
    slug: string,
    checks: Array<[field: string, holds: boolean, message: string]>,
  ): boolean => {
    let ok = true;
    for (const [field, holds, message] of checks) {
      if (!holds) {
        report(collection, slug, field, message);
        ok = false;
      }
    }
    return ok;
  };

  /** Keeps the slugs that exist; reports the others. */
  const keepKnown = (
    collection: Collection,
    slug: string,
    field: string,
    values: string[],
    known: Set<string>,
    noun: string,
  ): string[] =>
    values.filter((value, index) => {
      if (known.has(value)) return true;
      report(collection, slug, `${field}.${index}`, `no ${noun} with slug "${value}"`);
      return false;
    });

  const knownOrganisation = (slug: string) => organisations.has(slug);

  for (const field of ['programmeOwner', 'defaultOrganiser'] as const) {
    const slug = input.settings[field];
    if (!knownOrganisation(slug)) {
      problems.push({
        location: locate('settings', ''),
        field,
        message: `no organisation "${slug}"`,
      });
    }
  }

  const producers = input.producers.filter((p) =>
    checkAll('producers', p.slug, [
      ['address.area', areas.has(p.address.area), `no area with slug "${p.address.area}"`],
      [
        'source.organisation',
        knownOrganisation(p.source.organisation),
        `no organisation "${p.source.organisation}"`,
      ],
    ]),
  );
  const producerSlugs = new Set(producers.map((p) => p.slug));

  const products = input.products.filter((p) => {
    const subgroups = subgroupsByGroup.get(p.group);
    return checkAll('products', p.slug, [
      ['producer', producerSlugs.has(p.producer), `no usable producer with slug "${p.producer}"`],
      ['area', areas.has(p.area), `no area with slug "${p.area}"`],
      ['group', subgroups !== undefined, `no product group "${p.group}"`],
      [
        'subgroup',
        !subgroups || subgroups.has(p.subgroup),
        `"${p.subgroup}" is not a sub-group of "${p.group}"`,
      ],
      [
        'certificate.issuedBy',
        knownOrganisation(p.certificate.issuedBy),
        `no organisation "${p.certificate.issuedBy}"`,
      ],
      [
        'certificate.round',
        !p.certificate.round || rounds.has(p.certificate.round),
        `no evaluation round "${p.certificate.round}"`,
      ],
      [
        'source.organisation',
        knownOrganisation(p.source.organisation),
        `no organisation "${p.source.organisation}"`,
      ],
    ]);
  });
  const productSlugs = new Set(products.map((p) => p.slug));

  const events = input.events
    .filter((e) =>
      checkAll('events', e.slug, [
        [
          'venue.address.area',
          !e.venue.address.area || areas.has(e.venue.address.area),
          `no area with slug "${e.venue.address.area}"`,
        ],
        [
          'organiser',
          !e.organiser || knownOrganisation(e.organiser),
          `no organisation "${e.organiser}"`,
        ],
        [
          'source.organisation',
          knownOrganisation(e.source.organisation),
          `no organisation "${e.source.organisation}"`,
        ],
      ]),
    )
    .map((e) => ({
      ...e,
      participants: keepKnown(
        'events',
        e.slug,
        'participants',
        e.participants,
        producerSlugs,
        'producer',
      ),
      products: keepKnown('events', e.slug, 'products', e.products, productSlugs, 'product'),
    }));
  const eventSlugs = new Set(events.map((e) => e.slug));

  const retailPoints = input.retailPoints
    .filter((r) =>
      checkAll('retailPoints', r.slug, [
        [
          'address.area',
          !r.address || areas.has(r.address.area),
          `no area with slug "${r.address?.area}"`,
        ],
        [
          'source.organisation',
          knownOrganisation(r.source.organisation),
          `no organisation "${r.source.organisation}"`,
        ],
      ]),
    )
    .map((r) => ({
      ...r,
      products: keepKnown('retailPoints', r.slug, 'products', r.products, productSlugs, 'product'),
    }));

  const articles = input.articles
    .filter((a) =>
      checkAll('articles', a.slug, [
        ['round', !a.round || rounds.has(a.round), `no evaluation round "${a.round}"`],
        [
          'source.organisation',
          knownOrganisation(a.source.organisation),
          `no organisation "${a.source.organisation}"`,
        ],
      ]),
    )
    .map((a) => ({
      ...a,
      relatedProducts: keepKnown(
        'articles',
        a.slug,
        'relatedProducts',
        a.relatedProducts,
        productSlugs,
        'product',
      ),
      relatedEvents: keepKnown(
        'articles',
        a.slug,
        'relatedEvents',
        a.relatedEvents,
        eventSlugs,
        'event',
      ),
    }));

  return { dataset: { ...input, producers, products, events, retailPoints, articles }, problems };
}
