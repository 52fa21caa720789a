/**
 * Figures of the load test: a per-kind tally kept while the load runs, and the summary printed at the
 * end, as a table for people or JSON for machines. Unlike the benchmark, the load test gates: any
 * socket error, timeout or non-2xx answer fails it.
 */
import { percentile } from '../bench/report';

/** A request on its way: what was asked and when. */
export interface PendingRequest {
  kind: string;
  path: string;
  startedAt: number;
}

/**
 * Answers and client-side latencies per kind of request, the paths that did not answer 2xx, and the
 * requests that never got an answer (autocannon counts timeouts but does not say which request
 * timed out).
 */
export interface KindTally {
  /** Notes a request as sent; pass the result to `answer` when its answer arrives. */
  send(kind: string, path: string, now: number): PendingRequest;
  answer(request: PendingRequest, status: number, now: number): void;
  byKind(): KindFigures[];
  failures(limit?: number): FailedPath[];
  /** Requests sent at least `ms` before `now` and never answered: the timeouts, by path. */
  unanswered(now: number, ms: number, limit?: number): UnansweredPath[];
}

export interface KindFigures {
  kind: string;
  requests: number;
  non2xx: number;
  p50Ms: number;
  p99Ms: number;
}

export interface FailedPath {
  path: string;
  /** 0: an answer autocannon could not read (see `answer`). */
  status: number;
  count: number;
}

export interface UnansweredPath {
  kind: string;
  path: string;
  count: number;
}

/** A tally that keeps every latency sample: a minute at a few thousand requests a second is small. */
export function createKindTally(): KindTally {
  const samples = new Map<string, number[]>();
  const non2xx = new Map<string, number>();
  const failed = new Map<string, FailedPath>();
  const pending = new Set<PendingRequest>();
  return {
    send(kind, path, now) {
      const request = { kind, path, startedAt: now };
      pending.add(request);
      return request;
    },
    answer(request, answeredStatus, now) {
      pending.delete(request);
      // autocannon does not reset its HTTP parser when it drops a connection after a timeout: the
      // next answer on that client can come out without a status. It is counted as status 0.
      const status = Number.isInteger(answeredStatus) ? answeredStatus : 0;
      const { kind, path } = request;
      let list = samples.get(kind);
      if (!list) samples.set(kind, (list = []));
      list.push(now - request.startedAt);
      if (status >= 200 && status < 300) return;
      non2xx.set(kind, (non2xx.get(kind) ?? 0) + 1);
      const key = `${status} ${path}`;
      const entry = failed.get(key) ?? { path, status, count: 0 };
      entry.count += 1;
      failed.set(key, entry);
    },
    byKind() {
      return [...samples]
        .map(([kind, list]) => ({
          kind,
          requests: list.length,
          non2xx: non2xx.get(kind) ?? 0,
          p50Ms: percentile(list, 50),
          p99Ms: percentile(list, 99),
        }))
        .sort((a, b) => b.requests - a.requests || a.kind.localeCompare(b.kind));
    },
    failures(limit = 20) {
      return [...failed.values()].sort((a, b) => b.count - a.count).slice(0, limit);
    },
    unanswered(now, ms, limit = 20) {
      const counts = new Map<string, UnansweredPath>();
      for (const request of pending) {
        if (now - request.startedAt < ms) continue;
        const entry = counts.get(request.path) ?? {
          kind: request.kind,
          path: request.path,
          count: 0,
        };
        entry.count += 1;
        counts.set(request.path, entry);
      }
      return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit);
    },
  };
}

export interface LoadSummary {
  target: string;
  acceptEncoding: string;
  /** The cap on requests a second, or null for a saturation test. */
  rate: number | null;
  connections: number;
  durationSeconds: number;
  node: string;
  cpus: number;
  loadAverage: { atStart: number; atEnd: number };
  requests: { total: number; perSecondMean: number; perSecondStddev: number };
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  throughputBytesPerSecond: number;
  statusCodes: Record<string, number>;
  errors: {
    non2xx: number;
    /** Connection errors, timeouts included (autocannon counts them together). */
    socketErrors: number;
    timeouts: number;
    /** Distinct error messages, with counts, for the diagnosis. */
    messages: Record<string, number>;
  };
  byKind: KindFigures[];
  failures: FailedPath[];
  /** The requests that timed out, by path. */
  timedOut: UnansweredPath[];
  ok: boolean;
}

