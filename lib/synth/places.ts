/**
 * Synthetic places at national scale: 34 provinces (as many as Vietnam has had since July 2025) with
 * a few dozen communes and wards each, spread over the country's bounding box. Names are built from
 * syllables, so they look Vietnamese without claiming to be real places.
 */
import type { z } from 'zod';
import type { areaSchema, Coordinates } from '../content/schema';
import { createSlugRegistry, slugify, twoSyllableName } from './names';
import type { Random } from './random';
import {
  lowlandSyllables,
  secondSyllables,
  uplandSecondSyllables,
  uplandSyllables,
} from './vocabulary';

export type AreaRecord = z.input<typeof areaSchema>;

/** South-west and north-east corners of Vietnam's mainland bounding box. */
export const vietnamBounds: [Coordinates, Coordinates] = [
  { lat: 8.5, lng: 102.1 },
  { lat: 23.4, lng: 109.5 },
];

export const provinceCount = 34;

/** A synthetic province: its communes, its People's Committee (which signs certificates) and a code. */
export interface SyntheticProvince {
  slug: string;
  name: string;
  /** Two or three capital letters, the prefix of product codes ("BPA-2025-01234"). */
  code: string;
  centre: Coordinates;
  /** Slug of the organisation that certifies this province's products. */
  certifier: string;
  areas: AreaRecord[];
}

/**
 * Where the land is at a given latitude, roughly: Vietnam is wide in the north, a thin strip in the
 * centre and wide again in the Mekong delta. Keeps synthetic provinces off the open sea.
 */
function landLongitudes(lat: number): [west: number, east: number] {
  if (lat >= 20.5) return [102.6, 107.4];
  if (lat >= 17.0) return [104.8, 107.0];
  if (lat >= 15.0) return [106.9, 108.8];
  if (lat >= 11.0) return [107.4, 109.2];
  return [104.9, 107.4];
}

/** Rounds to three decimals (about 100 m), as the sample content writes coordinates. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A point within `spread` degrees of `centre`, kept inside the country's bounding box. */
export function nearby(random: Random, centre: Coordinates, spread: number): Coordinates {
  const [southWest, northEast] = vietnamBounds;
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
  return {
    lat: roundCoordinate(
      clamp(centre.lat + random.float(-spread, spread), southWest.lat, northEast.lat),
    ),
    lng: roundCoordinate(
      clamp(centre.lng + random.float(-spread, spread), southWest.lng, northEast.lng),
    ),
  };
}

/** A name whose slug is not yet in `taken`, drawn again until it is free. */
function freshName(taken: Set<string>, draw: () => string): string {
  let name = draw();
  while (taken.has(slugify(name))) name = draw();
  taken.add(slugify(name));
  return name;
}

/** Product-code prefix: the initials of the name, plus a letter when another province has them. */
function provinceCode(name: string, taken: Set<string>): string {
  const initials = slugify(name)
    .split('-')
    .map((word) => word[0]!.toUpperCase())
    .join('');
  if (!taken.has(initials)) {
    taken.add(initials);
    return initials;
  }
  const letter = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !taken.has(initials + l))!;
  taken.add(initials + letter);
  return initials + letter;
}

/**
 * Generates the provinces and their communes. Province centres are spread from south to north, one
 * latitude band each; communes lie within about 30 km of their province centre, and the ones east of
 * it form the "east" region (the coastal side), the others the "west".
 */
export function generatePlaces(
  random: Random,
  communesPerProvince: number,
  reservedOrganisations: ReadonlySet<string>,
): SyntheticProvince[] {
  const [southWest, northEast] = vietnamBounds;
  const band = (northEast.lat - southWest.lat - 0.6) / provinceCount;
  // A province whose certifier slug is already an organisation of the base settings is skipped.
  const provinceNames = new Set(
    [...reservedOrganisations].filter((s) => s.startsWith('ubnd-tinh-')).map((s) => s.slice(10)),
  );
  const codes = new Set<string>();
  const areaSlugs = createSlugRegistry();

  return Array.from({ length: provinceCount }, (_, index) => {
    const name = freshName(provinceNames, () =>
      twoSyllableName(random, lowlandSyllables, secondSyllables),
    );
    const lat = southWest.lat + 0.3 + (index + random.float(0.2, 0.8)) * band;
    const [west, east] = landLongitudes(lat);
    const centre = { lat: roundCoordinate(lat), lng: roundCoordinate(random.float(west, east)) };
    // The north-west and the Central Highlands, where commune names are often Thái or Bahnar words.
    const isUpland =
      (lat > 20.5 && centre.lng < 105.5) || (lat > 11.5 && lat < 15.5 && centre.lng < 108.3);
    const districts = Array.from({ length: random.int(4, 8) }, () =>
      twoSyllableName(random, lowlandSyllables, secondSyllables),
    );
    const communeNames = new Set<string>();

    const areas = Array.from({ length: communesPerProvince }, (): AreaRecord => {
      const areaCentre = nearby(random, centre, 0.3);
      const type = random.weighted([
        ['commune', 80],
        ['ward', 18.5],
        ['special-zone', 1.5],
      ] as const);
      const areaName = freshName(communeNames, () =>
        isUpland && type === 'commune' && random.chance(0.5)
          ? twoSyllableName(random, uplandSyllables, uplandSecondSyllables)
          : twoSyllableName(random, lowlandSyllables, secondSyllables),
      );
      const formerType = type === 'ward' ? ('ward' as const) : ('commune' as const);
      const district = random.pick(districts);
      const merged = Array.from({ length: random.int(0, 2) }, () => ({
        name: twoSyllableName(random, lowlandSyllables, secondSyllables),
        type: formerType,
        district,
      }));
      return {
        slug: areaSlugs.claim(areaName, `${areaName} ${name}`),
        name: areaName,
        type,
        region: areaCentre.lng >= centre.lng ? 'east' : 'west',
        centre: areaCentre,
        // Most 2025 communes merged two or three older ones and kept one of their names.
        formerNames: [{ name: areaName, type: formerType, district }, ...merged],
      };
    });

    const slug = slugify(name);
    return {
      slug,
      name,
      code: provinceCode(name, codes),
      centre,
      certifier: `ubnd-tinh-${slug}`,
      areas,
    };
  });
}
