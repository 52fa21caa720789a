import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCatalogue, type Catalogue } from '@/lib/catalogue/catalogue';
import { getProducerProfile } from '@/lib/catalogue/producer-profile';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { producerJsonLd } from '@/lib/seo/producer-json-ld';

let catalogue: Catalogue;
const today = '2026-11-23';

beforeAll(async () => {
  catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
});

describe('getProducerProfile', () => {
  it('lists every product of the producer, and the best valid rating', () => {
    const profile = getProducerProfile(catalogue, 'muoi-sahu', today);
    expect(profile.products.map((p) => p.slug).sort()).toEqual([
      'hoa-muoi-sahu',
      'muoi-rang-sahu',
      'muoi-tre-sahu',
    ]);
    expect(profile.certifiedCount).toBe(3);
    expect(profile.bestStars).toBe(4);
  });

  it('counts no valid product for a producer whose only certificate was revoked', () => {
    const profile = getProducerProfile(catalogue, 'htx-an-tra', today);
    expect(profile.products.map((p) => p.slug)).toEqual(['gao-an-tra']);
    expect(profile.certifiedCount).toBe(0);
    expect(profile.bestStars).toBeUndefined();
  });

  it('finds the fairs the producer joins and the shops that sell its products', () => {
    const profile = getProducerProfile(catalogue, 'htx-nam-duc-nhuan', today);
    expect(profile.events.length).toBeGreaterThan(0);
    expect(profile.events.every((e) => e.participants.includes('htx-nam-duc-nhuan'))).toBe(true);
    expect(profile.retailPoints.length).toBeGreaterThan(0);
    expect(profile.retailPoints.every((r) => r.products.includes('nam-linh-chi-duc-nhuan'))).toBe(
      true,
    );
  });
});

describe('producer JSON-LD', () => {
  it('is an Organization with address, location, contact and the products it offers', () => {
    const producer = catalogue.producer('htx-nam-duc-nhuan')!;
    const profile = getProducerProfile(catalogue, producer.slug, today);
    const json = producerJsonLd(
      producer,
      profile.products,
      catalogue,
      'en',
      'https://ocop.example/en/producers/htx-nam-duc-nhuan',
      'https://ocop.example',
    );
    expect(json['@type']).toBe('Organization');
    expect(json.address).toMatchObject({
      '@type': 'PostalAddress',
      addressLocality: 'Mộ Đức',
      addressCountry: 'VN',
    });
    expect(json.location.geo).toEqual({
      '@type': 'GeoCoordinates',
      latitude: producer.coordinates.lat,
      longitude: producer.coordinates.lng,
    });
    expect(json.contactPoint).toMatchObject({ telephone: producer.phone, email: producer.email });
    expect(json.makesOffer).toEqual([
      {
        '@type': 'Offer',
        itemOffered: {
          '@type': 'Product',
          name: expect.any(String),
          url: 'https://ocop.example/en/products/nam-linh-chi-duc-nhuan',
        },
      },
    ]);
  });
});
