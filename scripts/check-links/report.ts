/**
 * The crawl's findings as a plain object (printed as is for `--json`) and as text for people:
 * broken links with the documents that link to them, redirects, URLs the limits left unchecked,
 * external links, and the slowest answers.
 */
import { variantGroup, type CrawlLimits } from './cap';
import { startReferrer, type CrawlResult, type Referrer } from './crawl';
import { displayPath, type LinkPolicy } from './urls';

/** A redirect that is the site's design, not a link to update: `/` picks a language. */
export interface ExpectedRedirect {
  path: string;
  status: number;
}

export const defaultExpectedRedirects: ExpectedRedirect[] = [{ path: '/', status: 307 }];

export interface ReportedReferrer {
  from: string;
  source: string;
}

export interface BrokenLink {
  url: string;
  /** Null when no answer came. */
  status: number | null;
  problem: string;
  linkedFrom: ReportedReferrer[];
  /** Distinct documents linking to it (linkedFrom lists the first few). */
  linkedFromCount: number;
}

export interface RedirectFinding {
  url: string;
  status: number;
  to: string;
  /** What the target answered; null when it was not checked (external, or over the limits). */
  targetStatus: number | null;
  isExpected: boolean;
  linkedFrom: ReportedReferrer[];
  linkedFromCount: number;
}

export interface LinkReport {
  base: string;
  internalOrigins: string[];
  durationMs: number;
  isOk: boolean;
  counts: {
    checked: number;
    pages: number;
    otherDocumentsRead: number;
    ok: number;
    redirects: number;
    unexpectedRedirects: number;
    broken: number;
    external: number;
    skipped: number;
  };
  broken: BrokenLink[];
  redirects: RedirectFinding[];
  /** Optional start URLs (sitemap, robots.txt) the site does not have, and nothing links to. */
  missingOptional: { url: string; status: number | null }[];
  skipped: { path: string; count: number; limit: 'per path' | 'total'; examples: string[] }[];
  unreadable: { url: string; problem: string }[];
  external: { url: string; linkedFromCount: number; linkedFrom: ReportedReferrer[] }[];
  slowest: { url: string; status: number | null; ms: number }[];
  /** Every internal URL fetched, breadth first, with its answer. */
  checked: { url: string; status: number | null; ms: number }[];
}

export interface ReportOptions {
  policy: LinkPolicy;
  limits: CrawlLimits;
  expectedRedirects?: readonly ExpectedRedirect[];
  /** Referrers listed per finding in the report. */
  referrersShown?: number;
}

