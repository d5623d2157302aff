import type { Data, Layout, Shape } from 'plotly.js-dist-min';
import type { Timeline } from '../../../shared/overview/overviewResult';
import { boundToMs } from '../drift/windowsModel';
import { messages } from '../messages';
import type { TimeWindowText, WindowName } from '../workbench/workbenchModel';
import { baseLayout, colors, withAlpha } from './chartTheme';
import type { ChartSpec } from './chartSpec';
import { plotlyDate, plotlyDateFromMs } from './timelineChart';

export const windowColors: Record<WindowName, string> = { reference: colors.reference, current: colors.current };

/**
 * The drift page's time brush: the log's events over time with the reference and current windows
 * shaded on it. Dragging selects a range (Plotly box select, horizontal only); the page turns the
 * selection into the active window (windowsModel.brushToWindow).
 */
export function timeBrushChart(timeline: Timeline, windows: Record<WindowName, TimeWindowText>, active: WindowName, height = 170): ChartSpec {
  const x = timeline.buckets.map(plotlyDate);
  const totals = timeline.buckets.map((_, index) => timeline.series.reduce((sum, series) => sum + (series.counts[index] ?? 0), 0));
  const first = timeline.buckets[0];
  const last = timeline.buckets[timeline.buckets.length - 1];
  const unitMs = timeline.unit === 'day' ? 86_400_000 : 3_600_000;
  const dataStartMs = typeof first === 'string' ? Date.parse(first) : undefined;
  const dataEndMs = typeof last === 'string' ? Date.parse(last) + unitMs : undefined;

  const trace: Data = {
    type: 'scatter',
    mode: 'lines',
    x,
    y: totals,
    fill: 'tozeroy',
    line: { color: colors.muted, width: 1, shape: 'hv' },
    fillcolor: withAlpha(colors.muted, 0.18),
    hovertemplate: `%{x|%Y-%m-%d %H:00}<br>%{y:,} events<extra></extra>`,
    name: 'events',
  };

  const shapes: Partial<Shape>[] = [];
  const annotations: NonNullable<Layout['annotations']> = [];
  for (const name of ['reference', 'current'] as const) {
    const window = windows[name];
    const startMs = boundToMs(window.start) ?? (window.start.trim() === '' ? dataStartMs : undefined);
    const endMs = boundToMs(window.end) ?? (window.end.trim() === '' ? dataEndMs : undefined);
    if (startMs === undefined || endMs === undefined || (window.start.trim() === '' && window.end.trim() === '')) continue;
    const color = windowColors[name];
    shapes.push({
      type: 'rect', xref: 'x', yref: 'paper', x0: plotlyDateFromMs(startMs), x1: plotlyDateFromMs(endMs), y0: 0, y1: 1,
      fillcolor: withAlpha(color, name === active ? 0.26 : 0.16), line: { color, width: name === active ? 1.5 : 1 }, layer: 'below',
    });
    annotations.push({
      x: plotlyDateFromMs(startMs), xref: 'x', y: 1, yref: 'paper', xanchor: 'left', yanchor: 'top', showarrow: false,
      text: messages.windows.label[name], font: { size: 11, color }, bgcolor: 'rgba(0,0,0,0)', xshift: 4,
    });
  }

  const layout: Partial<Layout> = {
    ...baseLayout(`${messages.drift.brushTitle} ${messages.windows.label[active].toLowerCase()} window`, messages.overview.timelineAxis, messages.overview.timelineValueAxis, height),
    margin: { l: 56, r: 16, t: 34, b: 40 },
    dragmode: 'select',
    selectdirection: 'h',
    hovermode: 'x',
    shapes,
    annotations,
    selections: [],
  };
  layout.xaxis = { ...layout.xaxis, type: 'date' };
  layout.yaxis = { ...layout.yaxis, fixedrange: true, rangemode: 'tozero' };
  return { data: [trace], layout };
}
