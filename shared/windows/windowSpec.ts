import { driftwoodError } from '../errors/workbenchError';
import { sourceRelation } from '../sources/relationSql';
import type { SourceDescriptor } from '../sources/source';
import { quoteIdentifier, type SqlStatement, type SqlValue } from '../sql/sqlStatement';

export type WindowName = 'reference' | 'current';

/** A bound of a time window: a timestamp (ISO text) or a number (for integer time axes such as a year). */
export type TimeBound = { kind: 'timestamp'; value: string } | { kind: 'number'; value: number };

/**
 * A window (DESIGN.md §2): a row set of one source, narrowed by a half-open time range [start, end),
 * a model version, and/or a validated filter expression. All given parts must hold (AND).
 */
export interface WindowSpec {
  name: WindowName;
  source: SourceDescriptor;
  time?: { column: string; start?: TimeBound; end?: TimeBound };
  version?: { column: string; value: string };
  /** Already validated with assertSingleFilterExpression. */
  where?: string;
}

/** Parses "A..B" (either end may be empty) from --reference-window/--current-window. */
export function parseTimeRange(text: string, flag: string): { start?: TimeBound; end?: TimeBound } {
  const parts = text.split('..');
  if (parts.length !== 2 || (parts[0].trim() === '' && parts[1].trim() === '')) {
    throw driftwoodError('INVALID_ARGUMENT', `${flag} '${text}' is not a range A..B.`,
      `Write it as ${flag} 2026-10-01..2026-10-15 (half-open: from A, up to but not including B; either end may be left out).`);
  }
  const [start, end] = parts.map((part) => parseBound(part.trim(), flag));
  if (start && end && compareBounds(start, end) >= 0) {
    throw driftwoodError('INVALID_ARGUMENT', `${flag} '${text}' ends before it starts.`, 'Put the earlier bound first.');
  }
  return { start, end };
}

function parseBound(text: string, flag: string): TimeBound | undefined {
  if (text === '') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text) && !/^\d{8}$/.test(text)) return { kind: 'number', value: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text) && !Number.isNaN(Date.parse(text))) {
    return { kind: 'timestamp', value: text.replace(' ', 'T') };
  }
  throw driftwoodError('INVALID_ARGUMENT', `${flag} bound '${text}' is neither an ISO date/time nor a number.`,
    'Use dates like 2026-10-01 or 2026-10-01T12:00:00Z, or numbers for an integer time column such as a year.');
}

function compareBounds(a: TimeBound, b: TimeBound): number {
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  if (a.kind === 'timestamp' && b.kind === 'timestamp') return Date.parse(a.value) - Date.parse(b.value);
  return 0;
}

/**
 * The window as a parenthesised subquery with bound parameters, prefixed so that two windows can share
 * one statement. The filter expression is the only SQL text that comes from the user, and it has been
 * validated as a single row-level expression before it gets here.
 */
export function windowRelation(window: WindowSpec, prefix: string): SqlStatement {
  const relation = sourceRelation(window.source, prefix);
  const params: Record<string, SqlValue> = { ...relation.params };
  const conditions: string[] = [];
  if (window.time) {
    const column = quoteIdentifier(window.time.column);
    const bound = (edge: 'start' | 'end', value: TimeBound) => {
      params[`${prefix}_${edge}`] = value.value;
      return value.kind === 'timestamp' ? `$${prefix}_${edge}::TIMESTAMP` : `$${prefix}_${edge}`;
    };
    if (window.time.start) conditions.push(`${column} >= ${bound('start', window.time.start)}`);
    if (window.time.end) conditions.push(`${column} < ${bound('end', window.time.end)}`);
  }
  if (window.version) {
    params[`${prefix}_version`] = window.version.value;
    conditions.push(`${quoteIdentifier(window.version.column)}::VARCHAR = $${prefix}_version`);
  }
  if (window.where) conditions.push(`(${window.where})`);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return { sql: `(SELECT * FROM ${relation.sql}${where})`, params };
}

/** A short human description of a window, for tables and reports. */
export function describeWindow(window: WindowSpec): string {
  const parts = [window.source.input];
  if (window.time) {
    const show = (bound?: TimeBound) => (bound ? String(bound.value) : '');
    parts.push(`${window.time.column} in [${show(window.time.start)}, ${show(window.time.end)})`);
  }
  if (window.version) parts.push(`${window.version.column} = ${window.version.value}`);
  if (window.where) parts.push(`where ${window.where}`);
  return parts.join(', ');
}
