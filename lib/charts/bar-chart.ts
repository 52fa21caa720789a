/**
 * A horizontal bar chart as plain SVG markup, drawn on the server: no chart library reaches the
 * browser. Each bar sits under its label, so long Vietnamese names never collide with the bars.
 *
 * Two variants from one layout:
 * - `inline`, for the page: no viewBox and bar lengths in percent, so the chart takes the width of
 *   its column while the text keeps its real size (a scaled-down chart would shrink the text);
 * - `file`, for download: fixed pixels, a white background, the title and the source line drawn in,
 *   so the file stands on its own in a newspaper's layout or an editor.
 */

export interface Bar {
  label: string;
  value: number;
  /** The value as shown, formatted for the language (1.234 / 1,234). */
  valueText: string;
  /** A bar that details part of the bar above it (potential five-star within four-star). */
  isDetail?: boolean;
  /**
   * The rows left out of a shortened chart, gathered: written, not drawn, and not in the scale (the
   * sum of many small places would dwarf the largest one and flatten the chart).
   */
  isRemainder?: boolean;
}

export interface BarChart {
  /** Prefix of the ids inside the SVG; unique on the page. */
  id: string;
  title: string;
  /** The text alternative: what the chart shows, with every value. */
  description: string;
  bars: Bar[];
  /** Drawn under the bars in the downloadable file and the picture. */
  sourceLine: string;
  /** Lines written under the bars in the file and the picture (what the bars leave out). */
  notes?: string[];
}

export type BarChartMode = 'inline' | 'file';

/** Colours with at least 4.5:1 contrast on white (text and bars alike). */
export const chartColours = {
  bar: '#166534',
  detailBar: '#b45309',
  text: '#1c1917',
  muted: '#57534e',
  rule: '#78716c',
  background: '#ffffff',
} as const;

/** The longest bar leaves room for its value after it. */
const longestBar = 0.85;

/**
 * Sizes in pixels. Labels wrap at a number of characters rather than a measured width (the server
 * cannot measure text): 32 characters of 15px text fit the narrowest phone.
 */
const layouts = {
  inline: { width: 0, pad: 0, top: 0, bottom: 0, font: 15, line: 19, wrapAt: 32, row: 56 },
  file: { width: 960, pad: 40, top: 96, bottom: 64, font: 17, line: 22, wrapAt: 80, row: 62 },
} as const;

export const fileFontFamily =
  "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Each bar's length as a share (0–1) of the longest possible bar: proportional to its value. */
export function barShares(bars: Bar[]): number[] {
  const max = Math.max(0, ...bars.filter((b) => !b.isRemainder).map((b) => b.value));
  return bars.map((b) => (max > 0 && !b.isRemainder ? Math.max(0, b.value) / max : 0));
}

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}

/** A number for an attribute: at most two decimals, no trailing zeros. */
const num = (value: number) => String(Math.round(value * 100) / 100);

/** Splits a label into lines of at most `width` characters, at spaces (a longer word stays whole). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length > 0 ? lines : [''];
}

/** The chart as an SVG document (`file`) or an element to put in a page (`inline`). */
export function renderBarChartSvg(chart: BarChart, mode: BarChartMode): string {
  const l = layouts[mode];
  const isFile = mode === 'file';
  const plotWidth = l.width - 2 * l.pad;
  // Inline, lengths are percentages of the chart's width; in the file, pixels from the left margin.
  const x = (share: number) => (isFile ? num(l.pad + share * plotWidth) : `${num(share * 100)}%`);
  const length = (share: number) => (isFile ? num(share * plotWidth) : `${num(share * 100)}%`);
  const ids = { title: `${chart.id}-title`, desc: `${chart.id}-desc` };
  const shares = barShares(chart.bars);
  const barHeight = l.font + 5;

  let top = l.top;
  const rows = chart.bars.map((bar, index) => {
    const share = shares[index]! * longestBar;
    const indent = bar.isDetail ? 16 : 0;
    const labelX = num(l.pad + indent);
    const lines = wrapLabel(bar.label, l.wrapAt - (bar.isDetail ? 2 : 0));
    const label = lines
      .map(
        (line, i) => `<tspan x="${labelX}" dy="${i === 0 ? 0 : l.line}">${escapeXml(line)}</tspan>`,
      )
      .join('');
    const barTop = top + l.font + 8 + (lines.length - 1) * l.line;
    const value = escapeXml(bar.valueText);
    const valueY = barTop + barHeight - 5;
    const row = [
      `<text y="${top + l.font}" fill="${chartColours.text}">${label}</text>`,
      bar.isRemainder
        ? `<text x="${x(0)}" y="${valueY}" font-weight="700" fill="${chartColours.muted}">${value}</text>`
        : `<rect class="bar" data-value="${bar.value}" x="${x(0)}" y="${barTop}" width="${length(share)}" height="${barHeight}" fill="${bar.isDetail ? chartColours.detailBar : chartColours.bar}"/>` +
          `<text x="${x(share)}" dx="8" y="${valueY}" font-weight="700" fill="${chartColours.text}">${value}</text>`,
    ].join('');
    top += l.row + (lines.length - 1) * l.line;
    return row;
  });
  const barsBottom = top;
  const notes = isFile ? (chart.notes ?? []) : [];
  const height = barsBottom + notes.length * 26 + l.bottom;

  const size = isFile
    ? `width="${l.width}" height="${height}" viewBox="0 0 ${l.width} ${height}"`
    : `width="100%" height="${height}"`;
  const font = isFile ? ` font-family="${escapeXml(fileFontFamily)}"` : '';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} role="img" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" font-size="${l.font}"${font}>`,
    `<title id="${ids.title}">${escapeXml(chart.title)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(chart.description)}</desc>`,
  ];
  if (isFile) {
    parts.push(
      `<rect width="100%" height="100%" fill="${chartColours.background}"/>`,
      `<text x="${l.pad}" y="56" font-size="26" font-weight="700" fill="${chartColours.text}">${escapeXml(chart.title)}</text>`,
    );
  }
  parts.push(...rows);
  notes.forEach((note, index) => {
    parts.push(
      `<text x="${l.pad}" y="${barsBottom + 20 + index * 26}" fill="${chartColours.text}">${escapeXml(note)}</text>`,
    );
  });
  if (isFile) {
    parts.push(
      `<text x="${l.pad}" y="${height - 28}" font-size="14" fill="${chartColours.muted}">${escapeXml(chart.sourceLine)}</text>`,
    );
  }
  parts.push('</svg>');
  const svg = parts.join('');
  return isFile ? `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n` : svg;
}
