/**
 * Synthetic products with certificates that tell a plausible story: most were certified in one of
 * the evaluation rounds of content/rounds.json and are valid today; a few were certified years ago
 * and have expired, a few were revoked, some were re-recognised or upgraded, and five-star products
 * carry a ministry decision.
 */
import type { z } from 'zod';
import type { EvaluationRound, productSchema, Stars } from '../content/schema';
import { type GenerationContext, illustrationCredit } from './context';
import { addYears, randomDate } from './dates';
import { createSlugRegistry, slugify } from './names';
import type { ProducerPlan } from './producers';
import { weightedGroup } from './producers';
import type { Random } from './random';
import { productKindsBySubgroup, type ProductKind } from './vocabulary';

export type ProductRecord = z.input<typeof productSchema>;
type Certificate = ProductRecord['certificate'];
type CertificateEvent = NonNullable<Certificate['history']>[number];

/** The organisation that signs five-star decisions (content/settings.json). */
const ministry = 'bo-nong-nghiep-moi-truong';

/** Star ratings in the proportions of the national programme: mostly three stars, few five. */
const ratingWeights = [
  ['three', 75],
  ['four', 21],
  ['potential-five', 2],
  ['five', 2],
] as const;
type Rating = (typeof ratingWeights)[number][0];

/** What happened to the certificate since it was granted. */
const storyWeights = [
  ['current', 81.5],
  ['renewed', 12],
  ['expired', 4],
  ['revoked', 2.5],
] as const;
type Story = (typeof storyWeights)[number][0];

function starsOf(rating: Rating): Stars {
  return rating === 'three' ? 3 : rating === 'five' ? 5 : 4;
}

/** A score in the band of the rating, in half points as councils award them. */
function scoreFor(random: Random, rating: Rating): number {
  const bands: Record<Rating, [min: number, max: number]> = {
    three: [50, 69.5],
    four: [70, 89.5],
    'potential-five': [90, 95],
    five: [90, 100],
  };
  const [min, max] = bands[rating];
  return min + random.int(0, (max - min) * 2) / 2;
}

/** A provincial decision number that is not one of the rounds' ("1698/QĐ-UBND"). */
function provincialDecision(random: Random): string {
  return `${random.int(100, 2400)}/QĐ-UBND`;
}

interface CertificatePlan {
  certificate: Certificate;
  /** The year of the first certification, which the product code carries. */
  year: number;
}

