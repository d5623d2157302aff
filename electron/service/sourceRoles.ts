import { buildInspectResult } from '../../shared/inspect/buildInspectResult';
import type { InspectColumn } from '../../shared/inspect/inspectResult';
import type { SourceDescriptor } from '../../shared/sources/source';
import type { EnginePool, JobProgress } from '../engine/enginePool';

/** Rows profiled to infer roles for an analysis: the first rows are enough and cost nothing on big logs. */
export const ROLE_PROFILE_ROWS = 100_000;

/**
 * The columns of a source with their types and roles, inferred from a profile of its first rows
 * (user overrides win). Used by analyses that need roles but not a full inspect. A second source (the
 * current window's) may lack a column the overrides name: that is a schema change to report, not an error.
 */
export async function sourceColumnsWithRoles(
  engine: EnginePool, source: SourceDescriptor, roleOverrides: Record<string, string>,
  options: { onProgress?: (progress: JobProgress) => void; signal?: AbortSignal; ignoreOverridesOfMissingColumns?: boolean } = {},
): Promise<InspectColumn[]> {
  const { onProgress } = options;
  const schema = await engine.submit({ kind: 'source.schema', source }, { onProgress, signal: options.signal }).result;
  if (options.ignoreOverridesOfMissingColumns) {
    const names = new Set(schema.columns.map((column) => column.name));
    roleOverrides = Object.fromEntries(Object.entries(roleOverrides).filter(([name]) => names.has(name)));
  }
  const profile = await engine.submit({
    kind: 'source.profile', source, columns: schema.columns, exactDistinct: true, limitRows: ROLE_PROFILE_ROWS,
  }, { onProgress, signal: options.signal }).result;
  return buildInspectResult({
    source, columns: schema.columns, metadataRowCount: schema.rowCount, profile: profile.row, roleOverrides, exactDistinct: true,
  }).columns;
}
