import { quoteIdentifier, type SqlStatement } from '../sql/sqlStatement';
import { type WindowSpec, windowRelation } from '../windows/windowSpec';

/**
 * SQL of the drift analysis (DESIGN.md §3.1), built as text plus bound values.
 *
 * The plan: one scan per column kind turns both windows into a grouped table of
 * (column, value, reference count, current count) that stays inside DuckDB
 * (`dw_num`, `dw_cat`). Every statistic is then computed from those tables: KS and Wasserstein
 * exactly from cumulative counts, quantiles from order statistics (numpy's linear interpolation),
 * bin counts by an ASOF join against the edges. Only small aggregates come back to JavaScript.
 *
 * In approximate mode, numeric columns with many distinct values are grouped by a fine-bucket key
 * instead of the raw value (see fineBinKeyExpression); everything downstream is the same, and the error
 * bounds follow from the bucket masses. Columns with few distinct values stay exact.
 */

export interface DriftColumnRef {
  name: string;
  /** Alias inside the queries: n0, n1, … for numeric, k0, k1, … for categorical. */
  alias: string;
  /** Numeric only: group by fine-bucket key instead of raw value (approximate mode, many distinct values). */
  fine?: boolean;
}

export interface DriftQueryPlan {
  reference: WindowSpec;
  current: WindowSpec;
  numeric: DriftColumnRef[];
  categorical: DriftColumnRef[];
  /** The prediction column, used to estimate each column's importance on the reference window. */
  prediction?: string;
}

function windows(plan: DriftQueryPlan): { ref: SqlStatement; cur: SqlStatement } {
  return { ref: windowRelation(plan.reference, 'ref'), cur: windowRelation(plan.current, 'cur') };
}

/** Rows per window (0 = reference, 1 = current). */
export function windowRowCountsSql(plan: DriftQueryPlan): SqlStatement {
  const { ref, cur } = windows(plan);
  return {
    sql: `SELECT 0 AS w, count(*) AS n FROM ${ref.sql} AS r\nUNION ALL\nSELECT 1 AS w, count(*) AS n FROM ${cur.sql} AS c`,
    params: { ...ref.params, ...cur.params },
  };
}

/**
 * Builds dw_num(col, v, n_ref, n_cur): one row per (numeric column, grouped value), NaN/±Inf kept as
 * values so they can be counted, NULLs dropped by UNPIVOT. A column with `fine` set is grouped by its
 * fine-bucket key (approximate mode, see fineBinKeyExpression), others by their raw value.
 */
export function numericGroupsSql(plan: DriftQueryPlan, gamma?: number): SqlStatement {
  const usesFine = plan.numeric.some((column) => column.fine);
  return groupedCountsSql(plan, 'dw_num', plan.numeric,
    (column) => `TRY_CAST(${quoteIdentifier(column.name)} AS DOUBLE)`,
    (column) => (column.fine ? fineBinKeyExpression(column.alias) : column.alias),
    usesFine ? { gamma: String(gamma) } : {});
}

/** Builds dw_cat(col, v, n_ref, n_cur): one row per (categorical column, distinct value as text). */
export function categoricalGroupsSql(plan: DriftQueryPlan): SqlStatement {
  return groupedCountsSql(plan, 'dw_cat', plan.categorical, (column) => quoteIdentifier(column.name), (column) => column.alias, {});
}

/**
 * One scan of both windows into a temporary table of counts per (column, key) and window. GROUPING SETS
 * ((w, c0), (w, c1), …) aggregates every column in the same pass on its native type; the small result is
 * then turned into (col, v) rows, GROUPING() telling which column a row belongs to (a NULL key of the
 * column itself — a missing value — is dropped, as UNPIVOT would). Measured 1.5–4× faster than UNPIVOT
 * followed by GROUP BY on the 10M-row bench log.
 */
