import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_MAX_ROWS, DEMO_MIN_ROWS, validateDemoOptions } from '../../../shared/demo/demoOptions';
import { DEMO_SCENARIO_NAMES } from '../../../shared/demo/scenarios';

const valid = { outDir: '/tmp/demo', rows: 50_000, scenario: 'null-spike', seed: 7 } as const;

test('accepts valid options', () => {
  assert.deepEqual(validateDemoOptions(valid), []);
  assert.deepEqual(validateDemoOptions({ ...valid, rows: DEMO_MIN_ROWS, overwrite: true }), []);
  assert.deepEqual(validateDemoOptions({ ...valid, rows: DEMO_MAX_ROWS }), []);
});

test('reports every invalid option at once', () => {
  const problems = validateDemoOptions({ outDir: '', rows: 999, scenario: 'nope', seed: -1, overwrite: 'yes' });
  assert.deepEqual(problems.map((problem) => problem.option), ['outDir', 'rows', 'scenario', 'seed', 'overwrite']);
});

test('names the valid scenarios when the scenario is unknown', () => {
  const [problem] = validateDemoOptions({ ...valid, scenario: 'null_spike' });
  assert.equal(problem.option, 'scenario');
  for (const name of DEMO_SCENARIO_NAMES) assert.match(problem.message, new RegExp(name));
});

test('refuses row counts outside 1000..200M and fractional ones', () => {
  for (const rows of [0, 999, DEMO_MAX_ROWS + 1, 1500.5, Number.NaN]) {
    assert.deepEqual(validateDemoOptions({ ...valid, rows }).map((problem) => problem.option), ['rows'], `rows ${rows}`);
  }
});

test('refuses seeds that are negative, fractional or beyond safe integers', () => {
  for (const seed of [-1, 0.5, Number.MAX_SAFE_INTEGER + 1]) {
    assert.deepEqual(validateDemoOptions({ ...valid, seed }).map((problem) => problem.option), ['seed'], `seed ${seed}`);
  }
  assert.deepEqual(validateDemoOptions({ ...valid, seed: 0 }), []);
});
