/**
 * Temporarily changes DuckDB session settings on a caller's connection and gives back a function that
 * restores the previous values, so writing a demo never leaves the caller's session altered.
 */

import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier } from '../../shared/demo/sqlText';

export type SessionSettingValue = boolean | number;

/**
 * Applies `settings` in the given order (put settings that must take effect first, such as turning
 * progress printing off, at the front) and returns the restore function, which undoes them in reverse.
 */
export async function applySessionSettings(
  connection: DuckDBConnection,
  settings: readonly (readonly [name: string, value: SessionSettingValue])[],
): Promise<() => Promise<void>> {
  const previous: [string, SessionSettingValue][] = [];
  const restore = async (): Promise<void> => {
    for (const [name, value] of [...previous].reverse()) {
      await connection.run(`SET ${quoteIdentifier(name)} = $value`, { value });
    }
  };
  try {
    for (const [name, value] of settings) {
      const reader = await connection.runAndReadAll('SELECT current_setting($name) AS "value"', { name });
      const current = reader.getRowObjectsJS()[0]?.value;
      if (typeof current !== 'boolean' && typeof current !== 'number' && typeof current !== 'bigint') {
        throw new Error(`DuckDB setting ${name} has an unexpected value ${String(current)}.`);
      }
      if (current === value || (typeof current === 'bigint' && Number(current) === value)) continue;
      await connection.run(`SET ${quoteIdentifier(name)} = $value`, { value });
      previous.push([name, typeof current === 'bigint' ? Number(current) : current]);
    }
  } catch (error) {
    await restore();
    throw error;
  }
  return restore;
}
