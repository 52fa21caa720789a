/**
 * What every record generator needs to know: the base content (settings, groups, rounds) and the
 * synthetic places, with lookups by slug.
 */
import type { EvaluationRound, GroupScheme, SiteSettings } from '../content/schema';
import type { AreaRecord, SyntheticProvince } from './places';

/** The parts of a real content folder a synthetic dataset reuses. */
export interface SynthBase {
  settings: SiteSettings;
  groupScheme: GroupScheme;
  rounds: EvaluationRound[];
}

export interface GenerationContext extends SynthBase {
  provinces: SyntheticProvince[];
  areas: AreaRecord[];
  provinceOfArea: Map<string, SyntheticProvince>;
  areaBySlug: Map<string, AreaRecord>;
}

/**
 * The day the synthetic data pretend to have been gathered. A fixed date, not the clock: the output
 * must not change from one day to the next.
 */
export const referenceDate = '2026-10-31';

/** Credit line of every illustration the synthetic records point to. */
export const illustrationCredit = 'Minh họa: OCOP (dữ liệu tổng hợp)';

/** Builds the lookups of a generation context. */
export function createContext(base: SynthBase, provinces: SyntheticProvince[]): GenerationContext {
  const areas = provinces.flatMap((p) => p.areas);
  return {
    ...base,
    provinces,
    areas,
    provinceOfArea: new Map(provinces.flatMap((p) => p.areas.map((a) => [a.slug, p] as const))),
    areaBySlug: new Map(areas.map((a) => [a.slug, a])),
  };
}
