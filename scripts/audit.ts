/**
 * `npm run audit`: `npm audit --omit=dev` with no high or critical finding in what the site runs.
 * Exits 1 on such a finding, listing each package and advisory. When the registry's advisory
 * service cannot be reached (offline machines; this workplace's registry mirror answers 405), it
 * says so loudly and exits 0: the check then has not run, and the CI log shows it.
 */
import { spawnSync } from 'node:child_process';

interface AuditReport {
  /** Present when npm could not get the advisories. */
  statusCode?: number;
  message?: string;
  error?: unknown;
  metadata?: { vulnerabilities: Record<string, number> };
  vulnerabilities?: Record<
    string,
    { severity: string; via: Array<string | { title: string; url: string; severity: string }> }
  >;
}

const blocking = new Set(['high', 'critical']);

/** What an audit report means for CI: the findings that block, or why there is no verdict. */
export function judgeAudit(report: AuditReport): {
  verdict: 'pass' | 'fail' | 'unavailable';
  lines: string[];
} {
  if (!report.metadata || !report.vulnerabilities) {
    const why =
      report.message ?? `no advisories in npm's answer (status ${report.statusCode ?? '?'})`;
    return { verdict: 'unavailable', lines: [why] };
  }
  const lines = Object.entries(report.vulnerabilities)
    .filter(([, finding]) => blocking.has(finding.severity))
    .map(([name, finding]) => {
      const advisories = finding.via
        .map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title} ${via.url}`))
        .join('; ');
      return `${finding.severity}: ${name}: ${advisories}`;
    });
  return { verdict: lines.length > 0 ? 'fail' : 'pass', lines };
}

function main(): number {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report: AuditReport;
  try {
    report = JSON.parse(run.stdout) as AuditReport;
  } catch {
    report = { message: `npm audit gave no JSON: ${run.stderr.trim().split('\n').at(-1) ?? ''}` };
  }
  const { verdict, lines } = judgeAudit(report);
  if (verdict === 'unavailable') {
    console.warn(`npm audit DID NOT RUN: ${lines.join(' ')}`);
    return 0;
  }
  const counts = report.metadata!.vulnerabilities;
  console.log(
    `npm audit --omit=dev: ${Object.entries(counts)
      .map(([severity, count]) => `${count} ${severity}`)
      .join(', ')}`,
  );
  for (const line of lines) console.error(`  ${line}`);
  return verdict === 'fail' ? 1 : 0;
}

if (process.argv[1]?.endsWith('audit.ts')) process.exit(main());
