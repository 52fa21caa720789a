/**
 * The domain model of the OCOP catalogue, written once as zod schemas. Every type the site uses comes
 * from here (`z.infer`), and both content sources (local files, Contentful) must produce objects that
 * pass these schemas. Nothing about one province is hard-coded: names, bounds and organisations are
 * content (see `siteSettingsSchema`).
 */
import { z } from 'zod';
import { scoreBandFor, starBandForScore } from '../ocop/stars';

// ---------------------------------------------------------------------------------------------------
// Building blocks

/** URL-safe identifier: lower-case ASCII words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

/** A moment with its UTC offset, e.g. `2025-08-29T08:00:00+07:00`. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'must be a date and time with an offset, e.g. 2025-08-29T08:00:00+07:00',
});

/**
 * Text in both languages. Vietnamese is required; English may be missing, and pages then show the
 * Vietnamese text with a visible note (see lib/i18n/localize.ts).
 */
export const localizedTextSchema = z.object({
  vi: z.string().trim().min(1),
  en: z.string().trim().min(1).optional(),
});

export const coordinatesSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** An image with what the press needs to reuse it: alt text, credit and licence. */
export const imageSchema = z.object({
  src: z.string().regex(/^(\/|https:\/\/)/, 'must be a site path (/...) or an https URL'),
  alt: localizedTextSchema,
  caption: localizedTextSchema.optional(),
  credit: z.string().min(1),
  license: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** Where a record comes from and when someone last checked it against that source. */
export const recordSourceSchema = z.object({
  organisation: slugSchema,
  checkedOn: isoDateSchema,
  url: z.url().optional(),
});

const phoneSchema = z
  .string()
  .regex(
    /^\+?[0-9 .()-]{8,20}$/,
    'must be a phone number such as 0255 3822 123 or +84 255 3822 123',
  );

/**
 * A postal address after the 2025 reform (province → commune/ward/special zone → village/street), with
 * the address as printed before the reform kept beside it, since certificates and packaging still
 * carry the old names.
 */
export const addressSchema = z.object({
  line: z.string().min(1).optional(),
  area: slugSchema,
  former: z
    .object({
      line: z.string().min(1).optional(),
      commune: z.string().min(1),
      district: z.string().min(1),
    })
    .optional(),
});

// ---------------------------------------------------------------------------------------------------
// Places and organisations

export const areaTypes = ['commune', 'ward', 'special-zone'] as const;
export const regions = ['east', 'west'] as const;

/** A commune-level unit of the province (xã, phường, đặc khu). */
export const areaSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  type: z.enum(areaTypes),
  region: z.enum(regions),
  centre: coordinatesSchema,
  formerNames: z
    .array(
      z.object({
        name: z.string().min(1),
        type: z.enum(['commune', 'ward', 'town', 'district']),
        district: z.string().min(1).optional(),
      }),
    )
    .default([]),
});

export const organisationRoles = [
  'programme-owner',
  'trade-promotion',
  'press',
  'certifier',
  'other',
] as const;

export const organisationSchema = z.object({
  slug: slugSchema,
  name: localizedTextSchema,
  shortName: localizedTextSchema.optional(),
  role: z.enum(organisationRoles),
  address: z.string().min(1).optional(),
  phone: phoneSchema.optional(),
  email: z.email().optional(),
  website: z.url().optional(),
});

export const siteSettingsSchema = z.object({
  siteName: localizedTextSchema,
  tagline: localizedTextSchema,
  province: z.object({
    name: z.string().min(1),
    /** South-west and north-east corners, for the map. */
    bounds: z.tuple([coordinatesSchema, coordinatesSchema]),
    centre: coordinatesSchema,
  }),
  /** Until an operator sets this to false, every page says the data are sample data. */
  isSampleData: z.boolean(),
  dataLicense: z.object({ name: z.string().min(1), url: z.url() }),
  /** Organisation that owns the certification data. */
  programmeOwner: slugSchema,
  /** Organisation that runs an event unless the event names another. */
  defaultOrganiser: slugSchema,
  organisations: z.array(organisationSchema).min(1),
  /** Figures the programme reports that the catalogue does not hold record by record. */
  reportedFigures: z
    .array(z.object({ label: localizedTextSchema, value: z.number(), asOf: isoDateSchema }))
    .default([]),
});

