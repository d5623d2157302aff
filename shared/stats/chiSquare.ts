import { checkAligned, windowTotal } from './counts';
import { chiSquareSurvival } from './special/gamma';
import type { Counts, DriftStatistic, StatisticResult } from './types';

/**
 * Pearson chi-square test of homogeneity on the 2×k table [reference; current], as
 * `scipy.stats.chi2_contingency(table, correction=False)`: value = statistic, p_value = chi2.sf(statistic,
 * dof), dof = k − 1.
 *
 * scipy raises "The internally computed table of expected frequencies has a zero element" when a column of
 * the table is empty in both windows. Such a bin carries no information, so we drop it first and report
 * how many were dropped; with one remaining bin, dof = 0 and scipy's degenerate answer (statistic 0,
 * p-value 1) applies.
 */
export const chiSquareStatistic: DriftStatistic = { id: 'chi_square', kinds: ['categorical'], hasPValue: true };

export interface ChiSquareResult extends StatisticResult {
  p_value: number;
  /** Degrees of freedom after dropping bins empty in both windows. */
  dof: number;
  /** Bins empty in both windows, left out of the table. */
  dropped_bins: number;
}

export function chiSquare(referenceCounts: Counts, currentCounts: Counts): ChiSquareResult {
  checkAligned('chi_square', referenceCounts, currentCounts);
  const referenceTotal = windowTotal('chi_square', 'reference', referenceCounts, false);
  const currentTotal = windowTotal('chi_square', 'current', currentCounts, false);
  const total = referenceTotal + currentTotal;
  let statistic = 0;
  let keptBins = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const columnTotal = referenceCounts[i] + currentCounts[i];
    if (columnTotal === 0) continue;
    keptBins += 1;
    // Expected frequencies as scipy's expected_freq: row sum × column sum / grand total.
    const expectedReference = (referenceTotal * columnTotal) / total;
    const expectedCurrent = (currentTotal * columnTotal) / total;
    statistic += (referenceCounts[i] - expectedReference) ** 2 / expectedReference;
    statistic += (currentCounts[i] - expectedCurrent) ** 2 / expectedCurrent;
  }
  const dof = keptBins - 1;
  const droppedBins = referenceCounts.length - keptBins;
  if (dof === 0) return { value: 0, p_value: 1, dof, dropped_bins: droppedBins };
  return { value: statistic, p_value: chiSquareSurvival(statistic, dof), dof, dropped_bins: droppedBins };
}
