import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { resolveSource } from '../../../electron/service/sourceResolver';
import { DriftwoodError } from '../../../shared/errors/workbenchError';
import { createTestEngine } from '../../helpers/testEngine';
import { fixturePath } from '../../helpers/testPaths';

describe('filter.check: user filter expressions are single row-level expressions', () => {
  const engine = createTestEngine({ workers: 1 });
  after(() => engine.dispose());
  const source = resolveSource(fixturePath('datasets', 'evidently_adults.parquet'));
  const check = (expression: string) => engine.submit({ kind: 'filter.check', expression, flag: '--where-current', source }).result;

  test('accepts ordinary boolean expressions, including odd quoted column names', async () => {
    for (const expression of ["\"native-country\" = 'United-States' AND age > 30", 'age BETWEEN 20 AND 30 OR workclass IS NULL', "lower(sex) LIKE 'f%'"]) {
      assert.deepEqual(await check(expression), { ok: true }, expression);
    }
  });

  const rejected: Array<[string, RegExp]> = [
    ['1=1; DROP TABLE x', /not a single filter expression/],
    ['(SELECT 1) = 1', /subquery/],
    ['true) UNION SELECT 1 WHERE (1', /not a single filter expression/],
    ['count(*) > 1', /aggregates/],
    ['sum(age) OVER () > 1', /window/],
    ["age > 1 AND query('SELECT 1') IS NOT NULL", /not a single filter expression/],
    ['', /empty/],
    ['no_such_column > 3', /does not work on .*no_such_column/],
  ];
  for (const [expression, message] of rejected) {
    test(`rejects ${JSON.stringify(expression)}`, async () => {
      await assert.rejects(check(expression), (error: unknown) => {
        assert.ok(error instanceof DriftwoodError);
        assert.equal(error.code, 'INVALID_ARGUMENT');
        assert.match(error.message, message);
        assert.match(error.message, /--where-current/);
        return true;
      });
    });
  }
});
