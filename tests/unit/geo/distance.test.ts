import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance } from '@/lib/geo/distance';

describe('distanceKm', () => {
  it('is zero from a point to itself and the same both ways', () => {
    const a = { lat: 15.118, lng: 108.809 };
    const b = { lat: 14.355, lng: 108 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });
  it('measures on a sphere of mean Earth radius 6371.0088 km', () => {
    // One degree along the equator, and half a meridian.
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.195, 3);
    expect(distanceKm({ lat: 90, lng: 0 }, { lat: -90, lng: 0 })).toBeCloseTo(
      Math.PI * 6371.0088,
      6,
    );
  });
  it('gives province-scale distances: the provincial showcase to the Kon Tum one', () => {
    const km = distanceKm({ lat: 15.118, lng: 108.809 }, { lat: 14.355, lng: 108 });
    expect(km).toBeGreaterThan(120);
    expect(km).toBeLessThan(125);
  });
});

describe('formatDistance', () => {
  it.each([
    [0.004, 'vi', '4 m'],
    [0.0849, 'en', '80 m'],
    [0.85, 'vi', '850 m'],
    [0.9996, 'en', '1 km'],
    [1.23, 'vi', '1,2 km'],
    [1.23, 'en', '1.2 km'],
    [1.23, 'vi-VN', '1,2 km'],
    [1.23, 'en-GB', '1.2 km'],
    [2, 'en', '2 km'],
    [9.97, 'en', '10 km'],
    [37.4, 'vi', '37 km'],
    [1234.5, 'vi', '1.235 km'],
  ])('%s km in %s reads "%s"', (km, locale, text) => {
    expect(formatDistance(km, locale)).toBe(text);
  });
});
