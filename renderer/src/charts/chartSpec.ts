import type { Config, Data, Layout } from 'plotly.js-dist-min';

/** What a chart builder returns: plain Plotly data and layout, built without a DOM (STYLE.md §2). */
export interface ChartSpec {
  data: Data[];
  layout: Partial<Layout>;
  config?: Partial<Config>;
}

/** A spec's title text, for the chart's accessible name. */
export function chartTitle(spec: ChartSpec): string {
  const title = spec.layout.title;
  return typeof title === 'object' && title !== null && typeof title.text === 'string' ? title.text : '';
}
