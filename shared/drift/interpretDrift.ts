import { renderStatementForDisplay } from '../sql/sqlStatement';
import { benjaminiHochberg } from '../stats/benjaminiHochberg';
import { chiSquare } from '../stats/chiSquare';
import { hellinger } from '../stats/hellinger';
import { jensenShannon, jensenShannonStatistic } from '../stats/jensenShannon';
import { ksTwoSampleTest } from '../stats/ks';
import { missingnessTest } from '../stats/missing';
import { PSI_ZERO_REPLACEMENT, psi, psiStatistic } from '../stats/psi';
import { tvd } from '../stats/tvd';
import { wassersteinNorm, wassersteinNormStatistic } from '../stats/wassersteinNorm';
import type { StatisticId } from '../stats/types';
import type { Role } from '../roles/roles';
import { quantileBinLabels } from './binEdges';
import type { CategoricalAggregate, DriftAggregates, NumericAggregate } from './driftAggregates';
import { type DriftFeature, type DriftParams, type DriftResult, type ReportedStatistic, driftSchemaId } from './driftResult';

export interface DriftThresholds {
  wasserstein_norm: number;
  psi: number;
  jensen_shannon: number;
  /** Absolute change of the null rate that counts as missingness drift (Driftwood's addition to §3.1). */
  missing: number;
}

/** Effect thresholds from the statistics' own descriptors (shared/stats), plus the missingness one. */
export const defaultDriftThresholds: DriftThresholds = {
  wasserstein_norm: wassersteinNormStatistic.effect!.defaultThreshold,
  psi: psiStatistic.effect!.defaultThreshold,
  jensen_shannon: jensenShannonStatistic.effect!.defaultThreshold,
  missing: 0.01,
};
export const defaultAlpha = 0.05;
/** Categories listed in a result's bins (the statistics always use all of them). */
export const MAX_LISTED_CATEGORIES = 50;

export interface DriftInterpretationInput {
  aggregates: DriftAggregates;
  roles: Readonly<Record<string, Role>>;
  /** --importance col=w, weights in [0, 1]. */
  importanceGiven: Readonly<Record<string, number>>;
  hasPrediction: boolean;
  bins: number;
  alpha: number;
  thresholds: DriftThresholds;
  exact: boolean;
  windows: { reference: string; current: string };
  showSql: boolean;
}

interface Draft {
  feature: DriftFeature;
  /** The distribution test's p-value (KS or chi-square), BH-adjusted across columns. */
  testPValue?: number;
  missingPValue: number;
  effectRatios: Array<{ id: StatisticId | 'missing'; ratio: number; value: number; threshold: number }>;
}

