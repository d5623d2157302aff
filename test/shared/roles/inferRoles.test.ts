import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ColumnProfile, inferRoles } from '../../../shared/roles/inferRoles';
import { DriftwoodError } from '../../../shared/errors/workbenchError';

function profile(name: string, type: string, extra: Partial<ColumnProfile> = {}): ColumnProfile {
  return { name, type, rows: 1000, nulls: 0, distinct: 10, avgLength: 6, ...extra };
}

const inferenceLog: ColumnProfile[] = [
  profile('request_id', 'VARCHAR', { distinct: 1000, avgLength: 36 }),
  profile('event_time', 'TIMESTAMP', { distinct: 990 }),
  profile('ingested_at', 'TIMESTAMP', { distinct: 990 }),
  profile('model_version', 'VARCHAR', { distinct: 2 }),
  profile('region', 'VARCHAR', { distinct: 6 }),
  profile('app_version', 'VARCHAR', { distinct: 8 }),
  profile('amount_usd', 'DOUBLE', { distinct: 800 }),
  profile('merchant_id', 'VARCHAR', { distinct: 300 }),
  profile('user_email', 'VARCHAR', { distinct: 950, avgLength: 20 }),
  profile('score', 'DOUBLE', { distinct: 900 }),
  profile('predicted_class', 'BOOLEAN', { distinct: 2 }),
  profile('label', 'INTEGER', { distinct: 2 }),
  profile('embedding', 'FLOAT[16]', { distinct: 1000 }),
  profile('comment', 'VARCHAR', { distinct: 900, avgLength: 80 }),
  profile('always_null', 'DOUBLE', { nulls: 1000, distinct: 0 }),
];

describe('inferRoles', () => {
  const roles = inferRoles(inferenceLog);
  const roleOf = (name: string) => roles.get(name)?.role;
  const kindOf = (name: string) => roles.get(name)?.kind;

  test('finds the singleton roles of an inference log', () => {
    assert.equal(roleOf('request_id'), 'id');
    assert.equal(roleOf('event_time'), 'timestamp');
    assert.equal(roleOf('model_version'), 'model_version');
    assert.equal(roleOf('score'), 'prediction');
    assert.equal(roleOf('predicted_class'), 'predicted_class');
    assert.equal(roleOf('label'), 'label');
  });

  test('app_version is a segment, not the model version', () => {
    assert.equal(roleOf('app_version'), 'segment');
    assert.equal(roleOf('region'), 'segment');
  });

  test('only one column gets the timestamp role; the other time column is not a second timestamp', () => {
    assert.notEqual(roleOf('ingested_at'), 'timestamp');
    assert.equal(kindOf('ingested_at'), 'temporal');
  });

  test('feature kinds follow type and values', () => {
    assert.equal(kindOf('amount_usd'), 'numeric');
    assert.equal(roleOf('merchant_id'), 'feature');
    assert.equal(kindOf('merchant_id'), 'categorical');
    assert.equal(kindOf('embedding'), 'embedding');
    assert.equal(kindOf('comment'), 'text');
  });

  test('personal data is marked pii, all-null columns are ignored', () => {
    assert.equal(roleOf('user_email'), 'pii');
    assert.equal(roleOf('always_null'), 'ignore');
  });

  test('an override wins and takes a singleton role from the inferred holder', () => {
    const overridden = inferRoles(inferenceLog, { amount_usd: 'prediction' });
    assert.equal(overridden.get('amount_usd')?.role, 'prediction');
    assert.equal(overridden.get('amount_usd')?.reason, 'override');
    assert.equal(overridden.get('score')?.role, 'feature');
  });

  test('a plain integer year is the time axis when no temporal column exists', () => {
    const census = inferRoles([profile('year', 'BIGINT', { min: 2015, max: 2018, distinct: 4 }), profile('age', 'DOUBLE')]);
    assert.equal(census.get('year')?.role, 'timestamp');
    const notYears = inferRoles([profile('year', 'BIGINT', { min: 0, max: 7, distinct: 4 })]);
    assert.notEqual(notYears.get('year')?.role, 'timestamp');
  });

  test('the model score wins over a feature that is also named like a score', () => {
    const result = inferRoles([
      profile('device_trust_score', 'INTEGER', { min: 12, max: 100 }),
      profile('score', 'DOUBLE', { min: 0.001, max: 0.97 }),
    ]);
    assert.equal(result.get('score')?.role, 'prediction');
    assert.equal(result.get('device_trust_score')?.role, 'feature');
  });

  test('a column named like an id but with repeated values is a feature', () => {
    const result = inferRoles([profile('customer_id', 'BIGINT', { distinct: 40 })]);
    assert.equal(result.get('customer_id')?.role, 'feature');
  });

  test('rejects unknown columns, unknown roles and two holders of one singleton role', () => {
    const codeOf = (fn: () => unknown) => {
      try { fn(); } catch (error) { return (error as DriftwoodError).code; }
      return 'none';
    };
    assert.equal(codeOf(() => inferRoles(inferenceLog, { nope: 'label' })), 'UNKNOWN_COLUMN');
    assert.equal(codeOf(() => inferRoles(inferenceLog, { score: 'weight' })), 'UNKNOWN_ROLE');
    assert.equal(codeOf(() => inferRoles(inferenceLog, { score: 'label', amount_usd: 'label' })), 'INVALID_ARGUMENT');
  });
});
