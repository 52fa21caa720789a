import { createElement } from 'react';
import { ImageResponse } from 'next/og';
import { describe, expect, it } from 'vitest';
import { BarChartImage, barChartImageSize } from '@/lib/charts/bar-chart-image';
import type { BarChart } from '@/lib/charts/bar-chart';
import { getOgFonts, ogFontFamily } from '@/lib/og/fonts';

const chart: BarChart = {
  id: 'chart-test',
  title: 'Sản phẩm OCOP theo nhóm sản phẩm',
  description: 'Biểu đồ thanh ngang.',
  bars: [
    { label: 'Thực phẩm', value: 19, valueText: '19' },
    {
      label: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      value: 3,
      valueText: '3',
    },
    { label: 'trong đó: tiềm năng 5 sao', value: 2, valueText: '2', isDetail: true },
    { label: 'Các địa phương khác (12)', value: 12, valueText: '12', isRemainder: true },
  ],
  sourceLine: 'Nguồn: Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi, số liệu ngày 23/11/2026',
  notes: ['Không tính 2 sự kiện đã hủy.'],
};

describe('bar chart picture (next/og)', () => {
  it('renders a 1920×1080 PNG with the Vietnamese fonts', async () => {
    const response = new ImageResponse(
      createElement(BarChartImage, {
        chart,
        fontFamily: ogFontFamily,
        brand: 'OCOP Quảng Ngãi',
        sampleLabel: 'Dữ liệu mẫu',
      }),
      { ...barChartImageSize, fonts: await getOgFonts() },
    );
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(png.readUInt32BE(20)).toBe(1080);
  }, 30_000);
});
