import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { driftwoodError } from '../../shared/errors/workbenchError';
import type { SourceDescriptor, SourceFile, SourceFormat } from '../../shared/sources/source';

const parquetMagic = Buffer.from('PAR1');
const parquetExtensions = new Set(['.parquet', '.pq', '.parq']);
const csvExtensions = new Set(['.csv', '.tsv', '.txt']);
const ndjsonExtensions = new Set(['.ndjson', '.jsonl', '.json']);
const globCharacters = /[*?[\]{}]/;

/**
 * Resolves what the user gave (file, glob or directory) to an explicit, sorted file list with one format.
 * Formats are detected by content where it matters: Parquet by its PAR1 magic at both ends, whatever the
 * file is called. Nothing is read beyond a few bytes per file.
 */
export function resolveSource(input: string): SourceDescriptor {
  const absolute = path.resolve(input);
  let candidates: string[];
  let hivePartitioning = false;
  let fromDirectory = false;
  if (!fs.existsSync(absolute) && globCharacters.test(input)) {
    candidates = globSync([input], { absolute: true, onlyFiles: true, dot: false }).sort();
    if (candidates.length === 0) {
      throw driftwoodError('SOURCE_NOT_FOUND', `No files match the pattern '${input}'.`, 'Check the pattern and quote it so your shell does not expand it.');
    }
  } else {
    const stat = statOrThrow(absolute, input);
    if (stat.isDirectory()) {
      fromDirectory = true;
      candidates = listDataFiles(absolute);
      hivePartitioning = candidates.some((file) => path.relative(absolute, path.dirname(file)).split(path.sep).some(isHiveSegment));
    } else {
      candidates = [absolute];
    }
  }

  const files: SourceFile[] = [];
  const formats = new Map<SourceFormat, string>();
  for (const file of candidates) {
    const stat = statOrThrow(file, file);
    const format = detectFormat(file, stat.size, fromDirectory);
    if (format === undefined) continue;
    if (!formats.has(format)) formats.set(format, file);
    files.push({ path: file, bytes: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) });
  }
  if (files.length === 0) {
    throw fromDirectory
      ? driftwoodError('SOURCE_NO_DATA_FILES', `The folder '${input}' holds no Parquet, CSV or NDJSON files.`, 'Point at a folder of .parquet/.csv/.ndjson files, or at one file.')
      : driftwoodError('SOURCE_NO_DATA_FILES', `'${input}' matched no Parquet, CSV or NDJSON files.`, 'Point at data files, a folder of them, or a glob like "logs/*.parquet".');
  }
  if (formats.size > 1) {
    const examples = [...formats.entries()].map(([format, file]) => `${format} (${path.basename(file)})`).join(' and ');
    throw driftwoodError('SOURCE_MIXED_FORMATS', `'${input}' mixes file formats: ${examples}.`, 'Open one format at a time, e.g. with a glob such as "dir/**/*.parquet".');
  }
  const format = [...formats.keys()][0];
  return {
    input,
    format,
    files,
    bytes: files.reduce((total, file) => total + file.bytes, 0),
    hivePartitioning: format === 'parquet' && hivePartitioning,
    fingerprint: fingerprintFiles(files),
  };
}

function statOrThrow(file: string, shownAs: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw driftwoodError('SOURCE_NOT_FOUND', `No file or folder at '${shownAs}'.`, 'Check the path, or run `driftwood demo` to create a demo log.');
    }
    throw driftwoodError('SOURCE_UNREADABLE', `Cannot read '${shownAs}' (${code ?? String(error)}).`, 'Check the file permissions.');
  }
}

function isHiveSegment(segment: string): boolean {
  return /^[^=]+=[^=]*$/.test(segment);
}

/** Data files under a folder, skipping hidden files and the markers Spark/Hadoop leave (_SUCCESS, .crc). */
function listDataFiles(directory: string): string[] {
  return globSync(['**/*'], { cwd: directory, absolute: true, onlyFiles: true, dot: false })
    .filter((file) => !path.basename(file).startsWith('_') && !file.endsWith('.crc'))
    .sort();
}

/**
 * Format of one file, or undefined when a folder holds a file that is not data (README, .DS_Store, …).
 * A file the user named directly must be data: anything else is an error that says what is wrong.
 */
function detectFormat(file: string, size: number, skipUnknown: boolean): SourceFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  const known = parquetExtensions.has(extension) || csvExtensions.has(extension) || ndjsonExtensions.has(extension);
  if (size === 0) {
    if (skipUnknown && !known) return undefined;
    throw driftwoodError('SOURCE_EMPTY', `'${file}' is empty (0 bytes).`, 'Check that the export that wrote it finished, or open another file.');
  }
  const head = readBytes(file, 0, Math.min(size, 512));
  if (head.subarray(0, 4).equals(parquetMagic)) {
    const tail = readBytes(file, Math.max(0, size - 4), 4);
    if (size < 12 || !tail.equals(parquetMagic)) {
      throw driftwoodError('SOURCE_CORRUPT', `'${file}' starts like a Parquet file but has no Parquet footer: it is truncated or still being written.`,
        'Copy the file again from its source, or wait until the program writing it has finished.');
    }
    return 'parquet';
  }
  if (parquetExtensions.has(extension)) {
    throw driftwoodError('SOURCE_NOT_PARQUET', `'${file}' is named like a Parquet file but is not one (it does not start with the Parquet magic bytes PAR1).`,
      'If it holds CSV or JSON lines, rename it to .csv or .ndjson; otherwise export it again as Parquet.');
  }
  if (csvExtensions.has(extension)) return 'csv';
  if (ndjsonExtensions.has(extension)) return 'ndjson';
  if (head.includes(0)) {
    if (skipUnknown) return undefined;
    throw driftwoodError('SOURCE_UNREADABLE', `'${file}' is not Parquet, CSV or NDJSON (it looks binary).`, 'Open a Parquet, CSV or NDJSON file.');
  }
  if (skipUnknown) return undefined;
  return head.toString('utf8').trimStart().startsWith('{') ? 'ndjson' : 'csv';
}

function readBytes(file: string, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const handle = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(handle, buffer, 0, length, position);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

/** sha256 over path, size and mtime of every file: cheap, and changes when any file does. */
function fingerprintFiles(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.bytes}\0${file.mtimeMs}\n`);
  return `sha256:${hash.digest('hex')}`;
}
