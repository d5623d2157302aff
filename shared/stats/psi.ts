import { alignedProportions } from './counts';
import type { Counts, DriftStatistic, StatisticResult } from './types';

/**
 * Population Stability Index over aligned bins: Σ (q − p)·ln(q/p), p and q the reference and current
 * proportions, each zero proportion replaced by PSI_ZERO_REPLACEMENT first (as evidently's `psi` stattest;
 * no renormalisation afterwards). Effect threshold 0.2 (DESIGN.md §3.1).
 */
export const psiStatistic: DriftStatistic = {
  id: 'psi',
  kinds: ['numeric', 'categorical'],
  effect: { defaultThreshold: 0.2 },
  hasPValue: false,
};

/** The proportion substituted for an empty bin; recorded in results (STYLE.md habit 9). */
export const PSI_ZERO_REPLACEMENT = 1e-4;

export interface PsiResult extends StatisticResult {
  /** The epsilon used for empty bins. */
  zero_replacement: number;
  /** How many (bin, window) proportions were zero and replaced. */
  replaced_proportions: number;
}

export function psi(referenceCounts: Counts, currentCounts: Counts): PsiResult {
  const { reference, current } = alignedProportions('psi', referenceCounts, currentCounts);
  let value = 0;
  let replaced = 0;
  for (let i = 0; i < reference.length; i++) {
    let p = reference[i];
    let q = current[i];
    if (p === 0) {
      p = PSI_ZERO_REPLACEMENT;
      replaced += 1;
    }
    if (q === 0) {
      q = PSI_ZERO_REPLACEMENT;
      replaced += 1;
    }
    value += (q - p) * Math.log(q / p);
  }
  return { value, zero_replacement: PSI_ZERO_REPLACEMENT, replaced_proportions: replaced };
}
