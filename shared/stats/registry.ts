import { chiSquareStatistic } from './chiSquare';
import { hellingerStatistic } from './hellinger';
import { jensenShannonStatistic } from './jensenShannon';
import { ksStatistic } from './ks';
import { missingStatistic } from './missing';
import { psiStatistic } from './psi';
import { tvdStatistic } from './tvd';
import type { ColumnKind, DriftStatistic, StatisticId } from './types';
import { wassersteinStatistic } from './wasserstein';
import { wassersteinNormStatistic } from './wassersteinNorm';

/** Every drift statistic, in the order of DESIGN.md §3.1. One explicit list: nothing registers itself. */
export const DRIFT_STATISTICS: readonly DriftStatistic[] = [
  ksStatistic,
  wassersteinStatistic,
  wassersteinNormStatistic,
  psiStatistic,
  jensenShannonStatistic,
  hellingerStatistic,
  tvdStatistic,
  chiSquareStatistic,
  missingStatistic,
];

/** The descriptor for `id`; throws listing the known ids when there is none. */
export function getDriftStatistic(id: StatisticId): DriftStatistic {
  const found = DRIFT_STATISTICS.find((statistic) => statistic.id === id);
  if (!found) {
    throw new Error(`Unknown drift statistic '${id}'. Known: ${DRIFT_STATISTICS.map((s) => s.id).join(', ')}.`);
  }
  return found;
}

/** The statistics that apply to a column of this kind. */
export function statisticsForKind(kind: ColumnKind): DriftStatistic[] {
  return DRIFT_STATISTICS.filter((statistic) => statistic.kinds.includes(kind));
}
