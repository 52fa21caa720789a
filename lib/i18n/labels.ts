import type { Area } from '../content/schema';
import type { Dictionary } from './dictionary';
import { fill } from './localize';

/** An area's name with its type as each language writes it: "xã Bình Sơn", "Bình Sơn commune". */
export function areaLabel(area: Pick<Area, 'name' | 'type'>, dict: Dictionary): string {
  return fill(dict.areaTypes[area.type], { name: area.name });
}
