import { describe, expect, it } from 'vitest';
import { directionsLinks } from '@/lib/geo/directions';

describe('directionsLinks', () => {
  it('points every map app at the same coordinates', () => {
    const links = directionsLinks({ lat: 14.983, lng: 108.878 });
    expect(links.google).toBe(
      'https://www.google.com/maps/dir/?api=1&destination=14.983%2C108.878',
    );
    expect(links.apple).toBe('https://maps.apple.com/?daddr=14.983%2C108.878');
    expect(links.openStreetMap).toBe(
      'https://www.openstreetmap.org/?mlat=14.983&mlon=108.878#map=16/14.983/108.878',
    );
  });
});