/** Turns engine aggregates into the drift document (DESIGN.md §3.1, §5): statistics, detection, severity. */
export function interpretDrift(input: DriftInterpretationInput): DriftResult {
  const { aggregates } = input;
  const drafts = [
    ...aggregates.numeric.map((aggregate) => numericDraft(aggregate, input)),
    ...aggregates.categorical.map((aggregate) => categoricalDraft(aggregate, input)),
  ];
  const adjustedTests = benjaminiHochberg(drafts.map((draft) => draft.testPValue));
  const adjustedMissing = benjaminiHochberg(drafts.map((draft) => draft.missingPValue));
  drafts.forEach((draft, index) => decide(draft, adjustedTests[index], adjustedMissing[index]!, input));

  const features = drafts.map((draft) => draft.feature)
    .sort((a, b) => Number(b.drift.detected) - Number(a.drift.detected) || b.drift.severity - a.drift.severity || a.name.localeCompare(b.name));
  const sources = new Set(features.map((feature) => feature.importance.source));
  const params: DriftParams = {
    bins: input.bins,
    alpha: input.alpha,
    thresholds: { ...input.thresholds },
    exact: !aggregates.approximate,
    correction: 'benjamini-hochberg',
    psi_zero_replacement: PSI_ZERO_REPLACEMENT,
    non_finite_handling: 'NaN and ±Inf are left out of every distribution statistic and counted as missing',
    importance_source: sources.size === 1 ? ([...sources][0] === 'role' ? 'none' : [...sources][0] as DriftParams['importance_source']) : 'mixed',
  };
  const notes: string[] = [];
  if (aggregates.approximate) {
    const fine = aggregates.numeric.filter((aggregate) => aggregate.approximate).map((aggregate) => aggregate.name);
    notes.push(`A window has more than the exact-mode row limit, so numeric columns with many distinct values (${fine.join(', ')}) were grouped into fine buckets of relative width ${((aggregates.gamma ?? 1) - 1).toPrecision(3)}; their KS and Wasserstein statistics say approximate with an error bound, and their quantile edges are bucket edges. Use --exact to compute on raw values.`);
  }
  if (aggregates.associationSampleRows !== undefined) {
    notes.push(`Importance was estimated as the association with the prediction on the first ${aggregates.associationSampleRows.toLocaleString('en-US')} reference rows.`);
  }
  notes.push(`A column is detected when an effect size reaches its threshold (wasserstein_norm ≥ ${input.thresholds.wasserstein_norm}, psi ≥ ${input.thresholds.psi}, jensen_shannon ≥ ${input.thresholds.jensen_shannon}) and its KS/chi-square p-value, Benjamini–Hochberg-adjusted, is below ${input.alpha}; or when its null rate moves by ≥ ${input.thresholds.missing} with an adjusted missingness p-value below ${input.alpha}.`);
  return {
    schema: driftSchemaId,
    reference: { rows: aggregates.rows.reference, window: input.windows.reference },
    current: { rows: aggregates.rows.current, window: input.windows.current },
    params,
    features,
    ...(input.showSql ? { sql: aggregates.statements.map(renderStatementForDisplay) } : {}),
    notes,
  };
}

function importanceOf(name: string, association: number | undefined, input: DriftInterpretationInput): DriftFeature['importance'] {
  if (name in input.importanceGiven) return { value: input.importanceGiven[name], source: 'given' };
  const role = input.roles[name];
  if (role === 'prediction' || role === 'label' || role === 'predicted_class') return { value: 1, source: 'role' };
  if (input.hasPrediction && association !== undefined) return { value: round(association), source: 'estimated' };
  return { value: 1, source: 'none' };
}

function numericDraft(aggregate: NumericAggregate, input: DriftInterpretationInput): Draft {
  const rows = input.aggregates.rows;
  const approximate = aggregate.approximate;
  const { counts, missing, stats } = countsAndMissingness(rows, aggregate.finiteReference, aggregate.finiteCurrent,
    aggregate.nonFiniteReference, aggregate.nonFiniteCurrent);
  const binning = aggregate.binning;
  const labels = binning.method === 'quantile' ? quantileBinLabels(binning.edges) : binning.values.map((value) => String(value));
  let testPValue: number | undefined;
  const effectRatios: Draft['effectRatios'] = [];
  if (aggregate.finiteReference > 0 && aggregate.finiteCurrent > 0) {
    const ks = ksTwoSampleTest(Math.min(1, Math.max(0, aggregate.ksDistance)), aggregate.finiteReference, aggregate.finiteCurrent);
    const bucketMass = Math.max(aggregate.maxMassReference, aggregate.maxMassCurrent);
    stats.ks = { value: ks.statistic, p_value: ks.p_value, ...approximation(approximate, bucketMass) };
    stats.wasserstein = { value: aggregate.wasserstein, ...approximation(approximate, aggregate.wassersteinErrorBound ?? 0) };
    const normed = wassersteinNorm(aggregate.wasserstein, aggregate.stdReference).value;
    stats.wasserstein_norm = {
      value: normed,
      ...approximation(approximate, (aggregate.wassersteinErrorBound ?? 0) / Math.max(aggregate.stdReference, 0.001)),
    };
    stats.psi = { value: psi(binning.reference, binning.current).value };
    stats.jensen_shannon = { value: jensenShannon(binning.reference, binning.current).value };
    stats.hellinger = { value: hellinger(binning.reference, binning.current).value };
    testPValue = ks.p_value;
    effectRatios.push(
      ratio('wasserstein_norm', normed, input.thresholds.wasserstein_norm),
      ratio('psi', stats.psi.value, input.thresholds.psi),
    );
  }
  effectRatios.push(ratio('missing', Math.abs(missing.value), input.thresholds.missing));
  const level = (window: 'reference' | 'current', q: number) => aggregate.quantiles[window][String(q)] ?? null;
  const feature: DriftFeature = {
    name: aggregate.name,
    kind: 'numeric',
    role: input.roles[aggregate.name] ?? 'feature',
    counts,
    stats,
    bins: { method: binning.method, labels, ...(binning.method === 'quantile' ? { edges: binning.edges } : {}), reference: binning.reference, current: binning.current },
    quantiles: {
      p1: { reference: level('reference', 0.01), current: level('current', 0.01) },
      p50: { reference: level('reference', 0.5), current: level('current', 0.5) },
      p99: { reference: level('reference', 0.99), current: level('current', 0.99) },
    },
    importance: importanceOf(aggregate.name, aggregate.association, input),
    drift: { detected: false, severity: 0, reason: '' },
  };
  return { feature, testPValue, missingPValue: missing.p_value, effectRatios };
}

