import { formatBytes, formatCell, formatCount, formatPercent } from '../format/numbers';
import { renderTextTable } from '../format/textTable';
import type { InspectResult } from './inspectResult';

/** The human-readable form of `driftwood inspect` for a terminal. */
export function renderInspectTable(result: InspectResult): string {
  const header = [
    `${result.source.input}  (${result.source.format}${result.source.hive_partitioning ? ', hive-partitioned' : ''}, ${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${formatBytes(result.bytes)})`,
    `rows: ${formatCount(result.rows)}`,
    result.time_range ? `time range (${result.time_range.column}): ${result.time_range.min ?? '—'} .. ${result.time_range.max ?? '—'}` : 'time range: no timestamp column',
  ];
  const table = renderTextTable(
    [
      { header: 'column' }, { header: 'type' }, { header: 'role' }, { header: 'kind' },
      { header: 'nulls', align: 'right' }, { header: result.distinct_method === "approximate" ? "distinct≈" : "distinct", align: "right" }, { header: 'min', align: 'right' }, { header: 'max', align: 'right' },
    ],
    result.columns.map((column) => [
      column.name, column.type, column.role, column.kind,
      column.nulls > 0 ? `${formatCount(column.nulls)} (${formatPercent(column.null_rate)})` : '0',
      formatCount(column.distinct), formatCell(column.min), formatCell(column.max),
    ]),
  );
  return [...header, '', table, ...result.notes.map((note) => `note: ${note}`)].join('\n');
}
