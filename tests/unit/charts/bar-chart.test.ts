import { describe, expect, it } from 'vitest';
import {
  barShares,
  renderBarChartSvg,
  wrapLabel,
  type Bar,
  type BarChart,
} from '@/lib/charts/bar-chart';

const bars: Bar[] = [
  { label: '5 sao', value: 2, valueText: '2' },
  { label: '4 sao', value: 20, valueText: '20' },
  { label: 'trong đó: tiềm năng 5 sao', value: 2, valueText: '2', isDetail: true },
  { label: '3 sao', value: 18, valueText: '18' },
  { label: 'Không có', value: 0, valueText: '0' },
];
const chart: BarChart = {
  id: 'chart-test',
  title: 'Sản phẩm OCOP theo hạng sao',
  description: 'Biểu đồ thanh ngang. 5 sao: 2; 4 sao: 20.',
  bars,
  sourceLine: 'Nguồn: Sở Nông nghiệp và Môi trường, số liệu ngày 23/11/2026',
  notes: ['Dữ liệu mẫu'],
};

/**
 * Checks that markup is well-formed XML without a parser dependency: every tag closes in order,
 * attributes are quoted, and no bare `<` or `&` is left in text or attributes.
 */
function expectWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    consumed = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = match;
    const loose = text ?? attributes ?? '';
    expect(loose.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/&/);
    if (text !== undefined) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(consumed, 'markup the checker could not read').toBe(body.length);
  expect(stack).toEqual([]);
}