/** True when the run had no error of any sort: the gate of `npm run load`. */
export const isCleanRun = (errors: LoadSummary['errors']) =>
  errors.non2xx === 0 && errors.socketErrors === 0 && errors.timeouts === 0;

const round = (value: number, digits = 1) =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;

const formatNumber = (value: number) =>
  Number.isFinite(value) ? round(value).toLocaleString('en-GB') : '–';

/** Rows of cells as aligned text; the first row is the header, numbers are right-aligned. */
function alignRows(rows: string[][], rightAligned: (column: number) => boolean): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (rightAligned(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The summary as plain text: the headline figures, then one line per kind, then any failures. */
export function formatLoadTable(summary: LoadSummary): string {
  const { requests, latencyMs, errors } = summary;
  const headline: string[][] = [
    ['metric', 'value'],
    ['requests (total)', formatNumber(requests.total)],
    ['requests/s (mean)', formatNumber(requests.perSecondMean)],
    ['requests/s (stddev)', formatNumber(requests.perSecondStddev)],
    ['latency p50 (ms)', formatNumber(latencyMs.p50)],
    ['latency p90 (ms)', formatNumber(latencyMs.p90)],
    ['latency p99 (ms)', formatNumber(latencyMs.p99)],
    ['latency max (ms)', formatNumber(latencyMs.max)],
    ['throughput (KB/s)', formatNumber(summary.throughputBytesPerSecond / 1024)],
    ['non-2xx answers', formatNumber(errors.non2xx)],
    ['socket errors (incl. timeouts)', formatNumber(errors.socketErrors)],
    ['timeouts', formatNumber(errors.timeouts)],
  ];
  const kinds: string[][] = [
    ['kind', 'requests', 'share', 'non-2xx', 'p50 ms', 'p99 ms'],
    ...summary.byKind.map((k) => [
      k.kind,
      formatNumber(k.requests),
      `${round((100 * k.requests) / Math.max(1, requests.total))}%`,
      formatNumber(k.non2xx),
      formatNumber(k.p50Ms),
      formatNumber(k.p99Ms),
    ]),
  ];
  const lines = [
    `Load test of ${summary.target}: ${summary.connections} connections for ${summary.durationSeconds} s, ` +
      `${summary.rate === null ? 'no rate cap' : `at most ${summary.rate} requests/s`}, ` +
      `Accept-Encoding: ${summary.acceptEncoding}`,
    `Node ${summary.node}, ${summary.cpus} CPUs, load average ${round(summary.loadAverage.atStart)} ` +
      `at the start and ${round(summary.loadAverage.atEnd)} at the end; latency measured by the client.`,
    '',
    ...alignRows(headline, (i) => i === 1),
    '',
    'status codes: ' +
      Object.entries(summary.statusCodes)
        .map(([code, count]) => `${code} × ${count}`)
        .join(', '),
    '',
    ...alignRows(kinds, (i) => i > 0),
  ];
  if (summary.failures.length > 0) {
    lines.push('', 'answers other than 2xx (most frequent first):');
    for (const f of summary.failures) {
      const status = f.status === 0 ? 'no status (after a timeout)' : String(f.status);
      lines.push(`  ${status}  ${f.path}  × ${f.count}`);
    }
  }
  if (summary.timedOut.length > 0) {
    lines.push('', 'requests that timed out (most frequent first):');
    for (const t of summary.timedOut) lines.push(`  ${t.kind}  ${t.path}  × ${t.count}`);
  }
  const messages = Object.entries(errors.messages);
  if (messages.length > 0) {
    lines.push('', 'request errors:');
    for (const [message, count] of messages) lines.push(`  ${message}  × ${count}`);
  }
  lines.push('', summary.ok ? 'PASS: no errors, every answer 2xx' : 'FAIL: see the errors above');
  return lines.join('\n');
}
