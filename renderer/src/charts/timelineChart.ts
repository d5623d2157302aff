import type { Data, Layout } from 'plotly.js-dist-min';
import type { Timeline } from '../../../shared/overview/overviewResult';
import { messages } from '../messages';
import { axis, baseLayout, colors } from './chartTheme';
import type { ChartSpec } from './chartSpec';

/** An ISO timestamp as Plotly's date axis wants it ("2026-02-01 00:00:00", UTC, no zone suffix). */
export function plotlyDate(value: string | number): string | number {
  if (typeof value === 'number') return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

export function plotlyDateFromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

const unitWord: Record<Timeline['unit'], string> = { hour: 'hour', day: 'day', value: 'value' };

/**
 * Events per time bucket, stacked by model version, with the versions' timeline above it (when each
 * version was first and last seen): the Overview's picture of traffic and releases.
 */
export function timelineChart(timeline: Timeline, height = 300): ChartSpec {
  const x = timeline.buckets.map(plotlyDate);
  const temporal = timeline.unit !== 'value';
  const hoverX = temporal ? (timeline.unit === 'hour' ? '%{x|%Y-%m-%d %H:00}' : '%{x|%Y-%m-%d}') : '%{x}';
  const versioned = timeline.series.filter((series) => series.version !== null);
  const bars: Data[] = timeline.series.map((series, index) => ({
    type: 'bar',
    name: series.version ?? 'events',
    x,
    y: series.counts,
    marker: { color: colors.versions[index % colors.versions.length], opacity: 0.8, line: { width: 0 } },
    hovertemplate: `${hoverX}<br>%{y:,} events<extra>${series.version ?? ''}</extra>`,
  }));

  const strip: Data[] = versioned.map((series) => {
    const first = series.counts.findIndex((count) => count > 0);
    let last = -1;
    for (let i = series.counts.length - 1; i >= 0; i--) if (series.counts[i] > 0) { last = i; break; }
    const total = series.counts.reduce((sum, count) => sum + count, 0);
    return {
      type: 'scatter',
      mode: 'lines',
      name: series.version ?? '',
      x: first >= 0 ? [x[first], x[last]] : [],
      y: [series.version, series.version],
      yaxis: 'y2',
      line: { color: colors.versions[timeline.series.indexOf(series) % colors.versions.length], width: 7 },
      hovertemplate: `${series.version}: ${hoverX}<br>${total.toLocaleString('en-US')} events in total<extra></extra>`,
      showlegend: false,
    };
  });

  const title = messages.overview.timelineTitle(unitWord[timeline.unit]);
  const layout: Partial<Layout> = {
    ...baseLayout(title, temporal ? messages.overview.timelineAxis : timeline.time_column, messages.overview.timelineValueAxis, height),
    barmode: 'stack',
    bargap: 0.05,
    showlegend: timeline.series.length > 1,
  };
  if (temporal) layout.xaxis = { ...layout.xaxis, type: 'date' };
  if (versioned.length > 0) {
    const stripShare = Math.min(0.3, 0.08 + 0.05 * versioned.length);
    layout.yaxis = { ...layout.yaxis, domain: [0, 1 - stripShare - 0.04] };
    layout.yaxis2 = {
      ...axis(''),
      domain: [1 - stripShare, 1],
      type: 'category',
      showgrid: false,
      fixedrange: true,
      title: { text: '' },
    };
  }
  return { data: [...bars, ...strip], layout };
}
