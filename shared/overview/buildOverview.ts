import type { InspectResult } from '../inspect/inspectResult';
import { isNumericType, isTemporalType } from '../sql/duckdbTypes';
import { type ColumnHistogram, type OverviewResult, type Timeline, overviewSchemaId } from './overviewResult';
import { type HistogramColumn, OVERVIEW_NUMERIC_BINS, OVERVIEW_TOP_CATEGORIES } from './overviewSql';

/** Columns that get a mini-histogram: every analysable column except ids, PII and ignored ones. */
export function histogramColumns(inspect: InspectResult): HistogramColumn[] {
  return inspect.columns
    .filter((column) => column.role !== 'id' && column.role !== 'pii' && column.role !== 'ignore' && column.role !== 'timestamp')
    .filter((column) => column.kind === 'numeric' || column.kind === 'categorical')
    .map((column, index) => (isNumericType(column.type) && column.kind === 'numeric'
      ? { name: column.name, alias: `h${index}`, kind: 'numeric' as const, min: toNumber(column.min), max: toNumber(column.max) }
      : { name: column.name, alias: `h${index}`, kind: 'categorical' as const }));
}

/** Timeline granularity: hours for logs up to 60 days, days beyond. */
export function timelineUnit(inspect: InspectResult): 'hour' | 'day' {
  const range = inspect.time_range;
  if (!range || typeof range.min !== 'string' || typeof range.max !== 'string') return 'day';
  return Date.parse(range.max) - Date.parse(range.min) <= 60 * 86_400_000 ? 'hour' : 'day';
}

export function timelineIsTemporal(inspect: InspectResult): boolean {
  const column = inspect.columns.find((candidate) => candidate.name === inspect.time_range?.column);
  return column !== undefined && isTemporalType(column.type);
}

export function buildOverview(
  inspect: InspectResult,
  columns: readonly HistogramColumn[],
  histogramRows: ReadonlyArray<{ col: string; v: string | null; n: number }>,
  timelineRows: ReadonlyArray<{ bucket: string | number; version: string | null; n: number }> | null,
  unit: Timeline['unit'],
): OverviewResult {
  const histograms: ColumnHistogram[] = columns.map((column) => {
    const own = histogramRows.filter((row) => row.col === column.alias && row.v !== null);
    if (column.kind === 'numeric') {
      const min = column.min ?? 0;
      const span = (column.max ?? min) - min;
      const width = span > 0 ? span / OVERVIEW_NUMERIC_BINS : 1;
      const counts = new Array<number>(OVERVIEW_NUMERIC_BINS).fill(0);
      for (const row of own) counts[Number(row.v)] += row.n;
      return {
        column: column.name,
        kind: 'numeric',
        edges: counts.map((_, index) => min + index * width).concat(min + OVERVIEW_NUMERIC_BINS * width),
        counts,
        ...(column.clipped ? { clipped: true } : {}),
      };
    }
    const sorted = [...own].sort((a, b) => b.n - a.n || String(a.v).localeCompare(String(b.v)));
    const top = sorted.slice(0, OVERVIEW_TOP_CATEGORIES);
    return {
      column: column.name,
      kind: 'categorical',
      values: top.map((row) => String(row.v)),
      counts: top.map((row) => row.n),
      other: sorted.slice(OVERVIEW_TOP_CATEGORIES).reduce((total, row) => total + row.n, 0),
    };
  });

  let timeline: Timeline | null = null;
  if (timelineRows && inspect.time_range) {
    const buckets = [...new Set(timelineRows.map((row) => row.bucket))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const index = new Map(buckets.map((bucket, position) => [bucket, position]));
    const versions = [...new Set(timelineRows.map((row) => row.version))].sort((a, b) => String(a).localeCompare(String(b)));
    const series = versions.map((version) => {
      const counts = new Array<number>(buckets.length).fill(0);
      for (const row of timelineRows) if (row.version === version) counts[index.get(row.bucket)!] += row.n;
      return { version, counts };
    });
    timeline = { time_column: inspect.time_range.column, unit, buckets, series };
  }
  return { schema: overviewSchemaId, inspect, histograms, timeline };
}

function toNumber(value: unknown): number | undefined {
  const number = Number(value);
  return value === null || value === undefined || !Number.isFinite(number) ? undefined : number;
}
