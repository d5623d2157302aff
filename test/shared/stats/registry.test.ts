import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DRIFT_STATISTICS, getDriftStatistic, statisticsForKind } from '../../../shared/stats/registry';
import type { StatisticId } from '../../../shared/stats/types';

describe('drift statistic registry', () => {
  test('lists every DESIGN.md §3.1 statistic once, in table order', () => {
    const ids: StatisticId[] = ['ks', 'wasserstein', 'wasserstein_norm', 'psi', 'jensen_shannon', 'hellinger', 'tvd', 'chi_square', 'missing'];
    assert.deepEqual(DRIFT_STATISTICS.map((statistic) => statistic.id), ids);
  });

  test('holds the default effect thresholds of DESIGN.md §3.1 and nothing else', () => {
    const thresholds = Object.fromEntries(
      DRIFT_STATISTICS.filter((s) => s.effect).map((s) => [s.id, s.effect?.defaultThreshold]),
    );
    assert.deepEqual(thresholds, { wasserstein_norm: 0.1, psi: 0.2, jensen_shannon: 0.1 });
  });

  test('marks exactly ks, chi_square and missing as having p-values', () => {
    assert.deepEqual(DRIFT_STATISTICS.filter((s) => s.hasPValue).map((s) => s.id), ['ks', 'chi_square', 'missing']);
  });

  test('selects statistics by column kind', () => {
    assert.deepEqual(statisticsForKind('categorical').map((s) => s.id), ['psi', 'jensen_shannon', 'hellinger', 'tvd', 'chi_square', 'missing']);
    assert.deepEqual(statisticsForKind('numeric').map((s) => s.id), ['ks', 'wasserstein', 'wasserstein_norm', 'psi', 'jensen_shannon', 'hellinger', 'missing']);
  });

  test('finds a descriptor by id and lists the known ids for an unknown one', () => {
    assert.equal(getDriftStatistic('psi').id, 'psi');
    assert.throws(() => getDriftStatistic('nope' as StatisticId), /Known: ks, wasserstein/);
  });
});
