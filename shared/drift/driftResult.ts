import type { Role } from '../roles/roles';
import type { ColumnKind, StatisticId } from '../stats/types';
import type { DriftOverTime } from './driftOverTime';
import type { DomainClassifierResult } from '../multivariate/types';

export const driftSchemaId = 'driftwood.drift/v1';

export interface ReportedStatistic {
  value: number;
  p_value?: number;
  /** p-value after Benjamini–Hochberg across all columns tested (the one compared with alpha). */
  p_value_adjusted?: number;
  /** Set when the statistic was computed from fine histograms instead of raw values. */
  approximate?: boolean;
  /** Largest possible |computed − exact| when approximate. */
  error_bound?: number;
}

export interface WindowCounts {
  rows: number;
  /** NULL values, plus NaN/±Inf for numeric columns (excluded from distributions, see non_finite). */
  nulls: number;
  non_finite: number;
}

export interface DriftFeature {
  name: string;
  kind: ColumnKind;
  role: Role;
  counts: { reference: WindowCounts; current: WindowCounts };
  stats: Partial<Record<StatisticId, ReportedStatistic>>;
  /** The bins the binned statistics used (DESIGN.md §3.1), with their counts per window. */
  bins: {
    method: 'quantile' | 'value' | 'category';
    /** Bin labels: '(-inf, 3.2]' style for quantile bins, the value for value/category bins. */
    labels: string[];
    /** Inner edges for quantile bins (bins are right-closed, outer edges ±∞). */
    edges?: number[];
    reference: number[];
    current: number[];
    /** True when only the largest categories are listed here (the statistics used all of them). */
    truncated?: boolean;
  };
  categories?: { new: string[]; vanished: string[]; new_share_current: number; vanished_share_reference: number; distinct_reference: number; distinct_current: number };
  quantiles?: Record<'p1' | 'p50' | 'p99', { reference: number | null; current: number | null }>;
  importance: { value: number; source: 'given' | 'estimated' | 'role' | 'none' };
  drift: {
    detected: boolean;
    severity: number;
    /** Plain-language reading of why the column is or is not flagged. */
    reason: string;
  };
}

export interface DriftParams {
  bins: number;
  alpha: number;
  thresholds: { wasserstein_norm: number; psi: number; jensen_shannon: number; missing: number };
  exact: boolean;
  correction: 'benjamini-hochberg';
  psi_zero_replacement: number;
  non_finite_handling: string;
  importance_source: 'given' | 'estimated' | 'mixed' | 'none';
}

export interface DriftResult {
  schema: typeof driftSchemaId;
  reference: { rows: number; window: string };
  current: { rows: number; window: string };
  params: DriftParams;
  features: DriftFeature[];
  /**
   * Multivariate signal: cross-validated AUC of a classifier telling current rows from reference rows on a
   * bounded deterministic sample of each window, with the columns that drive it.
   */
  multivariate?: DomainClassifierResult & { sample_rows_per_window: number };
  /** Column × time-bucket matrix of one statistic (--over-time). */
  over_time?: DriftOverTime;
  /** Every statement that produced a number here, with its values inlined for reading (see queries.sql). */
  sql?: string[];
  notes: string[];
}
