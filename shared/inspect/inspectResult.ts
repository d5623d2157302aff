import type { ColumnKind, Role } from '../roles/roles';
import type { SourceFormat } from '../sources/source';

export const inspectSchemaId = 'driftwood.inspect/v1';

/** A JSON-safe scalar as reported for min/max: numbers, strings (timestamps as ISO text), booleans. */
export type ReportedValue = number | string | boolean | null;

export interface InspectColumn {
  name: string;
  /** DuckDB type as DESCRIBE prints it. */
  type: string;
  role: Role;
  kind: ColumnKind;
  /** Why the role was chosen ('override' when the user set it). */
  role_reason: string;
  nulls: number;
  null_rate: number;
  /** Distinct non-null values (see InspectResult.distinct_method); null for types without a distinct count. */
  distinct: number | null;
  /** Smallest and largest finite value for ordered types, else null. */
  min: ReportedValue;
  max: ReportedValue;
  /** NaN and ±Infinity values, for floating-point columns (excluded from min/max). */
  non_finite?: number;
}

export interface InspectResult {
  schema: typeof inspectSchemaId;
  source: { input: string; format: SourceFormat; hive_partitioning: boolean; fingerprint: string };
  rows: number;
  bytes: number;
  files: Array<{ path: string; bytes: number }>;
  columns: InspectColumn[];
  /** How `distinct` was counted; null when no scan ran. */
  distinct_method: 'exact' | 'approximate' | null;
  time_range: { column: string; min: ReportedValue; max: ReportedValue } | null;
  /** Things the user should know about how the figures were obtained. */
  notes: string[];
}
