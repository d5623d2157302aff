import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteIdentifier } from '../../../shared/demo/sqlText';

test('quotes identifiers and doubles embedded double quotes', () => {
  assert.equal(quoteIdentifier('score'), '"score"');
  assert.equal(quoteIdentifier('select'), '"select"');
  assert.equal(quoteIdentifier('a "b" c'), '"a ""b"" c"');
});
