import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toWorkbenchError } from '../../../shared/errors/workbenchError';
import { DomainSampleError } from '../../../shared/multivariate/domainSampleError';

describe('DomainSampleError', () => {
  test('crosses boundaries as an INVALID_ARGUMENT WorkbenchError with a next step', () => {
    const error = new DomainSampleError([
      { code: 'WINDOW_TOO_SMALL', window: 'current', message: 'the current window has 2 sampled rows, but 5-fold cross-validation needs at least 5.' },
    ]);
    const record = toWorkbenchError(error);
    assert.equal(record.code, 'INVALID_ARGUMENT');
    assert.match(record.message, /^Domain classifier: the current window has 2 sampled rows/);
    assert.match(record.action ?? '', /Widen the small window/);
    assert.equal(error.problems[0].window, 'current');
  });

  test('points at the parameters when only parameters are wrong', () => {
    const error = new DomainSampleError([{ code: 'INVALID_PARAMETER', parameter: 'folds', message: 'folds must be an integer from 2 to 50, got 1.' }]);
    assert.match(error.action ?? '', /parameters/);
  });
});
