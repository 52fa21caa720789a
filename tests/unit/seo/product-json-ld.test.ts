import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { loadLocalContent } from '@/lib/content/local/local-source';
import { productJsonLd } from '@/lib/seo/product-json-ld';

describe('product JSON-LD', async () => {
  const catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
  const json = (slug: string, today = '2026-11-23') =>
    productJsonLd(
      catalogue.product(slug)!,
      catalogue,
      'en',
      today,
      `https://ocop.example/en/products/${slug}`,
      'https://ocop.example',
    );

  it('states the OCOP rating as a certification', () => {
    expect(json('mach-nha-mantoza').hasCertification).toEqual({
      '@type': 'Certification',
      name: 'OCOP 4★',
      certificationIdentification: '1425/QĐ-UBND',
      certificationRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1 },
      certificationStatus: 'https://schema.org/CertificationActive',
      issuedBy: { '@type': 'Organization', name: "Quảng Ngãi Provincial People's Committee" },
      validFrom: '2023-12-25',
      expires: '2026-12-25',
    });
  });

  it('marks a revoked or expired certificate inactive', () => {
    expect(json('gao-an-tra').hasCertification.certificationStatus).toBe(
      'https://schema.org/CertificationInactive',
    );
    expect(json('mach-nha-mantoza', '2027-01-01').hasCertification.certificationStatus).toBe(
      'https://schema.org/CertificationInactive',
    );
  });

  it('never presents the stars as a review score', () => {
    for (const product of catalogue.dataset.products) {
      const text = JSON.stringify(json(product.slug));
      expect(text).not.toMatch(/AggregateRating|"Review"|reviewRating|aggregateRating/);
    }
  });
});
