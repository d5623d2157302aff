import type { DriftFeature, DriftParams, DriftResult } from '../../shared/drift/driftResult';
import type { DriftOverTime } from '../../shared/drift/driftOverTime';

/** Drift results built from a short description, for the renderer's model and chart tests. */
export const params: DriftParams & { thresholds: DriftParams['thresholds'] & { missing: number } } = {
  bins: 10,
  alpha: 0.05,
  thresholds: { wasserstein_norm: 0.1, psi: 0.2, jensen_shannon: 0.1, missing: 0.01 },
  exact: true,
  correction: 'benjamini-hochberg',
  psi_zero_replacement: 0.0001,
  non_finite_handling: 'NaN and ±Inf are left out',
  importance_source: 'estimated',
};

export interface FeatureDescription {
  name: string;
  kind?: 'numeric' | 'categorical';
  severity?: number;
  detected?: boolean;
  /** Null counts per window (rows: 1000 each). */
  nulls?: [number, number];
  stats?: DriftFeature['stats'];
  bins?: { labels: string[]; reference: number[]; current: number[] };
  quantiles?: DriftFeature['quantiles'];
}

export function feature(description: FeatureDescription): DriftFeature {
  const kind = description.kind ?? 'numeric';
  const [referenceNulls, currentNulls] = description.nulls ?? [0, 0];
  return {
    name: description.name,
    kind,
    role: 'feature',
    counts: { reference: { rows: 1000, nulls: referenceNulls, non_finite: 0 }, current: { rows: 1000, nulls: currentNulls, non_finite: 0 } },
    stats: description.stats ?? (kind === 'numeric'
      ? { wasserstein_norm: { value: 0.01 }, psi: { value: 0.001 }, ks: { value: 0.01, p_value: 0.5, p_value_adjusted: 0.9 }, missing: { value: 0, p_value: 1, p_value_adjusted: 1 } }
      : { jensen_shannon: { value: 0.01 }, psi: { value: 0.001 }, chi_square: { value: 1, p_value: 0.5, p_value_adjusted: 0.9 }, missing: { value: 0, p_value: 1, p_value_adjusted: 1 } }),
    bins: {
      method: kind === 'numeric' ? 'quantile' : 'category',
      labels: description.bins?.labels ?? ['(-inf, 1]', '(1, 2]', '(2, +inf)'],
      reference: description.bins?.reference ?? [300, 400, 300],
      current: description.bins?.current ?? [300, 400, 300],
    },
    quantiles: description.quantiles,
    importance: { value: 0.5, source: 'estimated' },
    drift: { detected: description.detected ?? false, severity: description.severity ?? 0, reason: 'not detected' },
  };
}

export function driftResult(features: DriftFeature[], overTime?: DriftOverTime, sql?: string[]): DriftResult {
  return {
    schema: 'driftwood.drift/v1',
    reference: { rows: 1000, window: 'log.parquet, t in [2026-02-01, 2026-02-15)' },
    current: { rows: 1000, window: 'log.parquet, t in [2026-02-19, 2026-03-01)' },
    params,
    features,
    over_time: overTime,
    sql,
    notes: [],
  };
}
