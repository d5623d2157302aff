import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crossValidatedAuc } from '../../../shared/multivariate/crossValidatedAuc';
import { mulberry32 } from '../../../shared/multivariate/seededRandom';
import { stratifiedFolds } from '../../../shared/multivariate/stratifiedFolds';

const settings = { rounds: 20, learningRate: 0.3, maxDepth: 2, l2: 1, minLeafRows: 20 };

function shiftedColumn(isCurrent: Uint8Array, seed: number) {
  const random = mulberry32(seed);
  const codes = Uint8Array.from(isCurrent, (label) => 1 + Math.min(9, Math.floor(random() * 8) + 2 * label));
  return { kind: 'numeric' as const, binCount: 11, codes };
}

describe('crossValidatedAuc', () => {
  const isCurrent = Uint8Array.from({ length: 3000 }, (_, index) => (index % 3 === 0 ? 1 : 0));
  const foldOf = stratifiedFolds(isCurrent, 5, mulberry32(1));

  test('reports one held-out AUC per fold, well above 0.5 for a shifted column', () => {
    const result = crossValidatedAuc([shiftedColumn(isCurrent, 2)], isCurrent, foldOf, 5, settings);
    assert.equal(result.aucFolds.length, 5);
    for (const auc of result.aucFolds) assert.ok(auc > 0.6, `fold AUC ${auc}`);
  });

  test('the one-column shortcut (one weighted row per bin) gives the same AUCs as full rows', () => {
    const column = shiftedColumn(isCurrent, 3);
    // A constant second column never splits, so the two-column model is the one-column model on full rows.
    const constant = { kind: 'numeric' as const, binCount: 2, codes: new Uint8Array(isCurrent.length).fill(1) };
    const alone = crossValidatedAuc([column], isCurrent, foldOf, 5, settings);
    const withConstant = crossValidatedAuc([column, constant], isCurrent, foldOf, 5, settings);
    alone.aucFolds.forEach((auc, fold) => assert.ok(Math.abs(auc - withConstant.aucFolds[fold]) < 1e-9, `fold ${fold}: ${auc} vs ${withConstant.aucFolds[fold]}`));
    assert.equal(withConstant.gainByColumn[1], 0);
  });
});
