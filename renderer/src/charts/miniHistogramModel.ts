import type { ColumnHistogram } from '../../../shared/overview/overviewResult';
import { formatCount, formatPercent, formatValue } from '../format/display';
import { messages } from '../messages';

/**
 * Geometry of a column's mini-histogram in the Overview table (pure): one bar per bin or category, the
 * "other" categories as a last, paler bar; each bar carries its hover text.
 */
export interface MiniBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  isOther: boolean;
}

const MAX_CATEGORIES = 12;

export function miniHistogram(histogram: ColumnHistogram, width: number, height: number): { bars: MiniBar[]; summary: string } {
  const entries = histogramEntries(histogram);
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const max = Math.max(1, ...entries.map((entry) => entry.count));
  const gap = entries.length > 24 ? 0.5 : 1;
  const barWidth = entries.length > 0 ? (width - gap * (entries.length - 1)) / entries.length : 0;
  const bars = entries.map((entry, index): MiniBar => {
    const barHeight = entry.count > 0 ? Math.max(1, (entry.count / max) * (height - 1)) : 0;
    return {
      x: round(index * (barWidth + gap)),
      y: round(height - barHeight),
      width: round(Math.max(0.5, barWidth)),
      height: round(barHeight),
      label: `${entry.label}: ${formatCount(entry.count)} rows (${formatPercent(total > 0 ? entry.count / total : 0)})`,
      isOther: entry.isOther,
    };
  });
  const top = [...entries].sort((a, b) => b.count - a.count)[0];
  const summary = top ? `${top.label}: ${formatPercent(total > 0 ? top.count / total : 0)}` : '';
  return { bars, summary };
}

function histogramEntries(histogram: ColumnHistogram): Array<{ label: string; count: number; isOther: boolean }> {
  if (histogram.kind === 'numeric') {
    const last = histogram.counts.length - 1;
    return histogram.counts.map((count, index) => {
      const from = formatValue(histogram.edges[index]);
      const to = formatValue(histogram.edges[index + 1]);
      // A clipped histogram folds the tails into its end bins (shared/overview/overviewSql.displayRange).
      const label = histogram.clipped && index === 0 ? `below ${to}`
        : histogram.clipped && index === last ? `${from} and above` : `${from} to ${to}`;
      return { label, count, isOther: false };
    });
  }
  const shown = histogram.values.slice(0, MAX_CATEGORIES).map((value, index) => ({ label: value, count: histogram.counts[index] ?? 0, isOther: false }));
  const hidden = histogram.counts.slice(MAX_CATEGORIES).reduce((sum, count) => sum + count, 0) + histogram.other;
  return hidden > 0 ? [...shown, { label: messages.overview.otherLabel, count: hidden, isOther: true }] : shown;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
