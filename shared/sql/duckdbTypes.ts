/**
 * Classification of DuckDB type names (as DESCRIBE prints them) into the few families the analyses care about.
 */
const numericTypes = new Set([
  'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT',
  'FLOAT', 'DOUBLE', 'REAL',
]);
const integerTypes = new Set([
  'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT',
]);

function baseTypeName(type: string): string {
  return type.trim().toUpperCase().replace(/\(.*$/, '');
}

export function isNumericType(type: string): boolean {
  const base = baseTypeName(type);
  return numericTypes.has(base) || base === 'DECIMAL';
}

export function isIntegerType(type: string): boolean {
  return integerTypes.has(baseTypeName(type));
}

export function isTemporalType(type: string): boolean {
  const base = baseTypeName(type);
  return base === 'DATE' || base.startsWith('TIMESTAMP');
}

export function isBooleanType(type: string): boolean {
  return baseTypeName(type) === 'BOOLEAN';
}

export function isStringType(type: string): boolean {
  const base = baseTypeName(type);
  return base === 'VARCHAR' || base === 'ENUM' || base === 'UUID';
}

/** A list or fixed-size array of numbers, e.g. FLOAT[] or FLOAT[384]: an embedding. */
export function isNumericListType(type: string): boolean {
  const match = /^(.*)\[\d*\]$/.exec(type.trim().toUpperCase());
  return match !== null && isNumericType(match[1]);
}

/** Types with a total order for which min/max mean something to a user. */
export function isOrderedType(type: string): boolean {
  if (isNumericType(type) || isTemporalType(type) || isBooleanType(type) || isStringType(type)) return true;
  const base = baseTypeName(type);
  return base === 'TIME' || base === 'INTERVAL';
}
