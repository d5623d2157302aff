import type { InspectResult } from '../../../shared/inspect/inspectResult';
import { formatBytes } from '../../../shared/format/numbers';
import { formatCount, formatTimestamp } from '../format/display';
import { messages } from '../messages';

/** The facts shown on a source's card (pure). */
export function sourceFacts(result: InspectResult): Array<{ label: string; value: string; wide?: boolean }> {
  const facts = messages.sources.facts;
  const list: Array<{ label: string; value: string; wide?: boolean }> = [
    { label: facts.rows, value: formatCount(result.rows) },
    { label: facts.columns, value: formatCount(result.columns.length) },
    { label: facts.size, value: formatBytes(result.bytes) },
    { label: facts.format, value: `${result.source.format}${result.files.length > 1 ? ` · ${formatCount(result.files.length)} ${facts.files.toLowerCase()}` : ''}` },
  ];
  if (result.time_range) {
    list.push({ label: `${facts.timeRange} (${result.time_range.column}, UTC)`, value: `${formatTimestamp(String(result.time_range.min))} → ${formatTimestamp(String(result.time_range.max))}`, wide: true });
  }
  return list;
}

/** Recent sources other than the open ones. */
export function otherRecent(paths: readonly string[], open: ReadonlyArray<string | undefined>): string[] {
  const openSet = new Set(open.filter((path): path is string => Boolean(path)));
  return paths.filter((path) => !openSet.has(path));
}

export const demoRowChoices: readonly number[] = [200_000, 1_000_000, 5_000_000];
