/**
 * The bar chart as a 1920×1080 picture for television graphics desks, laid out for next/og (satori:
 * flexbox only, every box with several children says `display: flex`). Satori turns text into paths
 * with the fonts it is given, which is why the bars are drawn here as boxes rather than by embedding
 * the SVG file, whose text would need fonts the rasteriser does not have.
 */
import { barShares, chartColours, type BarChart } from './bar-chart';

export const barChartImageSize = { width: 1920, height: 1080 } as const;

/** Room left for the bars once the title and the source line are placed (padding 96 each side). */
const plotHeight = 700;
const labelWidth = 760;
/** The longest bar; the value is written after it. */
const longestBar = barChartImageSize.width - 2 * 96 - labelWidth - 160;

export interface BarChartImageProps {
  chart: BarChart;
  fontFamily: string;
  /** Shown at the top right, e.g. the site name. */
  brand: string;
  /** Shown as a tag while the site runs on sample data. */
  sampleLabel?: string;
}

export function BarChartImage({ chart, fontFamily, brand, sampleLabel }: BarChartImageProps) {
  const shares = barShares(chart.bars);
  const rowHeight = Math.min(120, Math.floor(plotHeight / Math.max(chart.bars.length, 1)));
  const labelSize = Math.max(24, Math.min(40, Math.round(rowHeight * 0.36)));
  const barHeight = Math.round(rowHeight * 0.5);
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: '64px 96px',
        background: chartColours.background,
        color: chartColours.text,
        fontFamily,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div
          style={{
            display: 'flex',
            fontSize: 60,
            fontWeight: 700,
            color: '#14532d',
            maxWidth: 1400,
          }}
        >
          {chart.title}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 12 }}>
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#14532d' }}>
            {brand}
          </div>
          {sampleLabel ? (
            <div
              style={{
                display: 'flex',
                fontSize: 26,
                padding: '4px 16px',
                background: '#fef3c7',
                color: '#92400e',
                borderRadius: 8,
              }}
            >
              {sampleLabel}
            </div>
          ) : null}
        </div>
      </div>
      <div
        style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }}
      >
        {chart.bars.map((bar, index) => (
          <div
            key={`${bar.label}-${index}`}
            style={{ display: 'flex', alignItems: 'center', height: rowHeight }}
          >
            <div
              style={{
                display: 'flex',
                flexShrink: 0,
                width: labelWidth,
                paddingLeft: bar.isDetail ? 40 : 0,
                paddingRight: 32,
                fontSize: bar.isDetail ? labelSize - 4 : labelSize,
                lineHeight: 1.2,
              }}
            >
              {bar.label}
            </div>
            <div style={{ display: 'flex', alignItems: 'center' }}>
              {bar.isRemainder ? null : (
                <div
                  style={{
                    display: 'flex',
                    width: Math.round(shares[index]! * longestBar),
                    height: bar.isDetail ? Math.round(barHeight * 0.7) : barHeight,
                    background: bar.isDetail ? chartColours.detailBar : chartColours.bar,
                  }}
                />
              )}
              <div
                style={{
                  display: 'flex',
                  marginLeft: bar.isRemainder ? 0 : 20,
                  fontSize: labelSize + 4,
                  fontWeight: 700,
                  color: bar.isRemainder ? chartColours.muted : chartColours.text,
                }}
              >
                {bar.valueText}
              </div>
            </div>
          </div>
        ))}
        {(chart.notes ?? []).map((note) => (
          <div key={note} style={{ display: 'flex', marginTop: 16, fontSize: 32 }}>
            {note}
          </div>
        ))}
      </div>
      <div
        style={{
          display: 'flex',
          paddingTop: 20,
          borderTop: `2px solid ${chartColours.rule}`,
          fontSize: 28,
          color: chartColours.muted,
        }}
      >
        {chart.sourceLine}
      </div>
    </div>
  );
}
