/**
 * A source (DESIGN.md §2): a Parquet/CSV/NDJSON file, a glob, or a hive-partitioned directory,
 * resolved to an explicit file list. Opened read-only and read lazily by DuckDB.
 */
export type SourceFormat = 'parquet' | 'csv' | 'ndjson';

export interface SourceFile {
  path: string;
  bytes: number;
  /** Modification time, epoch milliseconds. */
  mtimeMs: number;
}

export interface SourceDescriptor {
  /** What the user gave: a file, a glob or a directory. */
  input: string;
  format: SourceFormat;
  files: SourceFile[];
  bytes: number;
  /** True when the files sit in key=value folders whose keys become columns. */
  hivePartitioning: boolean;
  /** sha256 over path + size + mtime of every file (content hashes are added at export time). */
  fingerprint: string;
  /** Set when CSV types had to be sniffed over the whole file (a column changed type past the sample). */
  csvFullSniff?: boolean;
}
