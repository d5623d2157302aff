import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quoteIdentifier, renderStatementForDisplay } from '../../../shared/sql/sqlStatement';

describe('quoteIdentifier', () => {
  test('wraps names in double quotes and doubles embedded quotes', () => {
    assert.equal(quoteIdentifier('select'), '"select"');
    assert.equal(quoteIdentifier('he said "hi"'), '"he said ""hi"""');
    assert.equal(quoteIdentifier('ünïcödé ✓'), '"ünïcödé ✓"');
  });
});

describe('renderStatementForDisplay', () => {
  test('inlines bound values as escaped literals for people to read', () => {
    const text = renderStatementForDisplay({
      sql: 'SELECT * FROM read_parquet($files) WHERE region = $region AND n > $n AND $flag',
      params: { files: ["/data/it's.parquet"], region: "O'Hare", n: 3, flag: true },
    });
    assert.equal(text, "SELECT * FROM read_parquet(['/data/it''s.parquet']) WHERE region = 'O''Hare' AND n > 3 AND true");
  });
});
