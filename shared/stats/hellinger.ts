import { alignedProportions } from './counts';
import type { Counts, DriftStatistic, StatisticResult } from './types';

/**
 * Hellinger distance sqrt(1 − Σ sqrt(p·q)) over aligned bins, in [0, 1] (DESIGN.md §3.1). The Bhattacharyya
 * coefficient Σ sqrt(p·q) can round to just above 1 for identical inputs; the difference is clamped at 0
 * rather than returning NaN.
 */
export const hellingerStatistic: DriftStatistic = {
  id: 'hellinger',
  kinds: ['numeric', 'categorical'],
  hasPValue: false,
};

export function hellinger(referenceCounts: Counts, currentCounts: Counts): StatisticResult {
  const { reference, current } = alignedProportions('hellinger', referenceCounts, currentCounts);
  let coefficient = 0;
  for (let i = 0; i < reference.length; i++) coefficient += Math.sqrt(reference[i] * current[i]);
  return { value: Math.sqrt(Math.max(0, 1 - coefficient)) };
}