function categoricalDraft(aggregate: CategoricalAggregate, input: DriftInterpretationInput): Draft {
  const rows = input.aggregates.rows;
  const presentReference = sum(aggregate.reference);
  const presentCurrent = sum(aggregate.current);
  const { counts, missing, stats } = countsAndMissingness(rows, presentReference, presentCurrent, 0, 0);
  let testPValue: number | undefined;
  const effectRatios: Draft['effectRatios'] = [];
  if (presentReference > 0 && presentCurrent > 0) {
    const chi = chiSquare(aggregate.reference, aggregate.current);
    stats.psi = { value: psi(aggregate.reference, aggregate.current).value };
    stats.jensen_shannon = { value: jensenShannon(aggregate.reference, aggregate.current).value };
    stats.hellinger = { value: hellinger(aggregate.reference, aggregate.current).value };
    stats.tvd = { value: tvd(aggregate.reference, aggregate.current).value };
    stats.chi_square = { value: chi.value, p_value: chi.p_value };
    testPValue = chi.p_value;
    effectRatios.push(
      ratio('jensen_shannon', stats.jensen_shannon.value, input.thresholds.jensen_shannon),
      ratio('psi', stats.psi.value, input.thresholds.psi),
    );
  }
  effectRatios.push(ratio('missing', Math.abs(missing.value), input.thresholds.missing));
  const fresh = aggregate.values.filter((_, index) => aggregate.reference[index] === 0 && aggregate.current[index] > 0);
  const vanished = aggregate.values.filter((_, index) => aggregate.reference[index] > 0 && aggregate.current[index] === 0);
  const share = (values: readonly number[], keep: (index: number) => boolean, total: number) =>
    total > 0 ? values.reduce((acc, count, index) => acc + (keep(index) ? count : 0), 0) / total : 0;
  const listed = Math.min(aggregate.values.length, MAX_LISTED_CATEGORIES);
  const feature: DriftFeature = {
    name: aggregate.name,
    kind: 'categorical',
    role: input.roles[aggregate.name] ?? 'feature',
    counts,
    stats,
    bins: {
      method: 'category',
      labels: aggregate.values.slice(0, listed),
      reference: aggregate.reference.slice(0, listed),
      current: aggregate.current.slice(0, listed),
      ...(listed < aggregate.values.length ? { truncated: true } : {}),
    },
    categories: {
      new: fresh.slice(0, MAX_LISTED_CATEGORIES),
      vanished: vanished.slice(0, MAX_LISTED_CATEGORIES),
      new_share_current: share(aggregate.current, (index) => aggregate.reference[index] === 0, presentCurrent),
      vanished_share_reference: share(aggregate.reference, (index) => aggregate.current[index] === 0, presentReference),
      distinct_reference: aggregate.reference.filter((count) => count > 0).length,
      distinct_current: aggregate.current.filter((count) => count > 0).length,
    },
    importance: importanceOf(aggregate.name, aggregate.association, input),
    drift: { detected: false, severity: 0, reason: '' },
  };
  return { feature, testPValue, missingPValue: missing.p_value, effectRatios };
}

