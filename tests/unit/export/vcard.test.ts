import path from 'node:path';
import vCard from 'vcf';
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/catalogue/catalogue';
import { escapeText, foldLine, producerVCard } from '@/lib/contact/vcard';
import { loadLocalContent } from '@/lib/content/local/local-source';

describe('vCard text', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('Công ty A; chi nhánh, số 2\\3\nTầng 1')).toBe(
      'Công ty A\\; chi nhánh\\, số 2\\\\3\\nTầng 1',
    );
  });
  it('folds lines at 75 octets without splitting a Vietnamese letter', () => {
    const folded = foldLine(`NOTE:${'Sản phẩm OCOP Quảng Ngãi '.repeat(8)}`);
    for (const line of folded.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((line, i) => (i === 0 ? line : line.slice(1)))
        .join(''),
    ).toBe(`NOTE:${'Sản phẩm OCOP Quảng Ngãi '.repeat(8)}`);
  });
});

describe('producerVCard', async () => {
  const catalogue = getCatalogue((await loadLocalContent(path.resolve('content'))).dataset);
  const producer = catalogue.producer('htx-nam-duc-nhuan')!;
  const card = producerVCard({
    producer,
    name: producer.name.vi,
    area: catalogue.area(producer.address.area),
    provinceName: 'Quảng Ngãi',
    pageUrl: 'https://ocop.example/vi/producers/htx-nam-duc-nhuan',
  });

  it('is a vCard 4.0 that an independent parser reads back', () => {
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    const [parsed] = vCard.parse(card);
    expect(parsed!.get('fn').valueOf()).toBe('Hợp tác xã Nấm Đức Nhuận');
    expect(String(parsed!.get('tel').valueOf())).toBe('tel:0900000006');
    expect(String(parsed!.get('email').valueOf())).toBe('namducnhuan@example.com');
    expect(String(parsed!.get('geo').valueOf())).toBe(
      `geo:${producer.coordinates.lat},${producer.coordinates.lng}`,
    );
  });
});
