import {
  DuckDBDateValue, DuckDBDecimalValue, DuckDBTimestampTZValue, DuckDBTimestampValue, type DuckDBValue,
} from '@duckdb/node-api';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Converts one DuckDB value to JSON: integers beyond 2^53 stay exact as strings, decimals become numbers,
 * timestamps become ISO-8601 text (UTC, the engine's session time zone), other objects their DuckDB text.
 */
export function toJsonValue(value: DuckDBValue): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return toIsoTimestamp(value.toString());
  if (value instanceof DuckDBDateValue) return value.toString();
  return String(value);
}

/** '2026-10-01 12:00:00' or '2026-10-01 12:00:00+00' → '2026-10-01T12:00:00Z'. */
function toIsoTimestamp(text: string): string {
  const [date, rest] = text.split(' ');
  if (rest === undefined) return text;
  const time = rest.replace(/([+-]00(:00)?)$/, '');
  return `${date}T${time}Z`;
}