/** Per-window counts (values left out of distributions count as missing) and the missingness test. */
function countsAndMissingness(rows: DriftAggregates['rows'], presentReference: number, presentCurrent: number,
  nonFiniteReference: number, nonFiniteCurrent: number) {
  const counts: DriftFeature['counts'] = {
    reference: { rows: rows.reference, nulls: rows.reference - presentReference, non_finite: nonFiniteReference },
    current: { rows: rows.current, nulls: rows.current - presentCurrent, non_finite: nonFiniteCurrent },
  };
  const missing = missingnessTest(counts.reference.nulls, rows.reference, counts.current.nulls, rows.current);
  const stats: DriftFeature['stats'] = { missing: { value: missing.value, p_value: missing.p_value } };
  return { counts, missing, stats };
}

function decide(draft: Draft, adjustedTest: number | undefined, adjustedMissing: number, input: DriftInterpretationInput): void {
  const { feature } = draft;
  const testId = feature.kind === 'numeric' ? 'ks' : 'chi_square';
  const test = feature.stats[testId];
  if (test && adjustedTest !== undefined) test.p_value_adjusted = adjustedTest;
  feature.stats.missing!.p_value_adjusted = adjustedMissing;

  const distributionEffects = draft.effectRatios.filter((entry) => entry.id !== 'missing');
  const passing = distributionEffects.filter((entry) => entry.ratio >= 1);
  const significant = adjustedTest !== undefined && adjustedTest < input.alpha;
  const missingEffect = draft.effectRatios.find((entry) => entry.id === 'missing')!;
  const missingDrift = missingEffect.ratio >= 1 && adjustedMissing < input.alpha;
  const distributionDrift = passing.length > 0 && significant;
  feature.drift.detected = distributionDrift || missingDrift;

  // Severity counts only effects that are also statistically supported: a large JS distance on a
  // 20,000-category column can be pure sampling noise, and chi-square says so.
  const supported = draft.effectRatios.filter((entry) => (entry.id === 'missing' ? adjustedMissing < input.alpha : significant));
  const strongest = Math.max(0, ...supported.map((entry) => entry.ratio));
  const weight = feature.importance.source === 'none' ? 1 : 0.5 + 0.5 * Math.min(1, Math.max(0, feature.importance.value));
  feature.drift.severity = round(Math.min(1, strongest / 2) * weight);

  const show = (entry: Draft['effectRatios'][number]) => `${entry.id} ${formatNumber(entry.value)} ${entry.ratio >= 1 ? '≥' : '<'} ${entry.threshold}`;
  const testName = feature.kind === 'numeric' ? 'KS' : 'chi-square';
  const reasons: string[] = [];
  if (distributionDrift) reasons.push(`${passing.map(show).join(', ')}; ${testName} p (BH) ${formatNumber(adjustedTest!)} < ${input.alpha}`);
  if (missingDrift) reasons.push(`null rate ${missing(feature)} (p (BH) ${formatNumber(adjustedMissing)})`);
  if (feature.drift.detected) {
    feature.drift.reason = `detected: ${reasons.join('; ')}`;
  } else if (distributionEffects.length === 0) {
    feature.drift.reason = 'not tested: a window has no non-null values';
  } else if (passing.length > 0) {
    feature.drift.reason = `not detected: ${passing.map(show).join(', ')} but ${testName} p (BH) ${formatNumber(adjustedTest ?? 1)} ≥ ${input.alpha}`;
  } else {
    feature.drift.reason = `not detected: ${distributionEffects.map(show).join(', ')}`;
  }
}

function missing(feature: DriftFeature): string {
  const rate = (window: 'reference' | 'current') => feature.counts[window].nulls / Math.max(1, feature.counts[window].rows);
  return `${(rate('reference') * 100).toFixed(1)}% → ${(rate('current') * 100).toFixed(1)}%`;
}

function ratio(id: StatisticId | 'missing', value: number, threshold: number): Draft['effectRatios'][number] {
  return { id, value, threshold, ratio: threshold > 0 ? value / threshold : 0 };
}

function approximation(approximate: boolean, errorBound: number): Pick<ReportedStatistic, 'approximate' | 'error_bound'> {
  return approximate ? { approximate: true, error_bound: errorBound } : {};
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function formatNumber(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) < 1e-3) return value.toExponential(1);
  return String(Number(value.toPrecision(3)));
}
