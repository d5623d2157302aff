import { StatisticInputError } from './errors';

/**
 * Benjamini–Hochberg adjusted p-values, identical to statsmodels
 * `multipletests(p, method='fdr_bh')[1]`: sort ascending, p_(i) / (i/m), running minimum from the largest
 * rank down, capped at 1, returned in input order.
 *
 * NaN and undefined entries (columns not tested) pass through unchanged and do not count toward m.
 * Throws INVALID_ARGUMENT for a value outside [0, 1].
 */
export function benjaminiHochberg(pValues: ReadonlyArray<number | undefined>): Array<number | undefined> {
  const tested: number[] = [];
  for (let i = 0; i < pValues.length; i++) {
    const p = pValues[i];
    if (p === undefined || Number.isNaN(p)) continue;
    if (!(p >= 0 && p <= 1)) {
      throw new StatisticInputError('INVALID_ARGUMENT', 'benjamini_hochberg', `p-value at index ${i} is ${p}; expected a number in [0, 1].`);
    }
    tested.push(i);
  }
  const adjusted: Array<number | undefined> = pValues.slice();
  const m = tested.length;
  if (m === 0) return adjusted;
  // Ties get the same adjusted value whatever their order, so a stable sort is enough.
  tested.sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  let runningMinimum = Infinity;
  for (let rank = m; rank >= 1; rank--) {
    const index = tested[rank - 1];
    const raw = (pValues[index] as number) / (rank / m);
    runningMinimum = Math.min(runningMinimum, raw);
    adjusted[index] = Math.min(1, runningMinimum);
  }
  return adjusted;
}
