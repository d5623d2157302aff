/**
 * The one place demo SQL quotes identifiers. Values are never quoted here: they are bound (see
 * sqlStatement.ts). DuckDB 1.5 accepts a bound parameter as the target of `COPY ... TO $path`, so no
 * string-literal escaping helper is needed for file paths either.
 */

/** Wraps a column or alias name in double quotes, doubling any double quote inside it. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
