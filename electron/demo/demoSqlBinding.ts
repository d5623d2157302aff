/**
 * Turns a DemoSqlStatement's typed parameters into DuckDB values and types, so each one binds with
 * exactly the declared type (the Neo client would otherwise infer a list's type from its first item).
 */

import { BIGINT, DOUBLE, INTEGER, LIST, listValue, VARCHAR, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import type { DemoSqlParam, DemoSqlStatement } from '../../shared/demo/sqlStatement';

export interface DuckDBBinding {
  readonly values: Record<string, DuckDBValue>;
  readonly types: Record<string, DuckDBType>;
}

export function bindDemoStatement(statement: DemoSqlStatement): DuckDBBinding {
  const values: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  for (const [name, param] of Object.entries(statement.params)) {
    values[name] = duckdbValue(param);
    types[name] = duckdbType(param);
  }
  return { values, types };
}

function duckdbValue(param: DemoSqlParam): DuckDBValue {
  switch (param.type) {
    case 'BIGINT': return BigInt(param.value);
    case 'DOUBLE': return param.value;
    case 'VARCHAR': return param.value;
    case 'INTEGER[]': return listValue([...param.value]);
    case 'DOUBLE[]': return listValue([...param.value]);
    case 'VARCHAR[]': return listValue([...param.value]);
  }
}

function duckdbType(param: DemoSqlParam): DuckDBType {
  switch (param.type) {
    case 'BIGINT': return BIGINT;
    case 'DOUBLE': return DOUBLE;
    case 'VARCHAR': return VARCHAR;
    case 'INTEGER[]': return LIST(INTEGER);
    case 'DOUBLE[]': return LIST(DOUBLE);
    case 'VARCHAR[]': return LIST(VARCHAR);
  }
}