// ---------------------------------------------------------------------------------------------------
// The OCOP programme

/** The product groups and sub-groups of one legal scheme (Decision 148/QĐ-TTg has six groups). */
export const groupSchemeSchema = z.object({
  version: z.string().min(1),
  legalBasis: z.string().min(1),
  effectiveFrom: isoDateSchema,
  groups: z
    .array(
      z.object({
        code: slugSchema,
        name: localizedTextSchema,
        description: localizedTextSchema,
        subgroups: z.array(z.object({ code: slugSchema, name: localizedTextSchema })).min(1),
      }),
    )
    .min(1),
});

/** One provincial evaluation round ("đợt"): when dossiers were due, when the council met, the decision. */
export const evaluationRoundSchema = z.object({
  slug: slugSchema,
  year: z.number().int().min(2018).max(2100),
  number: z.number().int().min(1).max(12),
  dossierDeadline: isoDateSchema,
  councilDate: isoDateSchema.optional(),
  decisionNumber: z.string().min(1).optional(),
  decisionDate: isoDateSchema.optional(),
});

export const starValues = [3, 4, 5] as const;

export const certificateEventKinds = ['certified', 're-recognised', 'upgraded', 'revoked'] as const;

export const certificateSchema = z.object({
  decisionNumber: z.string().min(1),
  /** The body that signed the decision (province or ministry): rules changed in 2019, 2023 and 2025. */
  issuedBy: slugSchema,
  decisionDate: isoDateSchema,
  /** When not given, 36 months after the decision date (see lib/ocop/certificate.ts). */
  expiresOn: isoDateSchema.optional(),
  round: slugSchema.optional(),
  history: z
    .array(
      z.object({
        kind: z.enum(certificateEventKinds),
        date: isoDateSchema,
        decisionNumber: z.string().min(1).optional(),
        stars: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
        note: localizedTextSchema.optional(),
      }),
    )
    .default([]),
});

export const productSchema = z
  .object({
    slug: slugSchema,
    /** Code printed on packaging and used by the certificate check, e.g. QNG-2023-0142. */
    code: z.string().regex(/^[A-Z]{2,5}-\d{4}-\d{3,5}$/, 'must look like QNG-2023-0142'),
    name: localizedTextSchema,
    summary: localizedTextSchema,
    /** Markdown. */
    description: localizedTextSchema,
    group: slugSchema,
    subgroup: slugSchema,
    stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
    score: z.number().min(0).max(100),
    /** Scored 90+ by the province and sent to the national council, which has not yet decided. */
    isPotentialFiveStar: z.boolean().default(false),
    certificate: certificateSchema,
    producer: slugSchema,
    area: slugSchema,
    images: z.array(imageSchema).min(1),
    packaging: localizedTextSchema.optional(),
    priceVnd: z
      .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() })
      .refine((range) => range.max >= range.min, { message: 'max must not be below min' })
      .optional(),
    shelfLife: localizedTextSchema.optional(),
    standards: z.array(z.string().min(1)).default([]),
    geographicalIndication: z
      .object({
        name: localizedTextSchema,
        registrationNumber: z.string().min(1).optional(),
        year: z.number().int(),
      })
      .optional(),
    keywords: z.array(z.string().min(1)).default([]),
    isFeatured: z.boolean().default(false),
    source: recordSourceSchema,
  })
  .superRefine((product, ctx) => {
    // The score must fall in the band of the stars held; a potential five-star product holds four
    // stars while the national council decides, with a score of 90 or more.
    const expected = product.isPotentialFiveStar ? 5 : product.stars;
    if (starBandForScore(product.score) !== expected) {
      const { min, max } = scoreBandFor(expected);
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `score ${product.score} is outside the ${expected}-star band (${min} to ${expected === 5 ? max : `under ${max}`})`,
      });
    }
    if (product.isPotentialFiveStar && product.stars !== 4) {
      ctx.addIssue({
        code: 'custom',
        path: ['stars'],
        message: 'a potential five-star product holds 4 stars until the national council decides',
      });
    }
  });

