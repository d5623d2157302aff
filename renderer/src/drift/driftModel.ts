import type { DriftFeature, DriftParams, DriftResult, ReportedStatistic } from '../../../shared/drift/driftResult';
import type { StatisticId } from '../../../shared/stats/types';
import { formatPointChange, formatStatistic } from '../format/display';

/**
 * The drift page's view of a DriftResult (pure): ranked rows with a severity level for colour, the
 * headline statistic per column, the full statistics table, and the SQL that touched a column.
 * Thresholds come from the result (`params.thresholds`), never from here: the engine records what it used.
 */
export type SeverityLevel = 'high' | 'medium' | 'low' | 'none';

/** Detected columns are orange, or red from this severity on; undetected ones from LOW_FROM get a yellow "watch". */
const HIGH_FROM = 0.6;
const LOW_FROM = 0.25;

export function severityLevel(feature: Pick<DriftFeature, 'drift'>): SeverityLevel {
  const { detected, severity } = feature.drift;
  if (detected) return severity >= HIGH_FROM ? 'high' : 'medium';
  return severity >= LOW_FROM ? 'low' : 'none';
}

export type EffectStatisticId = 'wasserstein_norm' | 'psi' | 'jensen_shannon' | 'missing';

export interface Headline {
  id: EffectStatisticId;
  value: number;
  threshold: number;
  /** |value| / threshold: 1 means the threshold is just reached. */
  ratio: number;
}

/** The statistic that best explains a column's verdict: its largest effect relative to its threshold. */
export function headlineStatistic(feature: DriftFeature, params: DriftParams): Headline | undefined {
  const candidates: EffectStatisticId[] = feature.kind === 'numeric' ? ['wasserstein_norm', 'psi', 'missing'] : ['jensen_shannon', 'psi', 'missing'];
  let best: Headline | undefined;
  for (const id of candidates) {
    const value = feature.stats[id]?.value;
    const threshold = thresholdOf(id, params);
    if (value === undefined || !Number.isFinite(value) || threshold === undefined || threshold <= 0) continue;
    const ratio = Math.abs(value) / threshold;
    if (!best || ratio > best.ratio) best = { id, value, threshold, ratio };
  }
  return best;
}

export function thresholdOf(id: StatisticId, params: DriftParams): number | undefined {
  const { thresholds } = params;
  switch (id) {
    case 'wasserstein_norm': return thresholds.wasserstein_norm;
    case 'psi': return thresholds.psi;
    case 'jensen_shannon': return thresholds.jensen_shannon;
    case 'missing': return thresholds.missing;
    default: return undefined;
  }
}

export interface WindowMissing {
  rate: number;
  count: number;
  rows: number;
}

export interface DriftRow {
  name: string;
  rank: number;
  kind: DriftFeature['kind'];
  role: DriftFeature['role'];
  severity: number;
  level: SeverityLevel;
  detected: boolean;
  headline?: Headline;
  missing: { reference: WindowMissing; current: WindowMissing };
  /** This column's row of the over-time matrix, when the run has one. */
  overTime?: Array<number | null>;
}

export function missingOf(feature: DriftFeature): { reference: WindowMissing; current: WindowMissing } {
  const window = (counts: DriftFeature['counts']['reference']): WindowMissing => ({
    rate: counts.rows > 0 ? counts.nulls / counts.rows : 0, count: counts.nulls, rows: counts.rows,
  });
  return { reference: window(feature.counts.reference), current: window(feature.counts.current) };
}

/** Columns ranked by severity (detected first among equals), as the table lists them. */
export function rankedFeatures(result: DriftResult): DriftFeature[] {
  return [...result.features].sort((a, b) => (b.drift.severity - a.drift.severity)
    || (Number(b.drift.detected) - Number(a.drift.detected))
    || a.name.localeCompare(b.name));
}

export function driftRows(result: DriftResult): DriftRow[] {
  const overTime = new Map((result.over_time?.columns ?? []).map((column) => [column.name, column.values]));
  return rankedFeatures(result).map((feature, index) => ({
    name: feature.name,
    rank: index + 1,
    kind: feature.kind,
    role: feature.role,
    severity: feature.drift.severity,
    level: severityLevel(feature),
    detected: feature.drift.detected,
    headline: headlineStatistic(feature, result.params),
    missing: missingOf(feature),
    overTime: overTime.get(feature.name),
  }));
}

export interface DriftSummary {
  compared: number;
  detected: number;
  byLevel: Record<SeverityLevel, number>;
  top?: string;
}

export function driftSummary(result: DriftResult): DriftSummary {
  const byLevel: Record<SeverityLevel, number> = { high: 0, medium: 0, low: 0, none: 0 };
  for (const feature of result.features) byLevel[severityLevel(feature)]++;
  const ranked = rankedFeatures(result);
  return {
    compared: result.features.length,
    detected: result.features.filter((feature) => feature.drift.detected).length,
    byLevel,
    top: ranked[0]?.drift.detected ? ranked[0].name : undefined,
  };
}

