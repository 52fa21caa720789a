/**
 * Pools of records by province, so that a sales point stocks local products and an event shows
 * local producers.
 */
import type { GenerationContext } from './context';
import type { Random } from './random';

/** Slugs of records, grouped by the province they are in. */
export type ByProvince = Map<string, string[]>;

/** Groups slugs by the province of each record's area. */
export function groupByProvince<T>(
  context: GenerationContext,
  records: readonly T[],
  areaOf: (record: T) => string,
  slugOf: (record: T) => string,
): ByProvince {
  const grouped: ByProvince = new Map();
  for (const record of records) {
    const province = context.provinceOfArea.get(areaOf(record))!.slug;
    const list = grouped.get(province) ?? [];
    list.push(slugOf(record));
    grouped.set(province, list);
  }
  return grouped;
}

/** A few slugs from the province, or from anywhere when the province has none. */
export function someFrom(
  random: Random,
  pool: ByProvince,
  province: string,
  count: number,
  everywhere: string[],
) {
  const local = pool.get(province);
  return random.sample(local && local.length > 0 ? local : everywhere, count);
}
