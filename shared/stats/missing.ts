import { emptyWindowError, StatisticInputError, type WindowName } from './errors';
import { normalTwoSidedPValue } from './special/normal';
import type { DriftStatistic, StatisticResult } from './types';

/**
 * Missingness drift: value = current null rate − reference null rate; p_value from the pooled two-proportion
 * z-test, two-sided (as statsmodels `proportions_ztest([cur, ref], [curRows, refRows])`:
 * z = (r_cur − r_ref) / sqrt(p̂(1 − p̂)(1/n_ref + 1/n_cur)), p = 2·norm.sf(|z|)). When the pooled rate is
 * 0 or 1 (no nulls anywhere, or only nulls) the rates are equal and the test is undefined; p_value is 1.
 */
export const missingStatistic: DriftStatistic = { id: 'missing', kinds: ['numeric', 'categorical'], hasPValue: true };

export interface MissingnessResult extends StatisticResult {
  p_value: number;
  /** The z statistic; 0 when the pooled rate is 0 or 1. */
  z: number;
  reference_null_rate: number;
  current_null_rate: number;
}

function checkWindow(window: WindowName, nulls: number, rows: number): void {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(nulls) || nulls < 0 || nulls > rows) {
    throw new StatisticInputError(
      'INVALID_COUNTS',
      'missing',
      `${window} window has ${nulls} nulls in ${rows} rows; both must be non-negative integers with nulls ≤ rows.`,
      window,
    );
  }
  if (rows === 0) throw emptyWindowError('missing', window);
}

export function missingnessTest(
  referenceNulls: number,
  referenceRows: number,
  currentNulls: number,
  currentRows: number,
): MissingnessResult {
  checkWindow('reference', referenceNulls, referenceRows);
  checkWindow('current', currentNulls, currentRows);
  const referenceRate = referenceNulls / referenceRows;
  const currentRate = currentNulls / currentRows;
  const value = currentRate - referenceRate;
  const pooled = (referenceNulls + currentNulls) / (referenceRows + currentRows);
  const base = { value, reference_null_rate: referenceRate, current_null_rate: currentRate };
  if (pooled === 0 || pooled === 1) return { ...base, p_value: 1, z: 0 };
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / referenceRows + 1 / currentRows));
  const z = value / standardError;
  return { ...base, p_value: normalTwoSidedPValue(z), z };
}
