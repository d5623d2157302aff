import type { ColumnHistogram, OverviewResult } from '../../../shared/overview/overviewResult';
import type { InspectColumn } from '../../../shared/inspect/inspectResult';
import { formatBytes } from '../../../shared/format/numbers';
import type { Role } from '../../../shared/roles/roles';
import { formatCount, formatDuration, formatTimestamp, formatValue } from '../format/display';
import { messages } from '../messages';

/** The Overview page's figures (pure): headline facts, one row per column, the model versions seen. */
export interface Fact {
  label: string;
  value: string;
  detail?: string;
  /** Needs two cells of the facts strip. */
  wide?: boolean;
}

export function overviewFacts(overview: OverviewResult): Fact[] {
  const { inspect } = overview;
  const text = messages.overview.facts;
  const facts: Fact[] = [
    { label: text.rows, value: formatCount(inspect.rows) },
    { label: text.columns, value: formatCount(inspect.columns.length) },
  ];
  const range = inspect.time_range;
  if (range) {
    const min = range.min;
    const max = range.max;
    const span = typeof min === 'string' && typeof max === 'string' ? Date.parse(max) - Date.parse(min) : undefined;
    const [minDay, minTime] = formatTimestamp(String(min)).split(' ');
    const [maxDay, maxTime] = formatTimestamp(String(max)).split(' ');
    facts.push({ label: text.timeRange, value: `${minDay} → ${maxDay ?? ''}`, detail: `${range.column} · ${minTime ?? ''} → ${maxTime ?? ''} UTC`, wide: true });
    if (span !== undefined && Number.isFinite(span)) facts.push({ label: text.span, value: formatDuration(span) });
  }
  facts.push({ label: text.size, value: formatBytes(inspect.bytes), detail: `${inspect.source.format}${inspect.files.length > 1 ? `, ${formatCount(inspect.files.length)} files` : ''}` });
  const versions = modelVersions(overview);
  if (versions.length > 0) facts.push({ label: text.versions, value: formatCount(versions.length), detail: versions.slice(0, 4).join(', ') + (versions.length > 4 ? '…' : '') });
  return facts;
}

/** Model versions seen in the log, from the timeline's series or the version column's histogram. */
export function modelVersions(overview: OverviewResult | undefined): string[] {
  if (!overview) return [];
  const fromTimeline = (overview.timeline?.series ?? []).map((series) => series.version).filter((version): version is string => version !== null);
  if (fromTimeline.length > 0) return fromTimeline;
  const versionColumn = overview.inspect.columns.find((column) => column.role === 'model_version')?.name;
  const histogram = overview.histograms.find((entry) => entry.column === versionColumn);
  return histogram?.kind === 'categorical' ? histogram.values : [];
}

export interface ColumnRow {
  name: string;
  type: string;
  /** The role shown: the user's edit when there is one. */
  role: Role;
  edited: boolean;
  roleReason: string;
  nulls: string;
  nullRate: number;
  distinct: string;
  range: string;
  nonFinite?: string;
  histogram?: ColumnHistogram;
}

export function columnRows(overview: OverviewResult, edits: Readonly<Record<string, Role>>): ColumnRow[] {
  const histograms = new Map(overview.histograms.map((histogram) => [histogram.column, histogram]));
  return overview.inspect.columns.map((column: InspectColumn) => ({
    name: column.name,
    type: column.type,
    role: edits[column.name] ?? column.role,
    edited: edits[column.name] !== undefined,
    roleReason: column.role_reason,
    nulls: formatCount(column.nulls),
    nullRate: column.null_rate,
    distinct: column.distinct === null ? '—' : formatCount(column.distinct),
    range: column.min === null && column.max === null ? '—' : `${formatValue(column.min)} … ${formatValue(column.max)}`,
    nonFinite: column.non_finite ? formatCount(column.non_finite) : undefined,
    histogram: histograms.get(column.name),
  }));
}
