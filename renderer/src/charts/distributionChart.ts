import type { Data, Layout } from 'plotly.js-dist-min';
import type { DriftFeature } from '../../../shared/drift/driftResult';
import { binShares } from '../drift/driftModel';
import { messages } from '../messages';
import { baseLayout, colors } from './chartTheme';
import type { ChartSpec } from './chartSpec';

/** Above this many bins the bars run horizontally, so category names stay readable. */
const HORIZONTAL_FROM = 13;

/**
 * A column's reference and current distributions overlaid, from the bins the statistics used
 * (`feature.bins`): share of each window's non-missing values per bin, counts on hover.
 */
export function distributionChart(feature: DriftFeature): ChartSpec {
  const shares = binShares(feature);
  const labels = shares.map((share) => share.label);
  const horizontal = shares.length >= HORIZONTAL_FROM;
  const trace = (window: 'reference' | 'current'): Data => {
    const values = shares.map((share) => (window === 'reference' ? share.referenceShare : share.currentShare));
    const counts = shares.map((share) => share[window]);
    const name = messages.windows.label[window];
    return {
      type: 'bar',
      name,
      orientation: horizontal ? 'h' : 'v',
      x: horizontal ? values : labels,
      y: horizontal ? labels : values,
      customdata: counts,
      marker: { color: window === 'reference' ? colors.reference : colors.current, opacity: window === 'reference' ? 0.75 : 0.95, line: { width: 0 } },
      hovertemplate: `${name} · %{${horizontal ? 'y' : 'x'}}<br>%{${horizontal ? 'x' : 'y'}:.1%} of non-missing values<br>%{customdata:,} rows<extra></extra>`,
    };
  };
  const method = feature.bins.method;
  const height = horizontal ? Math.min(760, 90 + shares.length * 22) : 300;
  const valueAxis = messages.detail.distributionY;
  const binAxis = messages.detail.distributionX(method);
  const layout: Partial<Layout> = {
    ...baseLayout(messages.detail.distributionTitle(feature.name), horizontal ? valueAxis : binAxis, horizontal ? binAxis : valueAxis, height),
    barmode: 'group',
    bargap: 0.25,
    bargroupgap: 0.05,
    showlegend: true,
    hovermode: 'closest',
  };
  layout.margin = { ...layout.margin, t: 60 };
  layout.legend = { ...layout.legend, x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom' };
  const shareAxis = { tickformat: '.0%', rangemode: 'tozero' as const };
  const binAxisSettings = { type: 'category' as const, tickangle: horizontal ? 0 : labels.some((label) => label.length > 8) ? -30 : 0 };
  if (horizontal) {
    layout.xaxis = { ...layout.xaxis, ...shareAxis };
    layout.yaxis = { ...layout.yaxis, ...binAxisSettings, autorange: 'reversed' };
  } else {
    layout.xaxis = { ...layout.xaxis, ...binAxisSettings };
    layout.yaxis = { ...layout.yaxis, ...shareAxis };
  }
  return { data: [trace('reference'), trace('current')], layout };
}
