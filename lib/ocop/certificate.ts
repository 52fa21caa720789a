import type { Certificate } from '../content/schema';
import { addMonths, daysBetween } from '../time/province-time';

/** An OCOP certificate is valid for 36 months from its decision date. */
export const certificateValidityMonths = 36;

/** Certificates this close to their expiry are flagged so buyers and producers notice. */
export const expiringWithinDays = 90;

export const certificateStatuses = ['active', 'expiring', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];

/** The expiry date: the one given, or 36 months after the decision date. */
export function certificateExpiry(
  certificate: Pick<Certificate, 'decisionDate' | 'expiresOn'>,
): string {
  return certificate.expiresOn ?? addMonths(certificate.decisionDate, certificateValidityMonths);
}

/** The revocation in force on `today`, if any. */
export function revocationOn(certificate: Certificate, today: string) {
  return certificate.history.find((event) => event.kind === 'revoked' && event.date <= today);
}

/**
 * A certificate's status on a given day (YYYY-MM-DD, the province's date). Pass `today` in: the
 * caller decides what "now" is, which keeps this pure and testable.
 * The expiry date is the first day the certificate no longer holds.
 */
export function certificateStatus(certificate: Certificate, today: string): CertificateStatus {
  if (revocationOn(certificate, today)) return 'revoked';
  const daysLeft = daysBetween(today, certificateExpiry(certificate));
  if (daysLeft <= 0) return 'expired';
  if (daysLeft <= expiringWithinDays) return 'expiring';
  return 'active';
}

/** Whether the certificate still holds (active or about to expire). */
export function isCertificateValid(status: CertificateStatus): boolean {
  return status === 'active' || status === 'expiring';
}
