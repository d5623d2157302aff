/**
 * SQL as data: text plus bound values. Values never enter the text (DESIGN.md §7); identifiers go
 * through quoteIdentifier, the one place that quotes them.
 */
export type SqlValue = string | number | boolean | null | bigint | readonly string[];

export interface SqlStatement {
  /** Statement text with named parameters ($name). */
  sql: string;
  /** Bound values by parameter name. */
  params: Record<string, SqlValue>;
}

/** Quotes an identifier for DuckDB: wraps it in double quotes and doubles any embedded double quote. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Renders a statement with its values inlined as literals — for display and queries.sql only, never to run. */
export function renderStatementForDisplay(statement: SqlStatement): string {
  return statement.sql.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => {
    if (!(name in statement.params)) return whole;
    return renderLiteral(statement.params[name]);
  });
}

function renderLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `[${value.map((item) => `'${item.replace(/'/g, "''")}'`).join(', ')}]`;
}