/** A certificate and its history for a product of the given rating and story. */
function planCertificate(
  random: Random,
  rating: Rating,
  story: Story,
  rounds: EvaluationRound[],
  certifier: string,
): CertificatePlan {
  const stars = starsOf(rating);
  const certified = (date: string, decisionNumber: string, s: Stars): CertificateEvent => ({
    kind: 'certified',
    date,
    decisionNumber,
    stars: s,
  });

  if (rating === 'five') {
    const date = randomDate(random, '2024-01-01', '2026-09-30');
    const decisionNumber = `${random.int(1000, 5000)}/QĐ-BNNMT`;
    return {
      certificate: {
        decisionNumber,
        issuedBy: ministry,
        decisionDate: date,
        history: [certified(date, decisionNumber, 5)],
      },
      year: Number(date.slice(0, 4)),
    };
  }

  if (story === 'expired') {
    // Certified before the rounds on file and never renewed: 36 months have run out.
    const date = randomDate(random, '2020-03-01', '2023-08-31');
    const decisionNumber = provincialDecision(random);
    return {
      certificate: {
        decisionNumber,
        issuedBy: certifier,
        decisionDate: date,
        history: [certified(date, decisionNumber, stars)],
      },
      year: Number(date.slice(0, 4)),
    };
  }

  // A round that has a decision and, for a revocation, a later round that revoked it.
  const candidates = story === 'revoked' ? rounds.slice(0, -1) : rounds;
  const round = random.pick(candidates);
  const decisionDate = round.decisionDate!;
  const decisionNumber = round.decisionNumber!;
  const base = { decisionNumber, issuedBy: certifier, decisionDate, round: round.slug };

  if (story === 'revoked') {
    const later = random.pick(rounds.filter((r) => r.decisionDate! > decisionDate));
    const revoked: CertificateEvent = {
      kind: 'revoked',
      date: later.decisionDate!,
      decisionNumber: later.decisionNumber!,
      note: {
        vi: 'Thu hồi giấy chứng nhận vì sản phẩm không còn duy trì được tiêu chí khi kiểm tra định kỳ.',
        en: 'Certificate revoked because the product no longer met the criteria at the annual check.',
      },
    };
    return {
      certificate: { ...base, history: [certified(decisionDate, decisionNumber, stars), revoked] },
      year: Number(decisionDate.slice(0, 4)),
    };
  }

  if (story === 'renewed') {
    // First certified three years earlier, then re-evaluated when that certificate ran out.
    const firstDate = addYears(decisionDate, -3);
    const isUpgrade = stars === 4 && random.chance(0.4);
    const renewal: CertificateEvent = isUpgrade
      ? {
          kind: 'upgraded',
          date: decisionDate,
          decisionNumber,
          stars: 4,
          note: {
            vi: 'Nâng hạng từ 3 sao lên 4 sao khi đánh giá lại.',
            en: 'Upgraded from three to four stars at re-evaluation.',
          },
        }
      : { kind: 're-recognised', date: decisionDate, decisionNumber, stars };
    return {
      certificate: {
        ...base,
        history: [certified(firstDate, provincialDecision(random), isUpgrade ? 3 : stars), renewal],
      },
      year: Number(firstDate.slice(0, 4)),
    };
  }

  return {
    certificate: { ...base, history: [certified(decisionDate, decisionNumber, stars)] },
    year: Number(decisionDate.slice(0, 4)),
  };
}

/** The kind of product for a sub-group, or one named after the sub-group when the list has none. */
function kindFor(random: Random, subgroup: { code: string; name: { vi: string; en?: string } }) {
  const kinds = productKindsBySubgroup[subgroup.code];
  if (kinds && kinds.length > 0) return random.pick(kinds);
  const fallback: ProductKind = {
    vi: subgroup.name.vi,
    en: (subgroup.name.en ?? subgroup.name.vi).toLowerCase(),
    priceVnd: [50000, 200000],
  };
  return fallback;
}

/** Rounds a price to the thousand dong. */
const roundPrice = (value: number) => Math.round(value / 1000) * 1000;

/**
 * Generates `count` products. Product i < producers.length belongs to producer i, so every producer
 * has at least one product; the rest go to random producers. The first products take each group in
 * turn, so every group appears in a small dataset too.
 */