function groupedCountsSql(
  plan: DriftQueryPlan, table: 'dw_num' | 'dw_cat', columns: readonly DriftColumnRef[],
  valueOf: (column: DriftColumnRef) => string, keyOf: (column: DriftColumnRef) => string, extraParams: Record<string, string>,
): SqlStatement {
  const { ref, cur } = windows(plan);
  const select = (w: number, relation: string) =>
    `SELECT ${w} AS w, ${columns.map((column) => `${valueOf(column)} AS ${column.alias}`).join(', ')} FROM ${relation} AS t${w}`;
  const valueType = table === 'dw_num' ? 'DOUBLE' : 'VARCHAR';
  const whichColumn = columns.map((column) => `WHEN GROUPING(${column.alias}) = 0 THEN '${column.alias}'`).join(' ');
  const whichValue = columns.map((column) => `WHEN GROUPING(${column.alias}) = 0 THEN ${column.alias}::${valueType}`).join(' ');
  return {
    sql: `CREATE OR REPLACE TEMP TABLE ${table} AS
WITH both_windows AS (
  ${select(0, ref.sql)}
  UNION ALL
  ${select(1, cur.sql)}
), keyed AS (SELECT w, ${columns.map((column) => `${keyOf(column)} AS ${column.alias}`).join(', ')} FROM both_windows),
grouped AS (
  SELECT CASE ${whichColumn} END AS col, CASE ${whichValue} END AS v, w, count(*) AS n
  FROM keyed
  GROUP BY GROUPING SETS (${columns.map((column) => `(w, ${column.alias})`).join(', ')})
)
SELECT col, v, coalesce(sum(n) FILTER (WHERE w = 0), 0) AS n_ref, coalesce(sum(n) FILTER (WHERE w = 1), 0) AS n_cur
FROM grouped WHERE v IS NOT NULL GROUP BY col, v`,
    params: { ...ref.params, ...cur.params, ...extraParams },
  };
}

/**
 * Importance estimate (DESIGN.md §3.1): each column's association with the prediction on the first
 * `limitRows` rows of the reference window — |Pearson r| for numeric columns (DuckDB's corr), and per
 * category the count, sum and sum of squares of the prediction for the correlation ratio η. A bounded
 * sample keeps this off the critical path of 10M-row runs; the result records the sample size.
 */
export function associationNumericSql(plan: DriftQueryPlan, limitRows: number): SqlStatement {
  const ref = windowRelation(plan.reference, 'ref');
  // NaN/±Inf are missing values here as everywhere in drift (and make corr's variance overflow).
  const finite = (expression: string) => `CASE WHEN isfinite(${expression}) THEN ${expression} END`;
  const p = finite(`TRY_CAST(${quoteIdentifier(plan.prediction!)} AS DOUBLE)`);
  const correlations = plan.numeric.map((column) => `corr(${finite(`TRY_CAST(${quoteIdentifier(column.name)} AS DOUBLE)`)}, ${p}) AS ${column.alias}`);
  return {
    sql: `SELECT count(*) AS sample_rows${correlations.length > 0 ? ', ' : ''}${correlations.join(', ')} FROM (SELECT * FROM ${ref.sql} AS r LIMIT ${Math.trunc(limitRows)}) AS sample`,
    params: ref.params,
  };
}

export function associationCategoricalSql(plan: DriftQueryPlan, limitRows: number): SqlStatement {
  const ref = windowRelation(plan.reference, 'ref');
  const prediction = `TRY_CAST(${quoteIdentifier(plan.prediction!)} AS DOUBLE)`;
  const p = `CASE WHEN isfinite(${prediction}) THEN ${prediction} END`;
  return {
    sql: `WITH sample AS (
  SELECT ${p} AS "__p", ${plan.categorical.map((column) => `${quoteIdentifier(column.name)}::VARCHAR AS ${column.alias}`).join(', ')}
  FROM (SELECT * FROM ${ref.sql} AS r LIMIT ${Math.trunc(limitRows)}) AS s
)
SELECT col, v, count("__p") AS n, sum("__p") AS s, sum("__p" * "__p") AS ss
FROM (UNPIVOT sample ON ${plan.categorical.map((column) => column.alias).join(', ')} INTO NAME col VALUE v)
GROUP BY col, v`,
    params: ref.params,
  };
}

/**
 * Per numeric column, from dw_cum (the finite values): counts, KS distance (sup |F_ref − F_cur| over the
 * distinct values), Wasserstein-1 (∫|F_ref − F_cur| between consecutive distinct values), std of the
 * reference (ddof 0), distinct counts, the largest single-value mass per window (the error bound in
 * approximate mode).
 */
export function numericSummarySql(): SqlStatement {
  return {
    sql: `WITH totals AS (SELECT col, sum(n_ref) AS tot_ref, sum(n_cur) AS tot_cur, sum(n_ref * v) / nullif(sum(n_ref), 0) AS mean_ref FROM dw_cum GROUP BY col),
cumulative AS (
  SELECT c.col, c.v, c.n_ref, c.n_cur, c.v_next, t.tot_ref, t.tot_cur, t.mean_ref,
    c.cum_ref / nullif(t.tot_ref, 0) AS cdf_ref,
    c.cum_cur / nullif(t.tot_cur, 0) AS cdf_cur
  FROM dw_cum c JOIN totals t USING (col)
)
SELECT col,
  any_value(tot_ref)::BIGINT AS tot_ref, any_value(tot_cur)::BIGINT AS tot_cur,
  max(abs(cdf_ref - cdf_cur)) AS ks_d,
  coalesce(sum(abs(cdf_ref - cdf_cur) * (v_next - v)), 0) AS wasserstein,
  sqrt(sum(n_ref * (v - mean_ref) * (v - mean_ref)) / nullif(any_value(tot_ref), 0)) AS std_ref,
  count(*) FILTER (WHERE n_ref > 0) AS distinct_ref,
  count(*) FILTER (WHERE n_cur > 0) AS distinct_cur,
  max(n_ref) / nullif(any_value(tot_ref), 0) AS max_mass_ref,
  max(n_cur) / nullif(any_value(tot_cur), 0) AS max_mass_cur,
  min(v) AS v_min, max(v) AS v_max
FROM cumulative GROUP BY col`,
    params: {},
  };
}

