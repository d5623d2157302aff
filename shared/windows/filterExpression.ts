import { driftwoodError } from '../errors/workbenchError';
import type { SqlStatement } from '../sql/sqlStatement';

/**
 * User filter expressions (`--where-reference`, workspace windows) are SQL by nature, so they cannot be
 * bound as values. They are accepted only when DuckDB's own parser, given `SELECT 1 WHERE (<expr>)`,
 * returns exactly that shape: one SELECT with no FROM, and a WHERE tree free of subqueries, window
 * functions, aggregates and parameters. Anything else (a second statement, a UNION smuggled past the
 * parenthesis, a table function) is rejected before it reaches a query. DESIGN.md §7.
 */
export function filterParseStatement(expression: string): SqlStatement {
  return { sql: 'SELECT json_serialize_sql($text::VARCHAR) AS parsed', params: { text: wrapFilter(expression) } };
}

function wrapFilter(expression: string): string {
  return `SELECT 1 WHERE (${expression})`;
}

const forbiddenClasses = new Set(['SUBQUERY', 'WINDOW', 'PARAMETER', 'STAR', 'LAMBDA', 'DEFAULT']);
const aggregateFunctions = new Set([
  'count', 'count_star', 'sum', 'avg', 'mean', 'min', 'max', 'first', 'last', 'any_value', 'list', 'array_agg', 'string_agg',
  'median', 'quantile', 'quantile_cont', 'quantile_disc', 'mode', 'stddev', 'stddev_pop', 'stddev_samp', 'variance',
  'var_pop', 'var_samp', 'approx_count_distinct', 'approx_quantile', 'bool_and', 'bool_or', 'histogram', 'arg_max', 'arg_min',
]);
/** Scalar functions that reach outside the row: never meaningful in a row filter. */
const forbiddenFunctions = new Set(['query', 'query_table', 'getenv', 'current_setting', 'read_text', 'read_blob', 'read_csv', 'read_parquet', 'read_json']);

/**
 * Checks DuckDB's JSON parse tree (json_serialize_sql output) of wrapFilter(expression).
 * Throws INVALID_ARGUMENT naming the flag and saying what a valid filter looks like.
 */
export function assertSingleFilterExpression(parsedJson: string, expression: string, flag: string): void {
  const fail = (why: string) => {
    throw driftwoodError('INVALID_ARGUMENT', `${flag} '${expression}' is not a single filter expression: ${why}.`,
      `Give one boolean expression over the log's columns, e.g. ${flag} "region = 'eu' AND amount > 10".`);
  };
  if (expression.trim() === '') fail('it is empty');
  let parsed: ParsedSql;
  try {
    parsed = JSON.parse(parsedJson) as ParsedSql;
  } catch {
    return fail('it could not be parsed');
  }
  if (parsed.error) fail(String(parsed.error_message ?? 'it does not parse').replace(/\s+/g, ' '));
  const statements = parsed.statements ?? [];
  if (statements.length !== 1) fail('it holds more than one statement');
  const node = statements[0].node;
  if (node?.type !== 'SELECT_NODE' || node.from_table?.type !== 'EMPTY' || !node.where_clause) fail('it changes the query around it');
  const problem = findForbidden(node!.where_clause);
  if (problem) fail(problem);
  const rest = { ...node } as Record<string, unknown>;
  if ((rest.group_expressions as unknown[] | undefined)?.length || rest.having || rest.qualify) fail('it changes the query around it');
}

interface ParsedSql {
  error?: boolean;
  error_message?: string;
  statements?: Array<{ node?: { type?: string; from_table?: { type?: string }; where_clause?: unknown } }>;
}

function findForbidden(tree: unknown): string | undefined {
  if (Array.isArray(tree)) {
    for (const item of tree) {
      const found = findForbidden(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof tree !== 'object' || tree === null) return undefined;
  const node = tree as Record<string, unknown>;
  if (typeof node.class === 'string' && forbiddenClasses.has(node.class)) return `it contains a ${node.class.toLowerCase().replace(/_/g, ' ')}`;
  if (node.class === 'FUNCTION' && typeof node.function_name === 'string') {
    const name = node.function_name.toLowerCase();
    if (aggregateFunctions.has(name)) return `it aggregates (${name}), and a filter keeps or drops single rows`;
    if (forbiddenFunctions.has(name)) return `it calls ${name}, which is not allowed in a filter`;
  }
  for (const value of Object.values(node)) {
    const found = findForbidden(value);
    if (found) return found;
  }
  return undefined;
}