export function generateProducts(
  random: Random,
  context: GenerationContext,
  producers: ProducerPlan[],
  count: number,
): ProductRecord[] {
  const slugs = createSlugRegistry();
  const groups = context.groupScheme.groups;
  const groupCodes = groups.map((g) => g.code);
  const decidedRounds = context.rounds
    .filter((r) => r.decisionDate && r.decisionNumber)
    .sort((a, b) => a.decisionDate!.localeCompare(b.decisionDate!));
  if (decidedRounds.length < 2) throw new Error('rounds.json needs at least two decided rounds');

  return Array.from({ length: count }, (_, index): ProductRecord => {
    const producer = index < producers.length ? producers[index]! : random.pick(producers);
    const groupCode =
      index < groupCodes.length
        ? groupCodes[index]!
        : random.chance(0.85)
          ? producer.group
          : weightedGroup(random, groupCodes);
    const group = groups.find((g) => g.code === groupCode)!;
    const subgroup = random.pick(group.subgroups);
    const kind = kindFor(random, subgroup);
    const area = producer.area;
    const province = context.provinceOfArea.get(area.slug)!;

    const name = { vi: `${kind.vi} ${producer.qualifier}`, en: `${producer.qualifier} ${kind.en}` };
    const slug = slugs.claim(name.vi, `${name.vi} ${area.name}`);
    const rating = random.weighted(ratingWeights);
    // Five-star and potential five-star products are recent and in good standing.
    const story: Story =
      rating === 'five' || rating === 'potential-five' ? 'current' : random.weighted(storyWeights);
    const { certificate, year } = planCertificate(
      random,
      rating,
      story,
      decidedRounds,
      province.certifier,
    );
    const stars = starsOf(rating);
    const minPrice = roundPrice(
      random.float(kind.priceVnd[0], (kind.priceVnd[0] + kind.priceVnd[1]) / 2),
    );
    const maxPrice = roundPrice(random.float(minPrice, kind.priceVnd[1]) + 1000);
    const groupName = {
      vi: group.name.vi.toLowerCase(),
      en: (group.name.en ?? group.name.vi).toLowerCase(),
    };
    const producerName = producer.record.name;
    const standardCode = slugify(producer.qualifier).replace(/-/g, '').toUpperCase().slice(0, 10);

    return {
      slug,
      code: `${province.code}-${year}-${String(index + 1).padStart(4, '0')}`,
      name,
      summary: {
        vi: `${kind.vi} của ${producerName.vi} tại ${area.name}, tỉnh ${province.name}.`,
        en: `${kind.en[0]!.toUpperCase()}${kind.en.slice(1)} from ${producerName.en ?? producerName.vi} in ${area.name}, ${province.name}.`,
      },
      description: {
        vi:
          `${name.vi} được làm từ nguyên liệu của vùng ${area.name} theo quy trình của ${producerName.vi}.\n\n` +
          `Sản phẩm đạt OCOP ${stars} sao${rating === 'potential-five' ? ' và được đề xuất xếp hạng tiềm năng 5 sao' : ''}. *Dữ liệu tổng hợp.*`,
        en:
          `${name.en} is made from ingredients of ${area.name} following the methods of ${producerName.en ?? producerName.vi}.\n\n` +
          `It holds ${stars} OCOP stars${rating === 'potential-five' ? ' and was put forward as a potential five-star product' : ''}. *Synthetic data.*`,
      },
      group: group.code,
      subgroup: subgroup.code,
      stars,
      score: scoreFor(random, rating),
      isPotentialFiveStar: rating === 'potential-five',
      certificate,
      producer: producer.record.slug,
      area: area.slug,
      images: [
        {
          src: `/images/groups/${group.code}.svg`,
          alt: {
            vi: `Minh họa nhóm ${groupName.vi} cho sản phẩm ${name.vi}`,
            en: `Illustration of the ${groupName.en} group for ${name.en}`,
          },
          credit: illustrationCredit,
          license: 'CC BY 4.0',
          width: 1200,
          height: 800,
        },
      ],
      ...(kind.packaging ? { packaging: kind.packaging } : {}),
      priceVnd: { min: minPrice, max: Math.max(minPrice, maxPrice) },
      ...(kind.shelfLifeMonths
        ? {
            shelfLife: {
              vi: `${kind.shelfLifeMonths} tháng kể từ ngày sản xuất`,
              en: `${kind.shelfLifeMonths} month${kind.shelfLifeMonths > 1 ? 's' : ''} from the production date`,
            },
          }
        : {}),
      standards: kind.shelfLifeMonths
        ? [`TCCS 01:${year}/${standardCode}`, ...(random.chance(0.3) ? ['HACCP'] : [])]
        : [],
      keywords: [kind.vi.toLowerCase(), area.name, province.name, producer.qualifier],
      isFeatured: stars >= 4 && random.chance(0.03),
      source: {
        organisation: context.settings.programmeOwner,
        checkedOn: randomDate(random, '2026-01-05', '2026-10-31'),
      },
    };
  });
}
