/**
 * Site settings for a synthetic national dataset: the base settings with a name that says what the
 * data are, the map widened to the whole country, and one certifying People's Committee per province.
 */
import type { z } from 'zod';
import type { SiteSettings, siteSettingsSchema } from '../content/schema';
import { referenceDate } from './context';
import { vietnamBounds, type SyntheticProvince } from './places';

export type SettingsRecord = z.input<typeof siteSettingsSchema>;

/** The settings.json of a synthetic dataset. */
export function toSyntheticSettings(
  base: SiteSettings,
  provinces: readonly SyntheticProvince[],
  productCount: number,
): SettingsRecord {
  const [southWest, northEast] = vietnamBounds;
  const certifiers = provinces.map((province) => ({
    slug: province.certifier,
    name: {
      vi: `Ủy ban nhân dân tỉnh ${province.name} (dữ liệu tổng hợp)`,
      en: `${province.name} Provincial People's Committee (synthetic)`,
    },
    shortName: { vi: `UBND tỉnh ${province.name}`, en: `${province.name} People's Committee` },
    role: 'certifier' as const,
  }));
  return {
    ...base,
    siteName: {
      vi: 'OCOP toàn quốc (bộ dữ liệu tổng hợp)',
      en: 'OCOP national (synthetic dataset)',
    },
    tagline: {
      vi: `Bộ dữ liệu tổng hợp ${productCount} sản phẩm ở ${provinces.length} tỉnh, thành phố để kiểm thử quy mô; không phải dữ liệu thật`,
      en: `A synthetic national dataset of ${productCount} products in ${provinces.length} provinces for scale tests; not real data`,
    },
    province: {
      name: 'Việt Nam (dữ liệu tổng hợp)',
      bounds: vietnamBounds,
      centre: {
        lat: (southWest.lat + northEast.lat) / 2,
        lng: (southWest.lng + northEast.lng) / 2,
      },
    },
    // Synthetic data must never pass for official data.
    isSampleData: true,
    organisations: [...base.organisations, ...certifiers],
    reportedFigures: [
      {
        label: {
          vi: 'Sản phẩm trong bộ dữ liệu tổng hợp',
          en: 'Products in the synthetic dataset',
        },
        value: productCount,
        asOf: referenceDate,
      },
    ],
  };
}
