import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { provinceOutline, provinceOutlineSource } from '@/lib/geo/province-outline';

/** Ray casting: whether [lng, lat] lies inside a ring. */
function isInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const isInProvince = (lng: number, lat: number) =>
  provinceOutline.geometry.coordinates.some((polygon) => isInRing([lng, lat], polygon[0]!));

/** Twice the signed area of a ring: positive when counter-clockwise. */
const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0);

describe('provinceOutline', () => {
  it('is small, valid GeoJSON with exterior rings counter-clockwise (RFC 7946)', () => {
    const file = readFileSync(path.resolve('lib/geo/province-outline.json'), 'utf8');
    expect(file.length).toBeLessThan(30_000);
    expect(() => check(file)).not.toThrow();
    expect(provinceOutline.geometry.type).toBe('MultiPolygon');
    for (const polygon of provinceOutline.geometry.coordinates) {
      expect(signedArea(polygon[0]!)).toBeGreaterThan(0);
    }
  });

  it('covers both former provinces and Lý Sơn island', () => {
    expect(isInProvince(108.809, 15.118)).toBe(true); // Quảng Ngãi city
    expect(isInProvince(108.0, 14.355)).toBe(true); // Kon Tum city
    expect(isInProvince(108.291, 14.603)).toBe(true); // Măng Đen
    expect(isInProvince(109.118, 15.383)).toBe(true); // Lý Sơn
  });

  it('leaves out the neighbours and the sea', () => {
    expect(isInProvince(108.22, 16.05)).toBe(false); // Đà Nẵng
    expect(isInProvince(108.0, 13.98)).toBe(false); // Pleiku, Gia Lai
    expect(isInProvince(109.0, 15.25)).toBe(false); // the sea between the coast and Lý Sơn
  });

  it('credits its sources', () => {
    expect(provinceOutlineSource).toContain('Natural Earth');
    expect(provinceOutlineSource).toContain('OpenStreetMap');
  });
});
