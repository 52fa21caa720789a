/**
 * Synthetic sales points: OCOP showcases, markets, supermarkets, hotels, tourist sites, airports and
 * online shops, each stocking products of its own province.
 */
import type { z } from 'zod';
import type { RetailPointKind, retailPointSchema } from '../content/schema';
import type { GenerationContext } from './context';
import { randomDate } from './dates';
import { createSlugRegistry, twoSyllableName } from './names';
import { nearby } from './places';
import { groupByProvince, someFrom } from './pools';
import { phoneNumber } from './producers';
import type { ProductRecord } from './products';
import type { Random } from './random';
import { brandSyllables } from './vocabulary';

export type RetailPointRecord = z.input<typeof retailPointSchema>;

const retailKindWeights: [RetailPointKind, number][] = [
  ['ocop-showcase', 30],
  ['market', 22],
  ['supermarket', 15],
  ['hotel', 10],
  ['tourist-site', 10],
  ['online-shop', 10],
  ['airport', 3],
];

const everyDay = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

/** Name and opening hours of a sales point of a kind. */
function describeRetailPoint(kind: RetailPointKind, area: string, province: string, brand: string) {
  const shopHours = [{ days: [...everyDay], opens: '07:30', closes: '21:00' }];
  switch (kind) {
    case 'ocop-showcase':
      return {
        vi: `Điểm giới thiệu và bán sản phẩm OCOP ${area}`,
        en: `${area} OCOP showcase and shop`,
        hours: [{ days: [...everyDay], opens: '07:00', closes: '20:00' }],
      };
    case 'market':
      return {
        vi: `Chợ ${area} – sạp OCOP`,
        en: `${area} market – OCOP stall`,
        hours: [{ days: [...everyDay], opens: '05:00', closes: '18:00' }],
      };
    case 'supermarket':
      return {
        vi: `Siêu thị ${brand} ${area}`,
        en: `${brand} supermarket, ${area}`,
        hours: shopHours,
      };
    case 'hotel':
      return {
        vi: `Khách sạn ${brand} – quầy OCOP`,
        en: `${brand} Hotel – OCOP counter`,
        hours: shopHours,
      };
    case 'tourist-site':
      return {
        vi: `Khu du lịch ${area} – quầy lưu niệm`,
        en: `${area} tourist site – souvenir counter`,
        hours: shopHours,
      };
    case 'airport':
      return {
        vi: `Cảng hàng không ${province} – quầy đặc sản OCOP`,
        en: `${province} airport – OCOP speciality counter`,
        hours: [{ days: [...everyDay], opens: '05:00', closes: '22:00' }],
      };
    case 'online-shop':
      return {
        vi: `Gian hàng OCOP ${brand} trực tuyến`,
        en: `${brand} OCOP online shop`,
        hours: [],
      };
  }
}

/** Generates `count` sales points, each stocking 3 to 12 products of its province. */
export function generateRetailPoints(
  random: Random,
  context: GenerationContext,
  products: readonly ProductRecord[],
  count: number,
): RetailPointRecord[] {
  const slugs = createSlugRegistry();
  const productsByProvince = groupByProvince(
    context,
    products,
    (p) => p.area,
    (p) => p.slug,
  );
  const allProducts = products.map((p) => p.slug);

  const provincesWithAirport = new Set<string>();

  return Array.from({ length: count }, (): RetailPointRecord => {
    const area = random.pick(context.areas);
    const province = context.provinceOfArea.get(area.slug)!;
    let kind = random.weighted(retailKindWeights);
    // One airport counter per province is plenty; a second draw becomes a showcase.
    if (kind === 'airport' && provincesWithAirport.has(province.slug)) kind = 'ocop-showcase';
    if (kind === 'airport') provincesWithAirport.add(province.slug);
    const brand = twoSyllableName(random, brandSyllables, brandSyllables);
    const described = describeRetailPoint(kind, area.name, province.name, brand);
    const slug = slugs.claim(described.vi, `${described.vi} ${province.name}`);
    const isOnline = kind === 'online-shop';
    return {
      slug,
      name: { vi: described.vi, en: described.en },
      kind,
      ...(kind === 'ocop-showcase' ? { isStateFunded: true } : {}),
      ...(isOnline
        ? { website: `https://example.com/shop/${slug}` }
        : {
            address: {
              line: `(địa chỉ mẫu) ${random.int(1, 400)} đường ${brand}`,
              area: area.slug,
            },
            coordinates: nearby(random, area.centre, 0.015),
          }),
      openingHours: described.hours,
      phone: phoneNumber(random),
      products: someFrom(random, productsByProvince, province.slug, random.int(3, 12), allProducts),
      source: {
        organisation: context.settings.defaultOrganiser,
        checkedOn: randomDate(random, '2026-01-05', '2026-10-31'),
      },
    };
  });
}