/**
 * dw_cum: the finite rows of dw_num with cumulative counts per window and the next value, computed once
 * (one sort) and shared by the summary and the quantiles.
 */
export function cumulativeTableSql(): SqlStatement {
  return {
    sql: `CREATE OR REPLACE TEMP TABLE dw_cum AS
SELECT col, v, n_ref, n_cur,
  sum(n_ref) OVER w AS cum_ref, sum(n_cur) OVER w AS cum_cur, lead(v) OVER w AS v_next
FROM dw_num WHERE isfinite(v)
WINDOW w AS (PARTITION BY col ORDER BY v)`,
    params: {},
  };
}

/** NaN/±Inf counts per numeric column and window (they are kept out of every distribution). */
export function numericNonFiniteSql(): SqlStatement {
  return {
    sql: 'SELECT col, sum(n_ref)::BIGINT AS non_finite_ref, sum(n_cur)::BIGINT AS non_finite_cur FROM dw_num WHERE NOT isfinite(v) GROUP BY col',
    params: {},
  };
}

/**
 * Quantiles as numpy's default (linear) / DuckDB's quantile_cont, from the grouped counts: for a window
 * with n values and level q, h = (n − 1)·q and the quantile is x[⌊h⌋] + (h − ⌊h⌋)(x[⌈h⌉] − x[⌊h⌋]), where
 * x[k] (0-based order statistic) is the first value whose cumulative count exceeds k — found by ASOF joins.
 * `requests` pairs a window ('ref'|'cur') with a level.
 */
export function quantilesSql(requests: ReadonlyArray<{ window: 'ref' | 'cur'; level: number }>): SqlStatement {
  return {
    sql: `WITH lookup AS (
  -- Rows where a window has values: there its cumulative count strictly increases, as the ASOF join needs.
  SELECT 'ref' AS win, col, v, cum_ref AS cum FROM dw_cum WHERE n_ref > 0
  UNION ALL
  SELECT 'cur' AS win, col, v, cum_cur AS cum FROM dw_cum WHERE n_cur > 0
),
totals AS (SELECT col, sum(n_ref) AS tot_ref, sum(n_cur) AS tot_cur FROM dw_cum GROUP BY col),
levels AS (SELECT unnest($q_windows) AS win, unnest($q_levels)::DOUBLE AS level),
requests AS (
  SELECT t.col, l.win, l.level, (CASE WHEN l.win = 'ref' THEN t.tot_ref ELSE t.tot_cur END - 1) * l.level AS h
  FROM totals t CROSS JOIN levels l
  WHERE CASE WHEN l.win = 'ref' THEN t.tot_ref ELSE t.tot_cur END > 0
)
SELECT r.col, r.win, r.level, r.h, lo.v AS v_lo, hi.v AS v_hi
FROM requests r
ASOF JOIN lookup lo ON r.col = lo.col AND r.win = lo.win AND floor(r.h) < lo.cum
ASOF JOIN lookup hi ON r.col = hi.col AND r.win = hi.win AND ceil(r.h) < hi.cum`,
    params: { q_windows: requests.map((request) => request.window), q_levels: requests.map((request) => String(request.level)) },
  };
}

/**
 * Counts per quantile bin for numeric columns, bins right-closed: value v falls in the first bin whose
 * upper edge is ≥ v; past the last inner edge it is the +∞ bin (returned with bin NULL).
 */