/** The column the detail shows: the chosen one when the run has it, else the top-ranked column. */
export function selectedFeature(result: DriftResult, selected: string | undefined): DriftFeature | undefined {
  return result.features.find((feature) => feature.name === selected) ?? rankedFeatures(result)[0];
}

export interface StatisticRow {
  id: StatisticId;
  value: number;
  pValue?: number;
  pValueAdjusted?: number;
  threshold?: number;
  /** Effect at or past its threshold (|value| for the signed missing-rate change). */
  reachesThreshold?: boolean;
  /** Adjusted p-value below alpha. */
  significant?: boolean;
  approximate?: boolean;
  errorBound?: number;
}

const statisticOrder: readonly StatisticId[] = ['missing', 'ks', 'wasserstein', 'wasserstein_norm', 'psi', 'jensen_shannon', 'hellinger', 'tvd', 'chi_square'];

/** Every statistic the engine computed for a column, in a fixed reading order, with its verdict parts. */
export function statisticRows(feature: DriftFeature, params: DriftParams): StatisticRow[] {
  return statisticOrder.flatMap((id): StatisticRow[] => {
    const stat: ReportedStatistic | undefined = feature.stats[id];
    if (!stat) return [];
    const threshold = thresholdOf(id, params);
    return [{
      id,
      value: stat.value,
      pValue: stat.p_value,
      pValueAdjusted: stat.p_value_adjusted,
      threshold,
      reachesThreshold: threshold === undefined ? undefined : Math.abs(stat.value) >= threshold,
      significant: stat.p_value_adjusted === undefined ? undefined : stat.p_value_adjusted < params.alpha,
      approximate: stat.approximate,
      errorBound: stat.error_bound,
    }];
  });
}

/** The statements of a run that read this column (by its quoted identifier); all of them if none names it. */
export function sqlForColumn(sql: readonly string[] | undefined, column: string): { statements: string[]; all: boolean } {
  if (!sql || sql.length === 0) return { statements: [], all: true };
  const quoted = `"${column.replace(/"/g, '""')}"`;
  const matching = sql.filter((statement) => statement.includes(quoted));
  return matching.length > 0 ? { statements: matching, all: false } : { statements: [...sql], all: true };
}

export interface BinShare {
  label: string;
  reference: number;
  current: number;
  referenceShare: number;
  currentShare: number;
}

/** Each bin's share of the window's non-missing values (the proportions p and q of DESIGN.md §3.1). */
export function binShares(feature: DriftFeature): BinShare[] {
  const referenceTotal = feature.bins.reference.reduce((total, count) => total + count, 0);
  const currentTotal = feature.bins.current.reduce((total, count) => total + count, 0);
  return feature.bins.labels.map((label, index) => {
    const reference = feature.bins.reference[index] ?? 0;
    const current = feature.bins.current[index] ?? 0;
    return {
      label,
      reference,
      current,
      referenceShare: referenceTotal > 0 ? reference / referenceTotal : 0,
      currentShare: currentTotal > 0 ? current / currentTotal : 0,
    };
  });
}

/** How a window of a drift request reads in the summary: its time range, version or source. */
export function describeRequestWindow(request: {
  reference: string; current?: string; referenceWindow?: string; currentWindow?: string; referenceVersion?: string; currentVersion?: string;
}, window: 'reference' | 'current', fileLabel: (path: string) => string): string {
  const range = window === 'reference' ? request.referenceWindow : request.currentWindow;
  const version = window === 'reference' ? request.referenceVersion : request.currentVersion;
  const parts: string[] = [];
  if (request.current !== undefined) parts.push(fileLabel(window === 'reference' ? request.reference : request.current));
  if (range) {
    const [start, end] = range.split('..');
    parts.push(`${(start || '…').replace('T', ' ')} → ${(end || '…').replace('T', ' ')}`);
  }
  if (version) parts.push(`version ${version}`);
  return parts.join(' · ');
}

/** Whether a shown result still matches the windows on screen (requests are built by one function, so their JSON compares). */
export function sameDriftRequest(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Detected columns whose verdict rests on their missing rate (the over-time PSI/JS/Hellinger cannot show those). */
export function missingDrivenColumns(rows: readonly DriftRow[]): string[] {
  return rows.filter((row) => row.detected && row.headline?.id === 'missing').map((row) => row.name);
}

/** A statistic's value as shown: the missing-rate change in percentage points, the others to 3 significant digits. */
export function formatStatisticValue(id: StatisticId, value: number): string {
  return id === 'missing' ? formatPointChange(value) : formatStatistic(value);
}

/** A threshold as shown; the missing-rate threshold applies both ways (±). */
export function formatThreshold(id: StatisticId, threshold: number | undefined): string {
  if (threshold === undefined) return '';
  return id === 'missing' ? `±${formatPointChange(threshold).replace('+', '')}` : formatStatistic(threshold);
}