export const producerTypes = [
  'enterprise',
  'cooperative',
  'cooperative-group',
  'household-business',
] as const;

export const producerSchema = z.object({
  slug: slugSchema,
  name: localizedTextSchema,
  type: z.enum(producerTypes),
  representative: z.object({ name: z.string().min(1), title: localizedTextSchema.optional() }),
  address: addressSchema,
  coordinates: coordinatesSchema,
  phone: phoneSchema.optional(),
  email: z.email().optional(),
  website: z.url().optional(),
  /** Phone number registered with Zalo; links become https://zalo.me/<number>. */
  zalo: z
    .string()
    .regex(/^[0-9]{9,11}$/, 'must be digits only, e.g. 0905123456')
    .optional(),
  /** Markdown. */
  description: localizedTextSchema,
  wholesale: z.object({
    isAvailable: z.boolean(),
    minimumOrder: localizedTextSchema.optional(),
    monthlyCapacity: localizedTextSchema.optional(),
    leadTimeDays: z.number().int().positive().optional(),
    /** ISO 3166-1 alpha-2 codes. */
    exportMarkets: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code'))
      .default([]),
  }),
  source: recordSourceSchema,
});

// ---------------------------------------------------------------------------------------------------
// Trade promotion

export const eventKinds = ['fair', 'market-session', 'promotion-week', 'exhibition'] as const;
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

export const eventSchema = z
  .object({
    slug: slugSchema,
    title: localizedTextSchema,
    /** Markdown. */
    description: localizedTextSchema,
    kind: z.enum(eventKinds),
    /** Defaults to the site settings' `defaultOrganiser` (the Department of Industry and Trade). */
    organiser: slugSchema.optional(),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    venue: z.object({
      name: localizedTextSchema,
      // A venue outside the province (a promotion week in Ho Chi Minh City) has no area of ours.
      address: addressSchema.extend({ area: slugSchema.optional() }),
      coordinates: coordinatesSchema,
    }),
    boothCount: z.number().int().positive().optional(),
    registration: z
      .object({
        deadline: isoDateTimeSchema,
        howTo: localizedTextSchema,
        phone: phoneSchema.optional(),
        email: z.email().optional(),
        url: z.url().optional(),
      })
      .optional(),
    participants: z.array(slugSchema).default([]),
    products: z.array(slugSchema).default([]),
    status: z.enum(eventStatuses).default('scheduled'),
    /** For a rescheduled or postponed event: when it was first meant to start. */
    previousStart: isoDateTimeSchema.optional(),
    /**
     * Raised by one each time the date, place or status changes, so calendar apps that subscribed
     * replace their copy (iCalendar SEQUENCE; Contentful's entry revision plays this part there).
     */
    revision: z.number().int().min(0).default(0),
    images: z.array(imageSchema).default([]),
    source: recordSourceSchema,
  })
  .superRefine((event, ctx) => {
    if (Date.parse(event.end) < Date.parse(event.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
    }
    if (event.status === 'rescheduled' && !event.previousStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['previousStart'],
        message: 'a rescheduled event needs the start it had before',
      });
    }
  });

export const retailPointKinds = [
  'ocop-showcase',
  'supermarket',
  'hotel',
  'tourist-site',
  'airport',
  'market',
  'online-shop',
] as const;

export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM');

