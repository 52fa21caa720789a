/**
 * Certification changes, as the changes feed lists them: every recognition and revocation recorded
 * in the products' certificate histories, plus the expiries those histories imply (a certificate
 * lapses 36 months after its decision unless a new decision or a revocation came first).
 */
import type { CertificateEvent, Dataset, LocalizedText, Product, Stars } from '../content/schema';
import { certificateExpiry } from '../ocop/certificate';

export const certificateChangeKinds = [
  'certified',
  're-recognised',
  'upgraded',
  'revoked',
  'expired',
] as const;
export type CertificateChangeKind = (typeof certificateChangeKinds)[number];

export interface CertificateChange {
  product: Product;
  kind: CertificateChangeKind;
  /** The day it took effect (YYYY-MM-DD): the decision date, or the first day without a certificate. */
  date: string;
  /** Stars given (recognitions) or held until then (expiries). */
  stars?: Stars;
  /** The decision that made the change, or for an expiry the decision of the lapsed certificate. */
  decisionNumber?: string;
  note?: LocalizedText;
}

type Recognition = CertificateEvent & { kind: Exclude<CertificateEvent['kind'], 'revoked'> };

const isRecognition = (event: CertificateEvent): event is Recognition => event.kind !== 'revoked';
const byDate = (a: { date: string }, b: { date: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** A product's changes up to `today` (inclusive), oldest first. */
export function productCertificateChanges(product: Product, today: string): CertificateChange[] {
  const { certificate } = product;
  const history = [...certificate.history].sort(byDate);
  let recognitions = history.filter(isRecognition);
  // A certificate without recorded history still announces its own decision.
  if (recognitions.length === 0) {
    recognitions = [
      {
        kind: 'certified',
        date: certificate.decisionDate,
        decisionNumber: certificate.decisionNumber,
        stars: product.stars,
      },
    ];
  }
  const revocations = history.filter((event) => event.kind === 'revoked');
  const changes: CertificateChange[] = [...recognitions, ...revocations].map((event) => ({
    product,
    kind: event.kind,
    date: event.date,
    stars: event.kind === 'revoked' ? undefined : (event.stars ?? product.stars),
    decisionNumber: event.decisionNumber,
    note: event.note,
  }));

  recognitions.forEach((recognition, index) => {
    // The current certificate may carry its own expiry date; earlier ones ran the standard term.
    const expiry =
      recognition.date === certificate.decisionDate
        ? certificateExpiry(certificate)
        : certificateExpiry({ decisionDate: recognition.date });
    const next = recognitions[index + 1];
    const isRenewedInTime = next !== undefined && next.date <= expiry;
    const isRevokedFirst = revocations.some((r) => r.date >= recognition.date && r.date <= expiry);
    if (isRenewedInTime || isRevokedFirst) return;
    changes.push({
      product,
      kind: 'expired',
      date: expiry,
      stars: recognition.stars ?? product.stars,
      decisionNumber: recognition.decisionNumber,
    });
  });

  return changes.filter((change) => change.date <= today).sort(byDate);
}

/**
 * Every product's changes up to `today`, newest first; on the same day by product slug, then in
 * the order the kinds are listed above.
 */
export function getCertificateChanges(dataset: Dataset, today: string): CertificateChange[] {
  return dataset.products
    .flatMap((product) => productCertificateChanges(product, today))
    .sort(
      (a, b) =>
        byDate(b, a) ||
        a.product.slug.localeCompare(b.product.slug) ||
        certificateChangeKinds.indexOf(a.kind) - certificateChangeKinds.indexOf(b.kind),
    );
}
