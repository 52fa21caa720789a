/** scripts/audit.ts: what an `npm audit --json` report means for CI. */
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../../scripts/audit';

const counts = { info: 0, low: 1, moderate: 1, high: 0, critical: 0, total: 2 };

describe('judgeAudit', () => {
  it('passes low and moderate findings', () => {
    const report = {
      metadata: { vulnerabilities: counts },
      vulnerabilities: {
        'some-lib': {
          severity: 'moderate',
          via: [{ title: 'ReDoS', url: 'https://x/1', severity: 'moderate' }],
        },
        other: { severity: 'low', via: ['some-lib'] },
      },
    };
    expect(judgeAudit(report)).toEqual({ verdict: 'pass', lines: [] });
  });

  it('fails on a high or critical finding, naming the package and the advisory', () => {
    const report = {
      metadata: { vulnerabilities: { ...counts, high: 1, critical: 1 } },
      vulnerabilities: {
        'bad-lib': {
          severity: 'critical',
          via: [{ title: 'RCE', url: 'https://x/2', severity: 'critical' }],
        },
        'uses-bad': { severity: 'high', via: ['bad-lib'] },
        fine: { severity: 'low', via: [] },
      },
    };
    expect(judgeAudit(report)).toEqual({
      verdict: 'fail',
      lines: ['critical: bad-lib: RCE https://x/2', 'high: uses-bad: through bad-lib'],
    });
  });

  it('says when the advisory service could not be asked, rather than passing silently', () => {
    const report = {
      statusCode: 405,
      message: '405 Method Not Allowed - POST …/advisories/bulk',
      error: {},
    };
    expect(judgeAudit(report)).toEqual({ verdict: 'unavailable', lines: [report.message] });
  });
});
