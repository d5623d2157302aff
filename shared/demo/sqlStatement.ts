/**
 * SQL text plus bound values, as the demo generator hands it to the engine.
 *
 * Every value a user controls (row count, seed, output path) and every word list travels as a bound
 * parameter (`$name`), never inside the SQL text. Each parameter carries its DuckDB type so the
 * engine binds exactly that type instead of guessing from the JavaScript value (a list whose first
 * element is 0 would otherwise bind as INTEGER[]).
 */
export type DemoSqlParam =
  | { readonly type: 'BIGINT'; readonly value: number }
  | { readonly type: 'DOUBLE'; readonly value: number }
  | { readonly type: 'VARCHAR'; readonly value: string }
  | { readonly type: 'INTEGER[]'; readonly value: readonly number[] }
  | { readonly type: 'DOUBLE[]'; readonly value: readonly number[] }
  | { readonly type: 'VARCHAR[]'; readonly value: readonly string[] };

export interface DemoSqlStatement {
  readonly sql: string;
  readonly params: Readonly<Record<string, DemoSqlParam>>;
}
