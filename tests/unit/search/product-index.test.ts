import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';
import { buildProductIndex, type ProductSearchIndex } from '@/lib/search/product-index';

let dataset: Dataset;
let index: ProductSearchIndex;
const slugs = (query: string) => index.search(query).map((hit) => hit.slug);

beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
  index = buildProductIndex(dataset);
});

describe('product search', () => {
  it('finds the same products with or without accents and capitals', () => {
    const plain = slugs('toi ly son');
    expect(plain).toEqual(expect.arrayContaining(['toi-ly-son-phu-sinh', 'toi-ly-son-dori']));
    expect(new Set(slugs('TỎI LÝ SƠN'))).toEqual(new Set(plain));
    expect(new Set(slugs('Tỏi Lý Sơn'))).toEqual(new Set(plain));
  });

  it('matches a word still being typed', () => {
    expect(slugs('toi ly s')).toEqual(
      expect.arrayContaining(['toi-ly-son-phu-sinh', 'toi-ly-son-dori']),
    );
    expect(slugs('mach nh')).toContain('mach-nha-mantoza');
  });

  it('folds đ: "dong trung" finds đông trùng hạ thảo', () => {
    expect(slugs('dong trung ha thao')[0]).toBe('dong-trung-ha-thao-sonita');
  });

  it('finds a product by the former name of its commune', () => {
    // Mười Quý fish sauce is in xã Bình Sơn now; its certificate says xã Bình Thạnh.
    expect(slugs('Bình Thạnh')).toContain('nuoc-mam-muoi-quy');
    expect(slugs('binh thanh')).toContain('nuoc-mam-muoi-quy');
  });

  it('finds products by producer, group and product code', () => {
    expect(slugs('Phú Sinh')).toEqual(
      expect.arrayContaining(['toi-ly-son-phu-sinh', 'toi-den-phu-sinh']),
    );
    expect(slugs('sinh vat canh')).toEqual(
      expect.arrayContaining(['lan-rung-mang-den', 'cay-canh-bonsai-tinh-khe']),
    );
    expect(slugs('QNG-2023-0142')).toEqual(['mach-nha-mantoza']);
  });

  it('requires every word to match, and finds nothing for a blank query', () => {
    expect(slugs('toi mantoza')).toEqual([]);
    expect(slugs('   ')).toEqual([]);
  });

  it('ranks products whose own words carry the typed accents first', () => {
    const base = dataset.products.find((p) => p.slug === 'gao-daka')!;
    const twin = (slug: string, vi: string) => ({ ...base, slug, name: { vi }, keywords: [] });
    const small = buildProductIndex({
      ...dataset,
      products: [twin('ban-a', 'Bàn gỗ'), twin('ban-b', 'Bạn gỗ')],
    });
    expect(small.search('Bạn gỗ').map((h) => h.slug)).toEqual(['ban-b', 'ban-a']);
    expect(small.search('Bàn gỗ').map((h) => h.slug)).toEqual(['ban-a', 'ban-b']);
  });
});
