import { type ColumnProfile, inferRoles } from '../roles/inferRoles';
import type { SourceDescriptor } from '../sources/source';
import { type InspectColumn, type InspectResult, type ReportedValue, inspectSchemaId } from './inspectResult';
import { type ColumnSchema, profileAlias } from './profileSql';

export interface InspectInputs {
  source: SourceDescriptor;
  columns: readonly ColumnSchema[];
  /** Row count from Parquet footers, when known without a scan. */
  metadataRowCount: number | null;
  /** The row of the profile scan (keys from profileAlias), or null when only the schema was read. */
  profile: Readonly<Record<string, unknown>> | null;
  roleOverrides: Readonly<Record<string, string>>;
  /** Whether distinct counts are exact (else HyperLogLog estimates). */
  exactDistinct: boolean;
}

/** Turns schema + profile aggregates into the inspect document, inferring roles on the way. */
export function buildInspectResult(inputs: InspectInputs): InspectResult {
  const { source, columns, profile } = inputs;
  const notes: string[] = [];
  const rows = profile ? Number(profile.__rows) : (inputs.metadataRowCount ?? 0);
  if (!profile) notes.push('Schema only: per-column statistics were not computed (no scan).');
  else if (!inputs.exactDistinct) notes.push('Distinct counts are HyperLogLog estimates (typically within a few percent) on sources this large.');
  if (source.csvFullSniff) notes.push('A CSV column changed type past the first rows, so types were inferred from the whole file.');

  const profiles: ColumnProfile[] = columns.map((column, index) => {
    const present = profile ? Number(profile[profileAlias(index, 'present')]) : rows;
    const distinct = profile ? profile[profileAlias(index, 'distinct')] : undefined;
    const avgLength = profile ? profile[profileAlias(index, 'avg_length')] : undefined;
    return {
      name: column.name,
      type: column.type,
      rows,
      nulls: rows - present,
      distinct: distinct === undefined || distinct === null ? (profile ? 0 : rows) : Number(distinct),
      avgLength: avgLength === undefined || avgLength === null ? null : Number(avgLength),
      min: profile?.[profileAlias(index, 'min')],
      max: profile?.[profileAlias(index, 'max')],
    };
  });
  const roles = inferRoles(profiles, inputs.roleOverrides);

  const inspectColumns: InspectColumn[] = profiles.map((column, index) => {
    const role = roles.get(column.name)!;
    const distinct = profile ? profile[profileAlias(index, 'distinct')] : undefined;
    const nonFinite = profile?.[profileAlias(index, 'non_finite')];
    const result: InspectColumn = {
      name: column.name,
      type: column.type,
      role: role.role,
      kind: role.kind,
      role_reason: role.reason,
      nulls: profile ? column.nulls : 0,
      null_rate: profile && rows > 0 ? column.nulls / rows : 0,
      distinct: distinct === undefined || distinct === null ? null : Number(distinct),
      min: reported(column.min),
      max: reported(column.max),
    };
    if (nonFinite !== undefined && nonFinite !== null) result.non_finite = Number(nonFinite);
    return result;
  });

  const timeColumn = inspectColumns.find((column) => column.role === 'timestamp');
  return {
    schema: inspectSchemaId,
    source: { input: source.input, format: source.format, hive_partitioning: source.hivePartitioning, fingerprint: source.fingerprint },
    rows,
    bytes: source.bytes,
    files: source.files.map((file) => ({ path: file.path, bytes: file.bytes })),
    columns: inspectColumns,
    distinct_method: profile ? (inputs.exactDistinct ? 'exact' : 'approximate') : null,
    time_range: timeColumn ? { column: timeColumn.name, min: timeColumn.min, max: timeColumn.max } : null,
    notes,
  };
}

function reported(value: unknown): ReportedValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
