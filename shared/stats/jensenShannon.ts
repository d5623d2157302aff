import { alignedProportions } from './counts';
import type { Counts, DriftStatistic, StatisticResult } from './types';

/**
 * Jensen–Shannon distance (the square root of the divergence) with base-2 logarithms, in [0, 1]:
 * `scipy.spatial.distance.jensenshannon(p, q, base=2)`, no zero replacement (0·log 0 = 0, as rel_entr).
 * Effect threshold 0.1 (DESIGN.md §3.1).
 */
export const jensenShannonStatistic: DriftStatistic = {
  id: 'jensen_shannon',
  kinds: ['numeric', 'categorical'],
  effect: { defaultThreshold: 0.1 },
  hasPValue: false,
};

/** x·ln(x/y) with 0·ln(0/y) = 0, as `scipy.special.rel_entr` for y > 0 (y is a mixture, so y ≥ x/2 > 0). */
function relativeEntropyTerm(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}

export function jensenShannon(referenceCounts: Counts, currentCounts: Counts): StatisticResult {
  const { reference, current } = alignedProportions('jensen_shannon', referenceCounts, currentCounts);
  let left = 0;
  let right = 0;
  for (let i = 0; i < reference.length; i++) {
    const mixture = (reference[i] + current[i]) / 2;
    left += relativeEntropyTerm(reference[i], mixture);
    right += relativeEntropyTerm(current[i], mixture);
  }
  const divergence = (left + right) / Math.LN2;
  // Rounding can leave a divergence of −1e-17 for near-identical inputs, where scipy would return NaN.
  return { value: Math.sqrt(Math.max(0, divergence / 2)) };
}
