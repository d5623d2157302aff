import os from 'node:os';
import path from 'node:path';
import { defaultEngineConfig, type EngineConfig } from '../../electron/engine/engineConfig';
import { EnginePool } from '../../electron/engine/enginePool';

/** A small engine for tests: 2 workers, 1 GB each, debug jobs allowed. Dispose it in `after`. */
export function createTestEngine(overrides: Partial<EngineConfig> = {}): EnginePool {
  return new EnginePool({
    ...defaultEngineConfig({}),
    workers: 2,
    memoryLimit: '1GB',
    threads: 2,
    tempDirectory: path.join(os.tmpdir(), 'driftwood-test-spill'),
    allowDebugJobs: true,
    ...overrides,
  });
}
