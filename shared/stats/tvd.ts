import { alignedProportions } from './counts';
import type { Counts, DriftStatistic, StatisticResult } from './types';

/** Total variation distance ½ Σ |p − q| over aligned bins, in [0, 1] (DESIGN.md §3.1). */
export const tvdStatistic: DriftStatistic = { id: 'tvd', kinds: ['categorical'], hasPValue: false };

export function tvd(referenceCounts: Counts, currentCounts: Counts): StatisticResult {
  const { reference, current } = alignedProportions('tvd', referenceCounts, currentCounts);
  let sum = 0;
  for (let i = 0; i < reference.length; i++) sum += Math.abs(reference[i] - current[i]);
  return { value: sum / 2 };
}
