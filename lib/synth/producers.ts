/**
 * Synthetic producers: enterprises, cooperatives, cooperative groups and household businesses, each
 * in one commune, with a main product group that most of its products belong to.
 */
import type { z } from 'zod';
import type { ProducerType, producerSchema } from '../content/schema';
import type { GenerationContext } from './context';
import { randomDate } from './dates';
import { createSlugRegistry, personName, twoSyllableName } from './names';
import { nearby, type AreaRecord } from './places';
import type { Random } from './random';
import { brandSyllables, groupWeights, lowlandSyllables, secondSyllables } from './vocabulary';

export type ProducerRecord = z.input<typeof producerSchema>;

/** A producer with what its products are named and grouped by. */
export interface ProducerPlan {
  record: ProducerRecord;
  area: AreaRecord;
  /** The group most of its products belong to. */
  group: string;
  /** Put beside a product kind to name a product: the brand, or the commune for cooperatives. */
  qualifier: string;
}

const typeWeights: [ProducerType, number][] = [
  ['household-business', 35],
  ['cooperative', 30],
  ['enterprise', 25],
  ['cooperative-group', 10],
];

/** What a producer of each group does, in words that fit a cooperative's name. */
const activities: Record<string, { vi: string; en: string }> = {
  food: { vi: 'nông sản', en: 'farm produce' },
  drinks: { vi: 'đồ uống', en: 'beverage' },
  herbal: { vi: 'dược liệu', en: 'medicinal herb' },
  handicrafts: { vi: 'thủ công mỹ nghệ', en: 'handicraft' },
  ornamental: { vi: 'sinh vật cảnh', en: 'ornamental plant' },
  tourism: { vi: 'du lịch cộng đồng', en: 'community tourism' },
};

const titles: Record<ProducerType, { vi: string; en: string }> = {
  enterprise: { vi: 'Giám đốc', en: 'Director' },
  cooperative: { vi: 'Giám đốc hợp tác xã', en: 'Cooperative director' },
  'cooperative-group': { vi: 'Tổ trưởng', en: 'Group leader' },
  'household-business': { vi: 'Chủ cơ sở', en: 'Owner' },
};

const exportMarkets = ['JP', 'KR', 'US', 'AU', 'DE', 'FR', 'SG', 'CN', 'TW', 'NL'];

/** A mobile number as people write it ("0912 345 678"). */
export function phoneNumber(random: Random): string {
  return `09${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`;
}

/** Picks a product group by its national share. */
export function weightedGroup(random: Random, groups: readonly string[]): string {
  return random.weighted(groups.map((code) => [code, groupWeights[code] ?? 1] as const));
}

/** Names a producer of a type; cooperatives are named after their commune, the others after a brand. */
function nameProducer(
  random: Random,
  type: ProducerType,
  brand: string,
  area: string,
  group: string,
) {
  const activity = activities[group] ?? { vi: 'sản xuất', en: 'production' };
  switch (type) {
    case 'enterprise':
      return random.chance(0.5)
        ? { vi: `Công ty TNHH ${brand}`, en: `${brand} Co., Ltd.`, slug: brand }
        : { vi: `Công ty Cổ phần ${brand}`, en: `${brand} Joint Stock Company`, slug: brand };
    case 'cooperative':
      return {
        vi: `Hợp tác xã ${activity.vi} ${area}`,
        en: `${area} ${activity.en} cooperative`,
        slug: `htx ${activity.vi} ${area}`,
      };
    case 'cooperative-group':
      return {
        vi: `Tổ hợp tác ${activity.vi} ${area}`,
        en: `${area} ${activity.en} cooperative group`,
        slug: `tht ${activity.vi} ${area}`,
      };
    case 'household-business':
      return {
        vi: `Cơ sở sản xuất ${brand}`,
        en: `${brand} workshop`,
        slug: `co so ${brand}`,
      };
  }
}

/**
 * Generates `count` producers in random communes. The first ones take each product group in turn, so
 * even a small dataset has producers (and products) in every group.
 */
export function generateProducers(
  random: Random,
  context: GenerationContext,
  count: number,
): ProducerPlan[] {
  const slugs = createSlugRegistry();
  const groups = context.groupScheme.groups.map((g) => g.code);
  const programmeOwner = context.settings.programmeOwner;

  return Array.from({ length: count }, (_, index): ProducerPlan => {
    const area = random.pick(context.areas);
    const group = index < groups.length ? groups[index]! : weightedGroup(random, groups);
    const type = random.weighted(typeWeights);
    const brand = twoSyllableName(random, brandSyllables, brandSyllables);
    const name = nameProducer(random, type, brand, area.name, group);
    const slug = slugs.claim(name.slug, `${name.slug} ${area.name}`);
    const phone = phoneNumber(random);
    const isWholesale = random.chance(0.7);
    const village = `thôn ${twoSyllableName(random, lowlandSyllables, secondSyllables)}`;
    const district = area.formerNames?.[0]?.district ?? area.name;
    const founded = random.int(1995, 2021);
    const checkedOn = randomDate(random, '2026-01-05', '2026-10-31');

    const record: ProducerRecord = {
      slug,
      name: { vi: name.vi, en: name.en },
      type,
      representative: { name: personName(random), title: titles[type] },
      address: {
        line: village,
        area: area.slug,
        former: { line: village, commune: area.formerNames?.[0]?.name ?? area.name, district },
      },
      coordinates: nearby(random, area.centre, 0.03),
      phone,
      zalo: phone.replace(/ /g, ''),
      ...(random.chance(0.6) ? { email: `${slug}@example.com` } : {}),
      ...(type === 'enterprise' && random.chance(0.5)
        ? { website: `https://example.com/${slug}` }
        : {}),
      description: {
        vi:
          `${name.vi} hoạt động từ năm ${founded} tại ${area.name}, chuyên về ${activities[group]?.vi ?? 'sản xuất'}.\n\n` +
          `Sản phẩm được bán tại các điểm giới thiệu sản phẩm OCOP, chợ và cửa hàng đặc sản. *Dữ liệu tổng hợp.*`,
        en:
          `${name.en} has worked in ${area.name} since ${founded}, making ${activities[group]?.en ?? 'local'} products.\n\n` +
          `Its products are sold at OCOP showcases, markets and speciality shops. *Synthetic data.*`,
      },
      wholesale: isWholesale
        ? {
            isAvailable: true,
            minimumOrder: {
              vi: `Từ ${random.int(2, 50) * 10} sản phẩm`,
              en: `From ${random.int(2, 50) * 10} items`,
            },
            monthlyCapacity: {
              vi: `Khoảng ${random.int(1, 40) * 500} sản phẩm`,
              en: `About ${random.int(1, 40) * 500} items`,
            },
            leadTimeDays: random.int(2, 14),
            exportMarkets:
              type === 'enterprise' && random.chance(0.25)
                ? random.sample(exportMarkets, random.int(1, 3)).sort()
                : [],
          }
        : { isAvailable: false, exportMarkets: [] },
      source: { organisation: programmeOwner, checkedOn },
    };
    return { record, area, group, qualifier: type.startsWith('cooperative') ? area.name : brand };
  });
}
