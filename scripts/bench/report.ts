/**
 * Figures of the benchmark: percentiles of latency samples and the report, as a table for people or
 * JSON for machines. Targets are shown beside the figures, never enforced: benchmark machines are
 * noisy, and the figures go into notes.
 */

/** The p-th percentile (0–100) of samples, by the nearest-rank method; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Targets from SPEC.md's performance section, in milliseconds (build.peakMB in MB). */
export const benchTargets = {
  'build.ms': 300_000,
  'build.peakMB': 4096,
  'ttfb.product.warmP95Ms': 50,
  'index.buildMs': 2000,
  'search.p95Ms': 10,
  'api.products.p95Ms': 30,
  'api.producers.p95Ms': 30,
  'api.events.p95Ms': 30,
  'api.records.p95Ms': 30,
  'api.stats.p95Ms': 30,
  'api.retail.p95Ms': 50,
  'csv.allP50Ms': 1000,
  'ics.feedMs': 300,
  'retail.clusterMs': 50,
  'contentful.readMs': 60_000,
  // "At most 30 a second": the table's verdict is "below the target".
  'contentful.peakRequestsPerSecond': 31,
} as const;

export type BenchMetrics = Record<string, number | string | boolean | null>;

/** Rounds a duration for display: one decimal below 100 ms, whole milliseconds above. */
function formatValue(value: number | string | boolean | null): string {
  if (typeof value !== 'number') return String(value ?? '–');
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  return value < 100 ? value.toFixed(2) : Math.round(value).toLocaleString('en-GB');
}

/**
 * A plain-text table: one line per metric, with its target and whether the figure met it.
 * `heading` lines are printed above.
 */
export function formatBenchTable(heading: string[], metrics: BenchMetrics): string {
  const rows = Object.entries(metrics).map(([name, value]) => {
    const target = benchTargets[name as keyof typeof benchTargets];
    const verdict =
      target === undefined || typeof value !== 'number' ? '' : value < target ? 'met' : 'MISSED';
    return [name, formatValue(value), target === undefined ? '' : `< ${target}`, verdict];
  });
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [...heading, '', line(header), ...rows.map(line)].join('\n');
}
