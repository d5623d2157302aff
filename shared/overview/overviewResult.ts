import type { InspectResult } from '../inspect/inspectResult';

export const overviewSchemaId = 'driftwood.overview/v1';

export type ColumnHistogram =
  | { column: string; kind: 'numeric'; /** bin edges, counts.length + 1 of them */ edges: number[]; counts: number[] }
  | { column: string; kind: 'categorical'; values: string[]; counts: number[]; /** rows in the other categories */ other: number };

export interface Timeline {
  time_column: string;
  unit: 'hour' | 'day' | 'value';
  buckets: Array<string | number>;
  /** One series per model version (version null when the log has no model_version column). */
  series: Array<{ version: string | null; counts: number[] }>;
}

/** The Overview page's data: the inspect document plus a mini-histogram per column and the event timeline. */
export interface OverviewResult {
  schema: typeof overviewSchemaId;
  inspect: InspectResult;
  histograms: ColumnHistogram[];
  timeline: Timeline | null;
}
