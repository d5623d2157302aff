import type { InspectResult } from '../inspect/inspectResult';

export const overviewSchemaId = 'driftwood.overview/v1';

export type ColumnHistogram =
  | {
    column: string;
    kind: 'numeric';
    /** Bin edges, counts.length + 1 of them. */
    edges: number[];
    counts: number[];
    /** The edges span p1..p99 of a heavy-tailed column: the first and last bins also hold the values beyond. */
    clipped?: boolean;
  }
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
