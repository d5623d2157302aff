import { z } from 'zod';
import type { DriftResult } from '../drift/driftResult';
import type { InspectResult } from '../inspect/inspectResult';
import type { OverviewResult } from '../overview/overviewResult';
import { type Workspace, workspaceSchema } from '../formats/workspace';

/**
 * The WorkbenchApi (DESIGN.md §1): the one contract between the UI and the Service, whatever carries it
 * (Electron IPC through the preload, or the WebSocket of `driftwood serve`). One request object in, one
 * result out; long calls report progress and can be cancelled; failures are WorkbenchError records.
 * Every request is validated against these schemas where it enters the Service.
 */

const path = z.string().min(1).max(4096);
const roleOverrides = z.record(z.string().max(512), z.string().max(32)).optional();
const timeRange = z.string().max(128);

export const requestSchemas = {
  /** Inspect a source: schema, roles, row count, per-column summary. */
  openSource: z.object({ path, roleOverrides }).strict(),
  /** Mini-histograms per column and events per hour by model version, for the Overview page. */
  overview: z.object({ path, roleOverrides }).strict(),
  /** Drift between two windows (same options as `driftwood drift`). */
  drift: z.object({
    reference: path,
    current: path.optional(),
    timeColumn: z.string().max(512).optional(),
    referenceWindow: timeRange.optional(),
    currentWindow: timeRange.optional(),
    whereReference: z.string().max(4096).optional(),
    whereCurrent: z.string().max(4096).optional(),
    referenceVersion: z.string().max(256).optional(),
    currentVersion: z.string().max(256).optional(),
    columns: z.array(z.string().max(512)).max(10_000).optional(),
    bins: z.number().int().min(2).max(1000).optional(),
    exact: z.boolean().optional(),
    overTime: z.enum(['day', 'hour']).optional(),
    overTimeStatistic: z.enum(['psi', 'jensen_shannon', 'hellinger', 'missing']).optional(),
    multivariateRows: z.number().int().min(0).max(200_000).optional(),
    roleOverrides,
    showSql: z.boolean().optional(),
  }).strict(),
  /** Write a demo log (or reuse the one already written) and return its path. */
  createDemo: z.object({ scenario: z.enum(['null-spike', 'unit-change', 'model-release', 'mix-shift']).optional(), rows: z.number().int().min(1000).max(20_000_000).optional() }).strict(),
  /** Sources opened before, most recent first. */
  recentSources: z.object({}).strict(),
  saveWorkspace: z.object({ path, workspace: workspaceSchema }).strict(),
  openWorkspace: z.object({ path }).strict(),
} as const;

export type ApiMethod = keyof typeof requestSchemas;
export const apiMethods = Object.keys(requestSchemas) as ApiMethod[];
export type ApiRequest<M extends ApiMethod> = z.infer<(typeof requestSchemas)[M]>;

export interface ApiResults {
  openSource: InspectResult;
  overview: OverviewResult;
  drift: DriftResult;
  createDemo: { path: string; scenario: string; rows: number };
  recentSources: { paths: string[] };
  saveWorkspace: { path: string };
  openWorkspace: Workspace;
}
export type ApiResult<M extends ApiMethod> = ApiResults[M];

export interface CallProgress {
  fraction: number;
  message: string;
}

export interface CallOptions {
  onProgress?: (progress: CallProgress) => void;
  signal?: AbortSignal;
}

/** What the renderer holds: one typed function per method. */
export type WorkbenchApi = { [M in ApiMethod]: (request: ApiRequest<M>, options?: CallOptions) => Promise<ApiResult<M>> };

/** IPC channel names derive from the method names, so the preload can check them (STYLE.md §2). */
export function channelFor(method: ApiMethod): string {
  return `driftwood:${method}`;
}

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (apiMethods as string[]).includes(value);
}
