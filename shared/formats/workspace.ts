import { z } from 'zod';

/**
 * A workspace file (`*.driftwood.json`, DESIGN.md §2): sources, roles, windows, notes and the view, so
 * reopening restores the session. It is untrusted input (§7): parsed with a strict schema, and any filter
 * expression in it is validated by the engine before it runs.
 */
export const workspaceSchemaId = 'driftwood.workspace/v1';

const timeRange = z.object({ start: z.string().max(64).optional(), end: z.string().max(64).optional() }).strict();

export const workspaceSchema = z.object({
  schema: z.literal(workspaceSchemaId),
  sources: z.object({
    current: z.string().min(1).max(4096),
    reference: z.string().min(1).max(4096).optional(),
  }).strict(),
  roles: z.record(z.string().max(512), z.string().max(32)).default({}),
  windows: z.object({
    mode: z.enum(['time', 'version', 'source']),
    reference: timeRange.optional(),
    current: timeRange.optional(),
    referenceVersion: z.string().max(256).optional(),
    currentVersion: z.string().max(256).optional(),
  }).strict().optional(),
  /** Drift options of the session; absent in files written before they were saved. */
  drift: z.object({
    exact: z.boolean().optional(),
    overTimeStatistic: z.enum(['psi', 'jensen_shannon', 'hellinger', 'missing']).optional(),
  }).strict().optional(),
  notes: z.string().max(100_000).default(''),
  view: z.object({
    page: z.enum(['sources', 'overview', 'drift']).default('overview'),
    selectedColumn: z.string().max(512).optional(),
  }).strict().default({ page: 'overview' }),
}).strict();

export type Workspace = z.infer<typeof workspaceSchema>;
