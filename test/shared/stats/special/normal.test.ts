import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { normalSurvival, normalTwoSidedPValue } from '../../../../shared/stats/special/normal';
import { assertClose, loadStatsOracle } from '../oracleFixture';

const oracle = loadStatsOracle();

describe('normalSurvival against scipy.stats.norm.sf', () => {
  test('matches scipy to 1e-12 relative, deep into the upper tail', () => {
    for (const c of oracle.norm_sf) assertClose(normalSurvival(c.z), c.sf, 1e-300, 1e-12, `z=${c.z}`);
  });

  test('is ½ at 0 and symmetric', () => {
    assert.equal(normalSurvival(0), 0.5);
    assertClose(normalSurvival(-1.3) + normalSurvival(1.3), 1, 1e-15, 0, 'symmetry');
  });

  test('gives the two-sided p-value 0.05 at z = 1.959963984540054', () => {
    assertClose(normalTwoSidedPValue(1.959963984540054), 0.05, 0, 1e-12, 'p');
    assertClose(normalTwoSidedPValue(-1.959963984540054), 0.05, 0, 1e-12, 'p');
  });
});
