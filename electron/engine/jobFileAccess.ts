import path from 'node:path';
import type { AnyJobRequest, JobRequest } from './jobProtocol';

/** What one job's DuckDB instance may touch on disk (DESIGN.md §7). */
export interface FileAccess {
  /** Exact files the job may read: its sources. */
  readFiles: string[];
  /** Folders the job may read and write: an export or demo output folder. */
  directories: string[];
  /**
   * Whether the job's own code changes session settings (the demo writer tunes insertion order and
   * progress); every job that can carry user SQL runs with the configuration locked.
   */
  changesSettings?: boolean;
}

/**
 * The files each job kind needs, derived from its request. Every job runs on a DuckDB instance with
 * external access disabled except for these, so a filter expression from an untrusted workspace cannot
 * read or write anything else, whatever it manages to express.
 */
export function fileAccessFor(jobRequest: JobRequest): FileAccess {
  const request = jobRequest as AnyJobRequest;
  const files = (sources: Array<{ files: Array<{ path: string }> }>) => sources.flatMap((source) => source.files.map((file) => file.path));
  switch (request.kind) {
    case 'source.schema':
    case 'source.profile':
    case 'source.overview':
    case 'filter.check':
      return { readFiles: files([request.source]), directories: [] };
    case 'drift.aggregate':
    case 'drift.domainClassifier':
      return { readFiles: files([request.plan.reference.source, request.plan.current.source]), directories: [] };
    case 'drift.overTime':
      return { readFiles: files([request.current.source]), directories: [] };
    case 'sql.query':
      return { readFiles: request.allowedFiles ?? [], directories: [] };
    case 'demo.write':
      // The demo is written into a temporary folder beside the output folder, then renamed into place.
      return { readFiles: [], directories: [path.dirname(path.resolve(request.outDir))], changesSettings: true };
    case 'debug.crash':
      return { readFiles: [], directories: [] };
  }
}