export function quantileBinCountsSql(edges: ReadonlyArray<{ col: string; edges: readonly number[] }>): SqlStatement {
  const cols: string[] = [];
  const bins: string[] = [];
  const uppers: string[] = [];
  for (const entry of edges) {
    entry.edges.forEach((edge, index) => {
      cols.push(entry.col);
      bins.push(String(index));
      uppers.push(String(edge));
    });
  }
  return {
    sql: `WITH edges AS (SELECT unnest($e_cols) AS col, unnest($e_bins)::INTEGER AS bin, unnest($e_uppers)::DOUBLE AS upper),
wanted AS (SELECT * FROM dw_num WHERE isfinite(v) AND list_contains($e_wanted, col))
SELECT d.col, e.bin, sum(d.n_ref)::BIGINT AS n_ref, sum(d.n_cur)::BIGINT AS n_cur
FROM wanted d ASOF LEFT JOIN edges e ON d.col = e.col AND d.v <= e.upper
GROUP BY d.col, e.bin`,
    params: { e_cols: cols, e_bins: bins, e_uppers: uppers, e_wanted: edges.map((entry) => entry.col) },
  };
}

/** Per-value counts for numeric columns binned by value (few distinct reference values). */
export function valueBinCountsSql(columns: readonly string[]): SqlStatement {
  return {
    sql: 'SELECT col, v, n_ref::BIGINT AS n_ref, n_cur::BIGINT AS n_cur FROM dw_num WHERE isfinite(v) AND list_contains($v_cols, col) ORDER BY col, v',
    params: { v_cols: [...columns] },
  };
}

/** Every category with its counts, largest first. */
export function categoryCountsSql(): SqlStatement {
  return {
    sql: `SELECT col, v, n_ref::BIGINT AS n_ref, n_cur::BIGINT AS n_cur
FROM dw_cat ORDER BY col, n_ref + n_cur DESC, v`,
    params: {},
  };
}

/** The temporary tables are per connection; dropping them frees memory between jobs. */
export function dropDriftTablesSql(): SqlStatement[] {
  return ['dw_num', 'dw_cum', 'dw_cat'].map((table) => ({ sql: `DROP TABLE IF EXISTS ${table}`, params: {} }));
}

/**
 * The fine-histogram key of approximate mode: values are grouped into buckets of relative width
 * (γ − 1) (DDSketch-style logarithmic buckets), each represented by its upper end, so a CDF read at a
 * representative is exactly the raw CDF there. Positive x → γ^⌈log_γ x⌉; negative x → −γ^⌊log_γ |x|⌋;
 * 0 and non-finite values stay themselves.
 */
export function fineBinKeyExpression(alias: string): string {
  return `CASE WHEN ${alias} = 0 OR NOT isfinite(${alias}) THEN ${alias}
    WHEN ${alias} > 0 THEN pow($gamma::DOUBLE, ceil(ln(${alias}) / ln($gamma::DOUBLE)))
    ELSE -pow($gamma::DOUBLE, floor(ln(-${alias}) / ln($gamma::DOUBLE))) END`;
}

/**
 * For approximate mode: per numeric column, Σ over buckets of bucket width × the larger of the two
 * windows' bucket masses — a bound on the Wasserstein error from bucketing.
 */
export function fineBinErrorSql(gamma: number, columns: readonly string[]): SqlStatement {
  return {
    sql: `WITH finite AS (SELECT * FROM dw_num WHERE isfinite(v) AND list_contains($fine_cols, col)),
totals AS (SELECT col, sum(n_ref) AS tot_ref, sum(n_cur) AS tot_cur FROM finite GROUP BY col)
SELECT f.col, sum(CASE WHEN f.v > 0 THEN f.v * (1 - 1 / $gamma::DOUBLE) WHEN f.v < 0 THEN -f.v * ($gamma::DOUBLE - 1) ELSE 0 END
  * greatest(f.n_ref / nullif(t.tot_ref, 0), f.n_cur / nullif(t.tot_cur, 0))) AS wasserstein_error
FROM finite f JOIN totals t USING (col) GROUP BY f.col`,
    params: { gamma: String(gamma), fine_cols: [...columns] },
  };
}

/**
 * A bounded, deterministic sample of one window for the domain classifier: the rows with the smallest
 * hash of the compared columns' values (a top-n, so one pass and no sort of the window). Same data, same sample,
 * whatever the thread count — unlike DuckDB's reservoir sampling.
 */
export function windowSampleSql(window: WindowSpec, prefix: 'ref' | 'cur', columns: readonly DriftColumnRef[], kinds: ReadonlyMap<string, 'numeric' | 'categorical'>, rows: number): SqlStatement {
  const relation = windowRelation(window, prefix);
  const selected = columns.map((column) => (kinds.get(column.name) === 'numeric'
    ? `TRY_CAST(${quoteIdentifier(column.name)} AS DOUBLE) AS ${column.alias}`
    : `${quoteIdentifier(column.name)}::VARCHAR AS ${column.alias}`));
  return {
    sql: `SELECT * FROM (SELECT ${selected.join(', ')} FROM ${relation.sql} AS t) AS s ORDER BY hash(s) LIMIT ${Math.trunc(rows)}`,
    params: relation.params,
  };
}
