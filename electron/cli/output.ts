import fs from 'node:fs';
import path from 'node:path';
import { driftwoodError } from '../../shared/errors/workbenchError';

export type OutputFormat = 'json' | 'table';

export function parseFormat(value: string | undefined, stdoutIsTty: boolean): OutputFormat {
  if (value === undefined) return stdoutIsTty ? 'table' : 'json';
  if (value === 'json' || value === 'table') return value;
  throw driftwoodError('INVALID_ARGUMENT', `--format '${value}' is not a format.`, 'Use --format json or --format table.');
}

/** Prints a document as JSON or as its table, to stdout or atomically to --out FILE. */
export function emit(document: unknown, format: OutputFormat, renderTable: () => string, outFile?: string): void {
  const text = format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : `${renderTable()}\n`;
  if (!outFile) {
    process.stdout.write(text);
    return;
  }
  const target = path.resolve(outFile);
  const temporary = `${target}.tmp-${process.pid}`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, target);
}