export const retailPointSchema = z
  .object({
    slug: slugSchema,
    name: localizedTextSchema,
    kind: z.enum(retailPointKinds),
    operator: z.string().min(1).optional(),
    isStateFunded: z.boolean().default(false),
    /** Online shops have neither address nor coordinates; every other kind has both. */
    address: addressSchema.optional(),
    coordinates: coordinatesSchema.optional(),
    openingHours: z
      .array(
        z.object({
          days: z.array(z.enum(weekdays)).min(1),
          opens: clockTimeSchema,
          closes: clockTimeSchema,
        }),
      )
      .default([]),
    phone: phoneSchema.optional(),
    website: z.url().optional(),
    products: z.array(slugSchema).default([]),
    source: recordSourceSchema,
  })
  .superRefine((point, ctx) => {
    if (point.kind === 'online-shop') return;
    for (const field of ['address', 'coordinates'] as const) {
      if (!point[field])
        ctx.addIssue({ code: 'custom', path: [field], message: `a ${point.kind} needs ${field}` });
    }
  });

// ---------------------------------------------------------------------------------------------------
// News

export const articleKinds = ['news', 'press-release', 'rating-results'] as const;

export const articleSchema = z.object({
  slug: slugSchema,
  kind: z.enum(articleKinds),
  title: localizedTextSchema,
  lead: localizedTextSchema,
  /** Markdown; the local source reads it from `<slug>.vi.md` and `<slug>.en.md`. */
  body: localizedTextSchema,
  publishedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema.optional(),
  author: z.string().min(1),
  heroImage: imageSchema.optional(),
  relatedProducts: z.array(slugSchema).default([]),
  relatedEvents: z.array(slugSchema).default([]),
  /** For a rating-results announcement: the round whose results it announces. */
  round: slugSchema.optional(),
  isFreeToRepublish: z.boolean().default(false),
  source: recordSourceSchema,
});

// ---------------------------------------------------------------------------------------------------
// Types

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Coordinates = z.infer<typeof coordinatesSchema>;
export type Image = z.infer<typeof imageSchema>;
export type RecordSource = z.infer<typeof recordSourceSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Area = z.infer<typeof areaSchema>;
export type AreaType = (typeof areaTypes)[number];
export type Region = (typeof regions)[number];
export type Organisation = z.infer<typeof organisationSchema>;
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type GroupScheme = z.infer<typeof groupSchemeSchema>;
export type ProductGroup = GroupScheme['groups'][number];
export type EvaluationRound = z.infer<typeof evaluationRoundSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type CertificateEvent = Certificate['history'][number];
export type Stars = (typeof starValues)[number];
export type Product = z.infer<typeof productSchema>;
export type ProducerType = (typeof producerTypes)[number];
export type Producer = z.infer<typeof producerSchema>;
export type EventKind = (typeof eventKinds)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type OcopEvent = z.infer<typeof eventSchema>;
export type RetailPointKind = (typeof retailPointKinds)[number];
export type RetailPoint = z.infer<typeof retailPointSchema>;
export type ArticleKind = (typeof articleKinds)[number];
export type Article = z.infer<typeof articleSchema>;

/** Everything a content source provides, validated and with cross-references resolved. */
export interface Dataset {
  /** Changes whenever the content changes: keys derived caches (search index) and ETags. */
  version: string;
  settings: SiteSettings;
  groupScheme: GroupScheme;
  areas: Area[];
  rounds: EvaluationRound[];
  products: Product[];
  producers: Producer[];
  events: OcopEvent[];
  retailPoints: RetailPoint[];
  articles: Article[];
  /**
   * The source's own id of each record, for callers that are given only an id (a Contentful
   * webhook about an unpublished entry). Absent for the local source, whose ids are file names.
   */
  sourceIds?: Record<string, { collection: RecordCollectionName; slug: string }>;
}

/** The collections of records with pages of their own. */
export type RecordCollectionName =
  'products' | 'producers' | 'events' | 'retailPoints' | 'articles';
