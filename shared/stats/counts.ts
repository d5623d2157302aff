import { emptyWindowError, StatisticInputError, type WindowName } from './errors';
import type { Counts } from './types';

/**
 * Validates one window's counts (finite, non-negative, integers when `integers` is set) and returns their
 * total. Throws EMPTY_WINDOW when the total is zero: every statistic here is undefined on an empty sample,
 * and returning NaN would hide that.
 */
export function windowTotal(statistic: string, window: WindowName, counts: Counts, integers: boolean): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!Number.isFinite(count) || count < 0 || (integers && !Number.isInteger(count))) {
      throw new StatisticInputError(
        'INVALID_COUNTS',
        statistic,
        `${window} count at index ${i} is ${count}; counts must be finite, non-negative` +
          `${integers ? ' integers' : ' numbers'}.`,
        window,
      );
    }
    total += count;
  }
  if (total === 0) throw emptyWindowError(statistic, window);
  return total;
}

/** Throws LENGTH_MISMATCH unless the two arrays are aligned (same length, at least one entry). */
export function checkAligned(statistic: string, referenceCounts: Counts, currentCounts: Counts): void {
  if (referenceCounts.length !== currentCounts.length) {
    throw new StatisticInputError(
      'LENGTH_MISMATCH',
      statistic,
      `reference has ${referenceCounts.length} bins but current has ${currentCounts.length}; ` +
        'both must be aligned on the same bins or distinct values.',
    );
  }
  if (referenceCounts.length === 0) {
    throw new StatisticInputError('LENGTH_MISMATCH', statistic, 'no bins were given; pass at least one bin.');
  }
}

/** Both windows' proportions over aligned bins, validated; used by the binned statistics. */
export function alignedProportions(
  statistic: string,
  referenceCounts: Counts,
  currentCounts: Counts,
): { reference: Float64Array; current: Float64Array } {
  checkAligned(statistic, referenceCounts, currentCounts);
  const referenceTotal = windowTotal(statistic, 'reference', referenceCounts, false);
  const currentTotal = windowTotal(statistic, 'current', currentCounts, false);
  const reference = new Float64Array(referenceCounts.length);
  const current = new Float64Array(currentCounts.length);
  for (let i = 0; i < reference.length; i++) {
    reference[i] = referenceCounts[i] / referenceTotal;
    current[i] = currentCounts[i] / currentTotal;
  }
  return { reference, current };
}
