import { formatCount } from '../format/numbers';
import { renderTextTable } from '../format/textTable';
import type { DriftFeature, DriftResult } from './driftResult';

/** The human-readable `driftwood drift`: windows, then columns ranked by detection and severity. */
export function renderDriftTable(result: DriftResult): string {
  const header = [
    `reference: ${formatCount(result.reference.rows)} rows  (${result.reference.window})`,
    `current:   ${formatCount(result.current.rows)} rows  (${result.current.window})`,
    `${result.features.filter((feature) => feature.drift.detected).length} of ${result.features.length} columns drifted` +
      `${result.params.exact ? '' : ' (numeric statistics approximate, see notes)'}`,
    ...multivariateLine(result),
  ];
  const table = renderTextTable(
    [
      { header: '' }, { header: 'column' }, { header: 'kind' }, { header: 'severity', align: 'right' }, { header: 'effect', align: 'right' },
      { header: 'psi', align: 'right' }, { header: 'p (BH)', align: 'right' }, { header: 'nulls ref→cur', align: 'right' }, { header: 'reading' },
    ],
    result.features.map((feature) => [
      feature.drift.detected ? '●' : '·',
      feature.name,
      feature.kind,
      feature.drift.severity.toFixed(2),
      effectCell(feature),
      short(feature.stats.psi?.value),
      short((feature.stats.ks ?? feature.stats.chi_square)?.p_value_adjusted),
      `${rate(feature, 'reference')} → ${rate(feature, 'current')}`,
      feature.drift.reason.replace(/^(detected|not detected|not tested): /, ''),
    ]),
  );
  return [...header, '', table, '', ...overTimeLines(result), ...result.notes.map((note) => `note: ${note}`)].join('\n');
}

const sparkBlocks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * The over-time matrix as one sparkline per column. Each line is scaled to its own peak, but never to less
 * than the statistic's drift threshold, so a column whose cells all stay small draws a flat line.
 */
function overTimeLines(result: DriftResult): string[] {
  const matrix = result.over_time;
  if (!matrix || matrix.buckets.length === 0) return [];
  const floor = matrix.statistic === 'missing' ? result.params.thresholds.missing
    : matrix.statistic === 'psi' ? result.params.thresholds.psi : result.params.thresholds.jensen_shannon;
  const width = Math.max(...matrix.columns.map((column) => column.name.length));
  const lines = matrix.columns.map((column) => {
    const peak = Math.max(0, ...column.values.map((value) => Math.abs(value ?? 0)));
    const scale = Math.max(peak, floor);
    const spark = column.values.map((value) => (value === null ? ' ' : sparkBlocks[Math.min(7, Math.floor((Math.abs(value) / scale) * 7.999))])).join('');
    return `${column.name.padEnd(width)}  ${spark}  max ${short(peak)}`;
  });
  return [`${matrix.statistic} per ${matrix.unit}, ${matrix.buckets[0]} … ${matrix.buckets[matrix.buckets.length - 1]} (each line scaled to its peak, at least ${floor})`, ...lines, ''];
}

function effectCell(feature: DriftFeature): string {
  return feature.kind === 'numeric'
    ? `wn ${short(feature.stats.wasserstein_norm?.value)}`
    : `js ${short(feature.stats.jensen_shannon?.value)}`;
}

function rate(feature: DriftFeature, window: 'reference' | 'current'): string {
  const counts = feature.counts[window];
  return `${((counts.nulls / Math.max(1, counts.rows)) * 100).toFixed(1)}%`;
}

function short(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  if (Math.abs(value) < 1e-3) return value.toExponential(0);
  return String(Number(value.toPrecision(2)));
}

function multivariateLine(result: DriftResult): string[] {
  const domain = result.multivariate;
  if (!domain) return [];
  const drivers = domain.drivers.filter((driver) => driver.importance > 0).slice(0, 3).map((driver) => `${driver.column} ${Math.round(driver.importance * 100)}%`);
  return [`multivariate: a classifier tells current from reference rows with AUC ${domain.auc.toFixed(3)} (0.5 = indistinguishable; sampled ${formatCount(domain.rows.reference)} + ${formatCount(domain.rows.current)} rows)${drivers.length > 0 ? `, driven by ${drivers.join(', ')}` : ''}`];
}
