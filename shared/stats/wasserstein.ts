import { checkAligned, windowTotal } from './counts';
import { StatisticInputError } from './errors';
import type { Counts, DriftStatistic, StatisticResult } from './types';

/**
 * First Wasserstein (earth mover's) distance between the two empirical distributions on the raw values,
 * W1 = ∫ |F_ref(x) − F_cur(x)| dx, matching `scipy.stats.wasserstein_distance(ref, cur)` on the expanded
 * samples. Exact, not binned (DESIGN.md §3.1); its unit is the column's unit, so it has no default
 * threshold: see `wasserstein_norm` for the scale-free variant.
 */
export const wassersteinStatistic: DriftStatistic = { id: 'wasserstein', kinds: ['numeric'], hasPValue: false };

/** Throws unless `values` is finite and strictly ascending, aligned with the counts. */
export function checkSortedValues(statistic: string, values: Counts, countsLength: number): void {
  if (values.length !== countsLength) {
    throw new StatisticInputError(
      'LENGTH_MISMATCH',
      statistic,
      `${values.length} values were given for ${countsLength} counts; pass one count per distinct value.`,
    );
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]) || (i > 0 && !(values[i] > values[i - 1]))) {
      throw new StatisticInputError(
        'INVALID_ARGUMENT',
        statistic,
        `values must be finite, distinct and ascending; index ${i} holds ${values[i]} after ${i > 0 ? values[i - 1] : 'nothing'}.`,
      );
    }
  }
}

/**
 * W1 from aligned counts: `values` are the distinct non-null values of both windows in ascending order and
 * the count arrays hold each value's frequency per window. Between consecutive values the CDF difference is
 * constant, so W1 = Σ_i |F_ref(x_i) − F_cur(x_i)|·(x_{i+1} − x_i), with F = cumulative count / n exactly as
 * scipy's `_cdf_distance` computes it. Throws EMPTY_WINDOW when a window has no values.
 */
export function wasserstein(values: Counts, referenceCounts: Counts, currentCounts: Counts): StatisticResult {
  checkAligned('wasserstein', referenceCounts, currentCounts);
  checkSortedValues('wasserstein', values, referenceCounts.length);
  const referenceTotal = windowTotal('wasserstein', 'reference', referenceCounts, false);
  const currentTotal = windowTotal('wasserstein', 'current', currentCounts, false);
  let cumulativeReference = 0;
  let cumulativeCurrent = 0;
  let distance = 0;
  for (let i = 0; i < values.length - 1; i++) {
    cumulativeReference += referenceCounts[i];
    cumulativeCurrent += currentCounts[i];
    const gap = cumulativeReference / referenceTotal - cumulativeCurrent / currentTotal;
    distance += Math.abs(gap) * (values[i + 1] - values[i]);
  }
  return { value: distance };
}
