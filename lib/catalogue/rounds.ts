import type { EvaluationRound, Product } from '../content/schema';

export interface RoundSummary {
  round: EvaluationRound;
  /** Products in the catalogue whose current certificate came from this round. */
  productCount: number;
  /** Whether the council date (or the dossier deadline when no date is set) has passed. */
  isPast: boolean;
}

/** The rounds of one year in order, with what the catalogue holds for each. */
export function getRoundsOfYear(
  rounds: EvaluationRound[],
  products: Product[],
  year: number,
  today: string,
): RoundSummary[] {
  return rounds
    .filter((round) => round.year === year)
    .sort((a, b) => a.number - b.number)
    .map((round) => ({
      round,
      productCount: products.filter((p) => p.certificate.round === round.slug).length,
      isPast: (round.councilDate ?? round.dossierDeadline) < today,
    }));
}
