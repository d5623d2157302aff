import type { Data, Layout } from 'plotly.js-dist-min';
import type { DriftOverTime } from '../../../shared/drift/driftOverTime';
import type { DriftParams } from '../../../shared/drift/driftResult';
import { thresholdOf } from '../drift/driftModel';
import { formatPointChange } from '../format/display';
import { messages } from '../messages';
import { baseLayout, colors } from './chartTheme';
import type { ChartSpec } from './chartSpec';
import { plotlyDate } from './timelineChart';

/** Hellinger has no detection threshold; its colour scale uses this one (close to Jensen–Shannon's). */
const HELLINGER_SCALE = 0.1;

/**
 * The scale of an over-time statistic: its threshold sits mid-scale (amber), twice the threshold and
 * more is red. The missing-rate change is signed: fewer missing values is blue, more is red.
 */
export function overTimeScale(statistic: DriftOverTime['statistic'], params: DriftParams): { zmin: number; zmax: number; threshold: number; colorscale: Array<[number, string]> } {
  const threshold = (statistic === 'hellinger' ? HELLINGER_SCALE : thresholdOf(statistic, params)) ?? HELLINGER_SCALE;
  if (statistic === 'missing') {
    return {
      zmin: -2 * threshold, zmax: 2 * threshold, threshold,
      colorscale: [[0, colors.current], [0.5, '#1e2531'], [0.75, colors.severity.medium], [1, colors.severity.high]],
    };
  }
  return {
    zmin: 0, zmax: 2 * threshold, threshold,
    colorscale: [[0, '#1e2531'], [0.2, '#24344d'], [0.5, colors.severity.low], [0.75, colors.severity.medium], [1, colors.severity.high]],
  };
}

/**
 * Column × time-bucket heatmap of one drift statistic against the reference window: shows when each
 * column started to move. Rows follow `order` (the ranking), top first.
 */
export function overTimeHeatmap(overTime: DriftOverTime, order: readonly string[], params: DriftParams): ChartSpec {
  const byName = new Map(overTime.columns.map((column) => [column.name, column.values]));
  const names = order.filter((name) => byName.has(name));
  const x = overTime.buckets.map(plotlyDate);
  const statistic = messages.overTimeStatistics[overTime.statistic] ?? overTime.statistic;
  const scale = overTimeScale(overTime.statistic, params);
  const hoverX = overTime.unit === 'hour' ? '%{x|%Y-%m-%d %H:00}' : '%{x|%Y-%m-%d}';
  const isTemporal = overTime.buckets.every((bucket) => typeof bucket === 'string');
  const trace: Data = {
    type: 'heatmap',
    x,
    y: names,
    z: names.map((name) => byName.get(name) ?? []),
    customdata: names.map(() => overTime.rows),
    zmin: scale.zmin,
    zmax: scale.zmax,
    colorscale: scale.colorscale,
    xgap: 1,
    ygap: 1,
    hoverongaps: false,
    colorbar: {
      title: { text: statistic, side: 'top', font: { size: 11, color: colors.muted } },
      thickness: 10, len: 1, outlinewidth: 0, tickfont: { size: 10, color: colors.muted },
      tickvals: overTime.statistic === 'missing' ? [scale.zmin, 0, scale.threshold, scale.zmax] : [0, scale.threshold, scale.zmax],
      ticktext: overTime.statistic === 'missing'
        ? [`≤ ${formatPointChange(scale.zmin)}`, '0', `${formatPointChange(scale.threshold)} (threshold)`, `≥ ${formatPointChange(scale.zmax)}`]
        : ['0', `${scale.threshold} (threshold)`, `≥ ${scale.zmax}`],
    },
    hovertemplate: `<b>%{y}</b><br>${isTemporal ? hoverX : '%{x}'}<br>${statistic} ${overTime.statistic === 'missing' ? '%{z:+.1%} (points)' : '%{z:.3g}'}<br>%{customdata:,} rows in the bucket<extra></extra>`,
  };
  const layout: Partial<Layout> = {
    ...baseLayout(messages.drift.heatmapTitle(statistic, overTime.unit), messages.drift.heatmapX(overTime.unit), messages.drift.heatmapY, Math.max(220, 96 + names.length * 20)),
    margin: { l: 150, r: 16, t: 36, b: 48 },
  };
  layout.xaxis = { ...layout.xaxis, ...(isTemporal ? { type: 'date' as const } : {}), showgrid: false };
  layout.yaxis = { ...layout.yaxis, autorange: 'reversed', showgrid: false, type: 'category', title: { text: '' } };
  return { data: [trace], layout };
}