const attribute = (element: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
const barElements = (svg: string) => svg.match(/<rect class="bar"[^>]*>/g) ?? [];

describe('bar chart SVG', () => {
  it('is checked by a checker that rejects broken markup', () => {
    for (const broken of ['<svg><text>a</svg>', '<svg><rect x=1/></svg>', '<svg>A & B</svg>']) {
      expect(() => expectWellFormed(broken), broken).toThrow();
    }
  });

  it.each(['inline', 'file'] as const)('is well-formed and accessible (%s)', (mode) => {
    const svg = renderBarChartSvg(chart, mode);
    expectWellFormed(svg);
    const root = /<svg[^>]*>/.exec(svg)![0];
    expect(attribute(root, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(attribute(root, 'role')).toBe('img');
    expect(attribute(root, 'aria-labelledby')).toBe('chart-test-title');
    expect(attribute(root, 'aria-describedby')).toBe('chart-test-desc');
    expect(svg).toContain(`<title id="chart-test-title">${chart.title}</title>`);
    expect(svg).toContain(`<desc id="chart-test-desc">${chart.description}</desc>`);
    expect(barElements(svg)).toHaveLength(bars.length);
  });

  it('draws bars in proportion to their values (file: pixels)', () => {
    const svg = renderBarChartSvg(chart, 'file');
    const widths = barElements(svg).map((e) => Number(attribute(e, 'width')));
    const values = barElements(svg).map((e) => Number(attribute(e, 'data-value')));
    expect(values).toEqual(bars.map((b) => b.value));
    const perUnit = widths[1]! / values[1]!;
    values.forEach((value, i) => expect(widths[i]).toBeCloseTo(value * perUnit, 1));
    expect(widths[4]).toBe(0);
    expect(Math.max(...widths)).toBeLessThan(
      Number(attribute(/<svg[^>]*>/.exec(svg)![0], 'width')),
    );
  });

  it('draws bars in proportion to their values (inline: percent of the column)', () => {
    const svg = renderBarChartSvg(chart, 'inline');
    const widths = barElements(svg).map((e) => attribute(e, 'width')!);
    expect(widths.every((w) => w.endsWith('%'))).toBe(true);
    const percent = widths.map((w) => Number(w.slice(0, -1)));
    expect(percent[1]).toBe(85);
    expect(percent[0]).toBeCloseTo(8.5, 2);
    expect(percent[3]).toBeCloseTo(76.5, 2);
    // Inline, the chart keeps real text sizes: no viewBox that would scale it down.
    expect(svg).not.toContain('viewBox');
    expect(attribute(/<svg[^>]*>/.exec(svg)![0], 'width')).toBe('100%');
  });

  it('marks detail bars with their own colour', () => {
    const fills = barElements(renderBarChartSvg(chart, 'inline')).map((e) => attribute(e, 'fill'));
    expect(new Set(fills).size).toBe(2);
    expect(fills[2]).not.toBe(fills[1]);
  });

  it('puts title, notes and source line in the file only', () => {
    const file = renderBarChartSvg(chart, 'file');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(file).toContain('>Dữ liệu mẫu</text>');
    expect(file).toContain(`>${chart.sourceLine}</text>`);
    const inline = renderBarChartSvg(chart, 'inline');
    expect(inline.startsWith('<svg')).toBe(true);
    expect(inline).not.toContain(chart.sourceLine);
  });

  it('escapes text from the content', () => {
    const hostile: BarChart = {
      ...chart,
      title: 'A & B <script>alert("x")</script>',
      bars: [{ label: `Tom's "shop" <b>`, value: 1, valueText: '1' }],
    };
    for (const mode of ['inline', 'file'] as const) {
      const svg = renderBarChartSvg(hostile, mode);
      expectWellFormed(svg);
      expect(svg).not.toContain('<script>');
      expect(svg).toContain('A &amp; B &lt;script&gt;');
    }
  });

  it('copes with an empty chart and with all zeros', () => {
    expectWellFormed(renderBarChartSvg({ ...chart, bars: [] }, 'file'));
    const zeros = renderBarChartSvg(
      { ...chart, bars: bars.map((b) => ({ ...b, value: 0, valueText: '0' })) },
      'inline',
    );
    expect(zeros).not.toContain('NaN');
    expect(barElements(zeros).map((e) => attribute(e, 'width'))).toEqual(bars.map(() => '0%'));
  });

  it('wraps long labels over several lines and makes room for them', () => {
    const long = 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch';
    const svg = renderBarChartSvg(
      { ...chart, bars: [{ label: long, value: 3, valueText: '3' }] },
      'inline',
    );
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    const short = renderBarChartSvg(
      { ...chart, bars: [{ label: 'Ăn', value: 3, valueText: '3' }] },
      'inline',
    );
    const height = (s: string) => Number(attribute(/<svg[^>]*>/.exec(s)![0], 'height'));
    expect(height(svg)).toBeGreaterThan(height(short));
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the width, keeping long words whole', () => {
    expect(wrapLabel('một hai ba bốn', 7)).toEqual(['một hai', 'ba bốn']);
    expect(wrapLabel('Siêuthịrấtdàitên ở đây', 5)).toEqual(['Siêuthịrấtdàitên', 'ở đây']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});

describe('barShares and the remainder', () => {
  it('scales to the largest bar', () => {
    expect(barShares(bars)).toEqual([0.1, 1, 0.1, 0.9, 0]);
  });

  const gathered: Bar[] = [
    { label: 'Xã A', value: 9, valueText: '9' },
    { label: 'Xã B', value: 7, valueText: '7' },
    { label: 'Các địa phương khác (40)', value: 60, valueText: '60', isRemainder: true },
  ];

  it('leaves the gathered rows out of the scale, so they cannot flatten the other bars', () => {
    expect(barShares(gathered)).toEqual([1, 7 / 9, 0]);
  });

  it('writes the gathered rows with their sum but draws no bar for them', () => {
    for (const mode of ['inline', 'file'] as const) {
      const svg = renderBarChartSvg({ ...chart, bars: gathered }, mode);
      expectWellFormed(svg);
      expect(barElements(svg).map((bar) => attribute(bar, 'data-value'))).toEqual(['9', '7']);
      expect(svg).toContain('Các địa phương khác (40)');
      expect(svg).toMatch(/fill="#57534e">60<\/text>/);
    }
  });
});
