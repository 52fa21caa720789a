import { describe, expect, it } from 'vitest';
import { eventSchema, productSchema, retailPointSchema } from '@/lib/content/schema';

const product = {
  slug: 'toi-ly-son-mau',
  code: 'QNG-2024-0001',
  name: { vi: 'Tỏi Lý Sơn', en: 'Lý Sơn garlic' },
  summary: { vi: 'Tỏi cô đơn' },
  description: { vi: 'Mô tả.' },
  group: 'food',
  subgroup: 'food-fresh',
  stars: 4,
  score: 82,
  certificate: {
    decisionNumber: '958/QĐ-UBND',
    issuedBy: 'ubnd-tinh-quang-ngai',
    decisionDate: '2024-09-13',
  },
  producer: 'phu-sinh-ly-son',
  area: 'ly-son',
  images: [
    {
      src: '/images/groups/food.svg',
      alt: { vi: 'Minh họa' },
      credit: 'Mẫu',
      license: 'CC BY 4.0',
      width: 1200,
      height: 800,
    },
  ],
  source: { organisation: 'so-nong-nghiep-moi-truong', checkedOn: '2026-11-01' },
};

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('productSchema', () => {
  it('accepts a complete product and fills defaults', () => {
    const parsed = productSchema.parse(product);
    expect(parsed.isPotentialFiveStar).toBe(false);
    expect(parsed.certificate.history).toEqual([]);
    expect(parsed.standards).toEqual([]);
  });

  it('rejects a score outside the band of the stars held, naming the field', () => {
    const result = productSchema.safeParse({ ...product, score: 91 });
    expect(fieldsOf(result)).toEqual(['score']);
  });

  it('accepts a potential five-star product: 4 stars with a score of 90 or more', () => {
    expect(
      productSchema.safeParse({ ...product, score: 91, isPotentialFiveStar: true }).success,
    ).toBe(true);
    expect(
      fieldsOf(productSchema.safeParse({ ...product, score: 85, isPotentialFiveStar: true })),
    ).toEqual(['score']);
  });

  it('rejects 2 stars, bad dates and bad slugs with their paths', () => {
    const result = productSchema.safeParse({
      ...product,
      slug: 'Tỏi Lý Sơn',
      stars: 2,
      certificate: { ...product.certificate, decisionDate: '13/09/2024' },
    });
    expect(fieldsOf(result)).toEqual(
      expect.arrayContaining(['slug', 'stars', 'certificate.decisionDate']),
    );
  });

  it('requires Vietnamese text but not English', () => {
    expect(fieldsOf(productSchema.safeParse({ ...product, name: { en: 'Garlic' } }))).toEqual([
      'name.vi',
    ]);
  });
});

describe('retailPointSchema', () => {
  const point = {
    slug: 'diem-ocop',
    name: { vi: 'Điểm OCOP' },
    kind: 'ocop-showcase',
    address: { area: 'cam-thanh' },
    coordinates: { lat: 15.12, lng: 108.8 },
    source: { organisation: 'so-cong-thuong', checkedOn: '2026-11-01' },
  };
  it('lets online shops go without address and coordinates', () => {
    expect(
      retailPointSchema.safeParse({
        ...point,
        kind: 'online-shop',
        address: undefined,
        coordinates: undefined,
      }).success,
    ).toBe(true);
  });
  it('requires coordinates of a shop with premises', () => {
    expect(fieldsOf(retailPointSchema.safeParse({ ...point, coordinates: undefined }))).toEqual([
      'coordinates',
    ]);
  });
  it('rejects opening hours not written HH:MM', () => {
    const result = retailPointSchema.safeParse({
      ...point,
      openingHours: [{ days: ['mo'], opens: '7h30', closes: '20:00' }],
    });
    expect(fieldsOf(result)).toEqual(['openingHours.0.opens']);
  });
});

describe('eventSchema', () => {
  const event = {
    slug: 'hoi-cho',
    title: { vi: 'Hội chợ' },
    description: { vi: 'Mô tả' },
    kind: 'fair',
    start: '2025-08-29T08:00:00+07:00',
    end: '2025-09-02T22:00:00+07:00',
    venue: {
      name: { vi: 'Quảng trường' },
      address: { area: 'cam-thanh' },
      coordinates: { lat: 15.12, lng: 108.8 },
    },
    source: { organisation: 'so-cong-thuong', checkedOn: '2026-11-01' },
  };
  it('defaults to scheduled', () => {
    expect(eventSchema.parse(event).status).toBe('scheduled');
  });
  it('rejects an end before the start', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...event, end: '2025-08-28T08:00:00+07:00' }))).toEqual(
      ['end'],
    );
  });
  it('requires times with an offset', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...event, start: '2025-08-29 08:00' }))).toEqual([
      'start',
    ]);
  });
  it('accepts a venue outside the province, which has no area of ours', () => {
    const outside = {
      ...event,
      venue: { ...event.venue, address: { line: '4 Phạm Ngọc Thạch, TP. Hồ Chí Minh' } },
    };
    expect(eventSchema.safeParse(outside).success).toBe(true);
  });
  it('requires the former start of a rescheduled event', () => {
    expect(fieldsOf(eventSchema.safeParse({ ...event, status: 'rescheduled' }))).toEqual([
      'previousStart',
    ]);
  });
});
