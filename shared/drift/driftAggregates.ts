import type { SqlStatement } from '../sql/sqlStatement';

/**
 * What the engine hands back from a drift run: small aggregates only (never raw rows), from which
 * interpretDrift computes every statistic. Plain JSON, so it crosses the process boundary as is.
 */
export interface NumericAggregate {
  name: string;
  alias: string;
  /** Finite non-null values per window. */
  finiteReference: number;
  finiteCurrent: number;
  nonFiniteReference: number;
  nonFiniteCurrent: number;
  ksDistance: number;
  wasserstein: number;
  stdReference: number;
  distinctReference: number;
  distinctCurrent: number;
  /** Largest share of a window in one grouped value (one fine bucket in approximate mode). */
  maxMassReference: number;
  maxMassCurrent: number;
  /** Bound on the Wasserstein error from bucketing (approximate mode only). */
  wassersteinErrorBound?: number;
  /** Grouped by fine buckets (approximate) rather than raw values. */
  approximate: boolean;
  /** |corr| with the prediction on the reference sample; undefined without a prediction column. */
  association?: number;
  /** Quantiles by window and level, e.g. quantiles.reference['0.5']. */
  quantiles: { reference: Record<string, number>; current: Record<string, number> };
  binning:
    | { method: 'quantile'; edges: number[]; reference: number[]; current: number[] }
    | { method: 'value'; values: number[]; reference: number[]; current: number[] };
}

export interface CategoricalAggregate {
  name: string;
  alias: string;
  /** Every category, largest first; counts aligned with it. */
  values: string[];
  reference: number[];
  current: number[];
  /** Correlation ratio η with the prediction on the reference sample; undefined without a prediction column. */
  association?: number;
}

export interface DriftAggregates {
  rows: { reference: number; current: number };
  numeric: NumericAggregate[];
  categorical: CategoricalAggregate[];
  /** Some numeric columns were grouped into fine buckets of relative width gamma − 1 instead of raw values. */
  approximate: boolean;
  gamma?: number;
  /** Reference rows the importance estimate used (the first rows of the window). */
  associationSampleRows?: number;
  statements: SqlStatement[];
}
