import type { Dataset, Product } from '../content/schema';
import { foldVietnamese } from '../search/fold';

/** Longest code the certificate check accepts; real decision numbers and product codes are far shorter. */
export const maxVerifyCodeLength = 100;

/** "1425/QĐ-UBND", "1425/qd-ubnd" and "1425 / QĐ - UBND" are the same decision. */
export function normalizeCertificateCode(code: string): string {
  return foldVietnamese(code).replace(/[^a-z0-9/]/g, '');
}

/**
 * The products a certificate code points to: a product code names one product; a decision number
 * can cover several products rated in the same round, and earlier decisions in a certificate's
 * history (a revocation, a re-recognition) count too.
 */
export function findCertificates(dataset: Dataset, code: string): Product[] {
  const wanted = normalizeCertificateCode(code);
  if (!wanted) return [];
  return dataset.products.filter(
    (product) =>
      normalizeCertificateCode(product.code) === wanted ||
      normalizeCertificateCode(product.certificate.decisionNumber) === wanted ||
      product.certificate.history.some(
        (event) =>
          event.decisionNumber && normalizeCertificateCode(event.decisionNumber) === wanted,
      ),
  );
}
