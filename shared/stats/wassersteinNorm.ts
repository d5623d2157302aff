import { windowTotal } from './counts';
import { StatisticInputError } from './errors';
import type { Counts, DriftStatistic, StatisticResult } from './types';
import { checkSortedValues } from './wasserstein';

/**
 * Evidently's normed Wasserstein distance: W1 / max(std_ref, 0.001) with std_ref the reference standard
 * deviation (ddof 0, `numpy.std`). Scale-free, so it carries the numeric effect threshold 0.1
 * (DESIGN.md §3.1).
 */
export const wassersteinNormStatistic: DriftStatistic = {
  id: 'wasserstein_norm',
  kinds: ['numeric'],
  effect: { defaultThreshold: 0.1 },
  hasPValue: false,
};

/** Floor on the reference standard deviation, so a constant reference column does not divide by zero. */
export const WASSERSTEIN_NORM_MIN_STD = 0.001;

/** `wasserstein / max(stdReference, 0.001)`, as evidently's `wasserstein_distance_norm` stattest. */
export function wassersteinNorm(wassersteinDistance: number, stdReference: number): StatisticResult {
  if (!(wassersteinDistance >= 0) || !(stdReference >= 0) || !Number.isFinite(stdReference)) {
    throw new StatisticInputError(
      'INVALID_ARGUMENT',
      'wasserstein_norm',
      `expected a non-negative distance and a finite non-negative std, got ${wassersteinDistance} and ${stdReference}.`,
    );
  }
  return { value: wassersteinDistance / Math.max(stdReference, WASSERSTEIN_NORM_MIN_STD) };
}

/**
 * Population standard deviation (ddof 0, as `numpy.std`) of a sample given as distinct values and counts.
 * Two passes (mean, then squared deviations) so large offsets do not cancel.
 */
export function populationStd(values: Counts, counts: Counts): number {
  checkSortedValues('wasserstein_norm', values, counts.length);
  const total = windowTotal('wasserstein_norm', 'reference', counts, false);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += counts[i] * values[i];
  const mean = sum / total;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] - mean;
    squares += counts[i] * deviation * deviation;
  }
  return Math.sqrt(squares / total);
}
