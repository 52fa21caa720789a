import { describe, expect, it } from 'vitest';
import { escapeUndecodableSegments } from '../../../server/undecodable-path.mjs';

describe('escapeUndecodableSegments', () => {
  it('leaves a path that decodes as it is, escapes included', () => {
    for (const target of [
      '/vi/products/mat-ong',
      '/vi/products?q=m%E1%BA%ADt%20ong',
      '/vi/products/m%E1%BA%ADt',
      '/api/v1/products/%2F',
      '/',
    ]) {
      expect(escapeUndecodableSegments(target)).toBe(target);
    }
  });

  it('escapes the % of each segment that is not UTF-8, so it decodes to the text sent', () => {
    expect(escapeUndecodableSegments('/vi/products/%FF')).toBe('/vi/products/%25FF');
    expect(escapeUndecodableSegments('/api/v1/products/%E0%A4%A')).toBe(
      '/api/v1/products/%25E0%25A4%25A',
    );
    expect(escapeUndecodableSegments('/embed/events/%')).toBe('/embed/events/%25');
    expect(decodeURIComponent(escapeUndecodableSegments('/vi/products/%FF'))).toBe(
      '/vi/products/%FF',
    );
  });

  it('keeps the segments that decode and the query untouched', () => {
    expect(escapeUndecodableSegments('/vi/%E1%BA%AD/%FF/x?q=%&lang=vi')).toBe(
      '/vi/%E1%BA%AD/%25FF/x?q=%&lang=vi',
    );
  });
});
