import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bindDemoStatement } from '../../../electron/demo/demoSqlBinding';
import { openDuckDB, type DuckDBFixture } from './demoTestSupport';

let db: DuckDBFixture;
before(async () => {
  db = await openDuckDB();
});
after(() => db.close());

test('binds each parameter with its declared type, even a DOUBLE list starting with 0', async () => {
  const binding = bindDemoStatement({
    sql: '',
    params: {
      rows: { type: 'BIGINT', value: 3_000_000_000 },
      share: { type: 'DOUBLE', value: 2 },
      shares: { type: 'DOUBLE[]', value: [0, 0.25, 1] },
      grid: { type: 'INTEGER[]', value: [0, 1, 2] },
      names: { type: 'VARCHAR[]', value: ["o'hare", 'b'] },
      path: { type: 'VARCHAR', value: "/tmp/it's.parquet" },
    },
  });
  const reader = await db.connection.runAndReadAll(
    'SELECT typeof($rows) AS "rowsType", typeof($share) AS "shareType", typeof($shares) AS "sharesType", $shares[2] AS "second", '
      + 'typeof($grid) AS "gridType", $names[1] AS "firstName", $path AS "path", $rows AS "rows"',
    binding.values, binding.types,
  );
  const row = reader.getRowObjectsJS()[0];
  assert.deepEqual(row, {
    rowsType: 'BIGINT', shareType: 'DOUBLE', sharesType: 'DOUBLE[]', second: 0.25,
    gridType: 'INTEGER[]', firstName: "o'hare", path: "/tmp/it's.parquet", rows: 3_000_000_000n,
  });
});