/** Sums up a crawl. Broken: every internal URL that did not answer 200 (or a redirect). */
export function buildReport(result: CrawlResult, options: ReportOptions): LinkReport {
  const { policy } = options;
  const expected = options.expectedRedirects ?? defaultExpectedRedirects;
  const shown = options.referrersShown ?? 5;
  const show = (url: string) => (url === startReferrer ? url : displayPath(url, policy));
  const referrersOf = (url: string) => {
    const record = result.internalLinks.get(url);
    return {
      linkedFrom: (record?.referrers ?? [])
        .slice(0, shown)
        .map((referrer: Referrer) => ({ from: show(referrer.from), source: referrer.source })),
      linkedFromCount: record?.documentCount ?? 0,
    };
  };
  const statusOf = new Map(result.checked.map((entry) => [entry.url, entry.status]));

  const broken: BrokenLink[] = [];
  const missingOptional: LinkReport['missingOptional'] = [];
  for (const entry of result.checked) {
    if (entry.outcome !== 'broken') continue;
    const referrers = referrersOf(entry.url);
    const onlyStarted =
      referrers.linkedFromCount === 1 && referrers.linkedFrom[0]?.from === startReferrer;
    if (result.optionalStarts.has(entry.url) && onlyStarted && entry.status === 404) {
      missingOptional.push({ url: show(entry.url), status: entry.status });
      continue;
    }
    broken.push({
      url: show(entry.url),
      status: entry.status,
      problem: entry.problem ?? `status ${entry.status}`,
      ...referrers,
    });
  }
  for (const invalid of result.invalidLinks) {
    broken.push({
      url: invalid.href,
      status: null,
      problem: invalid.reason,
      linkedFrom: [{ from: show(invalid.referrer.from), source: invalid.referrer.source }],
      linkedFromCount: 1,
    });
  }
  broken.sort((a, b) => a.url.localeCompare(b.url));

  const redirects: RedirectFinding[] = result.checked
    .filter((entry) => entry.outcome === 'redirect')
    .map((entry) => {
      const path = new URL(entry.url).pathname;
      const isExpected = expected.some(
        (redirect) => redirect.path === path && redirect.status === entry.status,
      );
      return {
        url: show(entry.url),
        status: entry.status!,
        to: entry.location!,
        targetStatus: entry.target === undefined ? null : (statusOf.get(entry.target) ?? null),
        isExpected,
        ...referrersOf(entry.url),
      };
    })
    .sort((a, b) => a.url.localeCompare(b.url));

  const skippedGroups = new Map<string, LinkReport['skipped'][number]>();
  for (const [url, admission] of result.skipped) {
    const limit = admission === 'over-path' ? 'per path' : 'total';
    const path =
      admission === 'over-path'
        ? variantGroup(new URL(url), options.limits.identityParams)
        : '(any)';
    const key = `${limit} ${path}`;
    let group = skippedGroups.get(key);
    if (!group) skippedGroups.set(key, (group = { path, count: 0, limit, examples: [] }));
    group.count += 1;
    if (group.examples.length < 3) group.examples.push(show(url));
  }

  const pages = result.checked.filter(
    (entry) => entry.outcome === 'ok' && entry.kind === 'html',
  ).length;
  const otherDocumentsRead = result.checked.filter(
    (entry) => entry.outcome === 'ok' && entry.kind !== 'html' && entry.kind !== 'none',
  ).length;

  return {
    base: policy.base.origin,
    internalOrigins: [...policy.internalHosts],
    durationMs: Math.round(result.durationMs),
    isOk: broken.length === 0,
    counts: {
      checked: result.checked.length,
      pages,
      otherDocumentsRead,
      ok: result.checked.filter((entry) => entry.outcome === 'ok').length,
      redirects: redirects.length,
      unexpectedRedirects: redirects.filter((redirect) => !redirect.isExpected).length,
      broken: broken.length,
      external: result.externalLinks.size,
      skipped: result.skipped.size,
    },
    broken,
    redirects,
    missingOptional,
    skipped: [...skippedGroups.values()].sort((a, b) => b.count - a.count),
    unreadable: result.checked
      .filter((entry) => entry.outcome === 'ok' && entry.problem !== undefined)
      .map((entry) => ({ url: show(entry.url), problem: entry.problem! })),
    external: [...result.externalLinks]
      .map(([url, record]) => ({
        url,
        linkedFromCount: record.documentCount,
        linkedFrom: record.referrers
          .slice(0, 3)
          .map((referrer) => ({ from: show(referrer.from), source: referrer.source })),
      }))
      .sort((a, b) => a.url.localeCompare(b.url)),
    slowest: [...result.checked]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((entry) => ({ url: show(entry.url), status: entry.status, ms: Math.round(entry.ms) })),
    checked: result.checked.map((entry) => ({
      url: show(entry.url),
      status: entry.status,
      ms: Math.round(entry.ms),
    })),
  };
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The report as text for a terminal or a CI log. */
export function formatReport(report: LinkReport): string {
  const lines: string[] = [];
  const referrerText = (linkedFrom: ReportedReferrer[], count: number) => {
    const listed = linkedFrom.map((referrer) =>
      referrer.from === startReferrer ? 'the start list' : `${referrer.from} (${referrer.source})`,
    );
    const more = count > linkedFrom.length ? ` and ${count - linkedFrom.length} more` : '';
    return listed.length > 0 ? `linked from ${listed.join(', ')}${more}` : 'linked from nowhere';
  };
  const { counts } = report;
  lines.push(`Link check of ${report.base} (internal: ${report.internalOrigins.join(', ')})`);
  lines.push(
    `  ${plural(counts.checked, 'internal URL')} checked in ${(report.durationMs / 1000).toFixed(1)} s: ` +
      `${plural(counts.pages, 'HTML page')} and ${plural(counts.otherDocumentsRead, 'other document')} read for links`,
  );
  lines.push(
    `  ${counts.ok} answered 200, ${plural(counts.redirects, 'redirect')} ` +
      `(${counts.redirects - counts.unexpectedRedirects} expected), ${counts.broken} broken`,
  );
  lines.push(
    `  ${plural(counts.external, 'external link')} listed (not fetched), ` +
      `${plural(counts.skipped, 'URL')} left unchecked by the limits`,
  );

  if (report.broken.length > 0) {
    lines.push('', `Broken (${report.broken.length}):`);
    for (const link of report.broken) {
      lines.push(`  ${link.status ?? '---'}  ${link.url}  ${link.problem}`);
      lines.push(`       ${referrerText(link.linkedFrom, link.linkedFromCount)}`);
    }
  }
  if (report.redirects.length > 0) {
    lines.push('', `Redirects (${report.redirects.length}; not failures):`);
    for (const redirect of report.redirects) {
      const target = redirect.targetStatus === null ? '' : ` [${redirect.targetStatus}]`;
      const note = redirect.isExpected ? ' (expected)' : '';
      lines.push(`  ${redirect.status}  ${redirect.url} → ${redirect.to}${target}${note}`);
      if (!redirect.isExpected) {
        lines.push(`       ${referrerText(redirect.linkedFrom, redirect.linkedFromCount)}`);
      }
    }
  }
  if (report.missingOptional.length > 0) {
    lines.push(
      '',
      `Not on this site (optional start URLs, not failures): ${report.missingOptional
        .map((missing) => `${missing.url} (${missing.status})`)
        .join(', ')}`,
    );
  }
  if (report.skipped.length > 0) {
    lines.push('', 'Left unchecked by the limits:');
    for (const group of report.skipped) {
      lines.push(
        `  ${group.path}: ${plural(group.count, 'URL')} over the ${group.limit} limit, e.g. ${group.examples.join(', ')}`,
      );
    }
  }
  if (report.unreadable.length > 0) {
    lines.push('', 'Answered 200 but could not be read for links:');
    for (const entry of report.unreadable) lines.push(`  ${entry.url}  ${entry.problem}`);
  }
  if (report.slowest.length > 0) {
    lines.push('', 'Slowest answers:');
    for (const entry of report.slowest) {
      lines.push(`  ${String(entry.ms).padStart(6)} ms  ${entry.status ?? '---'}  ${entry.url}`);
    }
  }
  lines.push(
    '',
    report.isOk
      ? 'OK: every internal link answers 200.'
      : `FAILED: ${plural(report.broken.length, 'broken internal link')}.`,
  );
  return lines.join('\n');
}
