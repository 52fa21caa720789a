/**
 * The products a rating-results announcement is about: those rated in its evaluation round, with
 * the stars that round gave them (a product upgraded since still shows what the round decided).
 */
import type { CertificateEvent, Dataset, EvaluationRound, Product, Stars } from '../content/schema';

export interface RoundResult {
  product: Product;
  /** Stars awarded in the round. */
  stars: Stars;
  /** How the round rated it: first certified, re-recognised or upgraded. */
  kind: Exclude<CertificateEvent['kind'], 'revoked'>;
}

/**
 * Products rated in a round, best rated first, then by Vietnamese name. A product belongs when a
 * recognition in its certificate history carries the round's decision number, or when its current
 * certificate names the round.
 */
export function getRoundResults(dataset: Dataset, roundSlug: string): RoundResult[] {
  const round = dataset.rounds.find((r) => r.slug === roundSlug);
  const results: RoundResult[] = [];
  for (const product of dataset.products) {
    const result = roundResultOf(product, roundSlug, round);
    if (result) results.push(result);
  }
  return results.sort(
    (a, b) =>
      b.stars - a.stars ||
      a.product.name.vi.localeCompare(b.product.name.vi, 'vi') ||
      a.product.slug.localeCompare(b.product.slug),
  );
}

function roundResultOf(
  product: Product,
  roundSlug: string,
  round: EvaluationRound | undefined,
): RoundResult | undefined {
  const certificate = product.certificate;
  const recognition = round?.decisionNumber
    ? certificate.history.find(
        (event) => event.kind !== 'revoked' && event.decisionNumber === round.decisionNumber,
      )
    : undefined;
  if (recognition && recognition.kind !== 'revoked') {
    return { product, stars: recognition.stars ?? product.stars, kind: recognition.kind };
  }
  if (certificate.round !== roundSlug) return undefined;
  // The current certificate came from this round; its history may not say how.
  const latest = certificate.history.findLast(
    (event) => event.kind !== 'revoked' && event.date === certificate.decisionDate,
  );
  return {
    product,
    stars: latest?.stars ?? product.stars,
    kind: latest && latest.kind !== 'revoked' ? latest.kind : 'certified',
  };
}
