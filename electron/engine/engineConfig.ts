import os from 'node:os';
import path from 'node:path';

/** How the engine's DuckDB instances are sized. One instance per engine worker process. */
export interface EngineConfig {
  /** Engine worker processes in the pool. */
  workers: number;
  /** DuckDB memory_limit per worker, e.g. '4GB'. */
  memoryLimit: string;
  /** Spill directory for DuckDB (temp_directory). */
  tempDirectory: string;
  /** DuckDB threads per worker. */
  threads: number;
  /** After a cancel, how long to wait for DuckDB's interrupt before terminating the worker. */
  cancelGraceMs: number;
  /** Allows test-only job kinds (e.g. crashing a worker on purpose). */
  allowDebugJobs: boolean;
}

/** Defaults from the machine and the environment (DRIFTWOOD_MEMORY_LIMIT, DRIFTWOOD_TEMP_DIR, DRIFTWOOD_THREADS, DRIFTWOOD_WORKERS). */
export function defaultEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const workers = positiveInt(env.DRIFTWOOD_WORKERS) ?? 2;
  const totalGb = os.totalmem() / 1024 ** 3;
  // Leave a quarter of RAM to the app and the OS; split the rest between workers.
  const perWorkerGb = Math.max(0.5, Math.floor(((totalGb * 0.75) / workers) * 10) / 10);
  return {
    workers,
    memoryLimit: env.DRIFTWOOD_MEMORY_LIMIT ?? `${perWorkerGb}GB`,
    tempDirectory: env.DRIFTWOOD_TEMP_DIR ?? path.join(os.tmpdir(), 'driftwood-spill'),
    threads: positiveInt(env.DRIFTWOOD_THREADS) ?? Math.max(1, os.availableParallelism()),
    cancelGraceMs: 3000,
    allowDebugJobs: false,
  };
}

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : undefined;
}
