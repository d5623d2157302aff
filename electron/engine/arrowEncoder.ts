import {
  DuckDBDateValue, DuckDBDecimalValue, DuckDBTimestampTZValue, DuckDBTimestampValue, DuckDBTypeId,
  type DuckDBResultReader, type DuckDBValue,
} from '@duckdb/node-api';
import { Bool, type DataType, Float64, Int64, Table, TimestampMillisecond, Utf8, type Vector, tableToIPC, vectorFromArray } from 'apache-arrow';

/**
 * The one encoder from DuckDB results to Arrow IPC (the Neo client has no finished Arrow export).
 * Numbers become Float64 (BIGINT-like stay Int64), timestamps and dates epoch-millisecond timestamps,
 * booleans Bool, everything else its DuckDB text.
 */
export function encodeResultAsArrowIpc(reader: DuckDBResultReader): Uint8Array {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumns();
  const vectors: Record<string, Vector<DataType>> = {};
  names.forEach((name, index) => {
    const { arrowType, convert } = arrowMappingFor(types[index].typeId);
    vectors[uniqueName(name, vectors)] = vectorFromArray(columns[index].map(convert), arrowType) as Vector<DataType>;
  });
  return tableToIPC(new Table(vectors), 'stream');
}

function uniqueName(name: string, taken: Record<string, unknown>): string {
  let candidate = name;
  for (let suffix = 2; candidate in taken; suffix++) candidate = `${name}_${suffix}`;
  return candidate;
}

interface ArrowMapping {
  arrowType: DataType;
  convert(value: DuckDBValue): unknown;
}

function arrowMappingFor(typeId: DuckDBTypeId): ArrowMapping {
  switch (typeId) {
    case DuckDBTypeId.BOOLEAN:
      return { arrowType: new Bool(), convert: (value) => (value === null ? null : Boolean(value)) };
    case DuckDBTypeId.BIGINT: case DuckDBTypeId.UBIGINT: case DuckDBTypeId.HUGEINT: case DuckDBTypeId.UHUGEINT:
      return { arrowType: new Int64(), convert: (value) => (value === null ? null : BigInt.asIntN(64, BigInt(value as bigint))) };
    case DuckDBTypeId.TINYINT: case DuckDBTypeId.SMALLINT: case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT: case DuckDBTypeId.USMALLINT: case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT: case DuckDBTypeId.DOUBLE: case DuckDBTypeId.DECIMAL:
      return { arrowType: new Float64(), convert: toNumber };
    case DuckDBTypeId.TIMESTAMP: case DuckDBTypeId.TIMESTAMP_TZ: case DuckDBTypeId.DATE:
    case DuckDBTypeId.TIMESTAMP_MS: case DuckDBTypeId.TIMESTAMP_S: case DuckDBTypeId.TIMESTAMP_NS:
      return { arrowType: new TimestampMillisecond(), convert: toEpochMs };
    default:
      return { arrowType: new Utf8(), convert: (value) => (value === null ? null : String(value)) };
  }
}

function toNumber(value: DuckDBValue): number | null {
  if (value === null) return null;
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  return Number(value);
}

function toEpochMs(value: DuckDBValue): number | null {
  if (value === null) return null;
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return Number(value.micros / 1000n);
  if (value instanceof DuckDBDateValue) return value.days * 86_400_000;
  // TIMESTAMP_S / _MS / _NS values print as timestamps; parse their text as UTC.
  return Date.parse(`${String(value).replace(' ', 'T')}Z`);
}
