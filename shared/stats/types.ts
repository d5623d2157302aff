/**
 * Identifiers and descriptors of the drift statistics (DESIGN.md §3.1). The ids are stable: they appear in
 * "driftwood.drift/v1" results and in monitoring specs.
 */
export type StatisticId =
  | 'ks'
  | 'wasserstein'
  | 'wasserstein_norm'
  | 'psi'
  | 'jensen_shannon'
  | 'hellinger'
  | 'tvd'
  | 'chi_square'
  | 'missing';

export type ColumnKind = 'numeric' | 'categorical';

/** What every statistic returns; `p_value` only for statistics that are hypothesis tests. */
export interface StatisticResult {
  value: number;
  p_value?: number;
}

export interface DriftStatistic {
  /** Stable: appears in "driftwood.drift/v1". */
  id: StatisticId;
  /** Column kinds the statistic applies to. */
  kinds: readonly ColumnKind[];
  /** Effect-size cut-off: a column drifts on this statistic when value >= defaultThreshold. */
  effect?: { defaultThreshold: number };
  /** Whether `p_value` is produced; it is compared with alpha after Benjamini–Hochberg. */
  hasPValue: boolean;
}

/** Per-value or per-bin counts as a DuckDB GROUP BY returns them (BIGINT counts converted to number: exact below 2^53). */
export type Counts = ArrayLike<number>;
