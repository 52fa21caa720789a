import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCertificates, normalizeCertificateCode } from '@/lib/catalogue/verify';
import { loadLocalContent } from '@/lib/content/local/local-source';
import type { Dataset } from '@/lib/content/schema';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadLocalContent(path.resolve('content'))).dataset;
});
const found = (code: string) => findCertificates(dataset, code).map((p) => p.slug);

describe('certificate check', () => {
  it('reads decision numbers however they are typed', () => {
    expect(normalizeCertificateCode(' 1425 / qd-ubnd ')).toBe(
      normalizeCertificateCode('1425/QĐ-UBND'),
    );
  });
  it('finds one product by its product code', () => {
    expect(found('qng-2023-0142')).toEqual(['mach-nha-mantoza']);
  });
  it('finds every product a decision covers', () => {
    const slugs = found('1698/QĐ-UBND');
    expect(slugs).toEqual(expect.arrayContaining(['gao-an-tra', 'mach-nha-kim-hong']));
  });
  it('finds a certificate by the decision that revoked it', () => {
    expect(found('612/QĐ-UBND')).toContain('gao-an-tra');
  });
  it('finds nothing for an unknown or empty code', () => {
    expect(found('9999/QĐ-UBND')).toEqual([]);
    expect(found('  ')).toEqual([]);
  });
});
