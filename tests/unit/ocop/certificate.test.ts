import { describe, expect, it } from 'vitest';
import type { Certificate } from '@/lib/content/schema';
import { certificateExpiry, certificateStatus, isCertificateValid } from '@/lib/ocop/certificate';

const certificate = (overrides: Partial<Certificate> = {}): Certificate => ({
  decisionNumber: '1425/QĐ-UBND',
  issuedBy: 'ubnd-tinh-quang-ngai',
  decisionDate: '2023-12-25',
  history: [{ kind: 'certified', date: '2023-12-25', stars: 4 }],
  ...overrides,
});

describe('certificateExpiry', () => {
  it('is 36 months after the decision date', () => {
    expect(certificateExpiry(certificate())).toBe('2026-12-25');
  });
  it('keeps an expiry written in the record', () => {
    expect(certificateExpiry(certificate({ expiresOn: '2025-06-30' }))).toBe('2025-06-30');
  });
  it('moves 29 February to the last day of February', () => {
    expect(certificateExpiry(certificate({ decisionDate: '2024-02-29' }))).toBe('2027-02-28');
  });
});

describe('certificateStatus', () => {
  it('is active more than 90 days before expiry', () => {
    expect(certificateStatus(certificate(), '2026-09-25')).toBe('active');
  });
  it('is expiring within 90 days of expiry', () => {
    expect(certificateStatus(certificate(), '2026-09-26')).toBe('expiring');
    expect(certificateStatus(certificate(), '2026-12-24')).toBe('expiring');
  });
  it('is expired from the expiry date on', () => {
    expect(certificateStatus(certificate(), '2026-12-25')).toBe('expired');
    expect(certificateStatus(certificate(), '2030-01-01')).toBe('expired');
  });
  it('is revoked from the revocation date on, even before expiry', () => {
    const revoked = certificate({
      history: [
        { kind: 'certified', date: '2023-12-25', stars: 4 },
        { kind: 'revoked', date: '2024-06-14', decisionNumber: '612/QĐ-UBND' },
      ],
    });
    expect(certificateStatus(revoked, '2024-06-13')).toBe('active');
    expect(certificateStatus(revoked, '2024-06-14')).toBe('revoked');
  });
  it('counts active and expiring as valid, the rest not', () => {
    expect(
      ['active', 'expiring', 'expired', 'revoked'].map((s) => isCertificateValid(s as never)),
    ).toEqual([true, true, false, false]);
  });
});
