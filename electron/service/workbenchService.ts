import type { InspectResult } from '../../shared/inspect/inspectResult';
import { type EngineConfig, defaultEngineConfig } from '../engine/engineConfig';
import { EnginePool, type JobProgress } from '../engine/enginePool';
import type { JobResult } from '../engine/jobProtocol';
import { type DriftRequest, analyseDrift } from './driftAnalysis';
import { type InspectOptions, inspectSource } from './inspectSource';
import type { DriftResult } from '../../shared/drift/driftResult';

export interface DemoOptions {
  outDir: string;
  rows: number;
  scenario: string;
  seed: number;
  overwrite?: boolean;
}

/**
 * The one Service behind every door (Electron IPC, the web host, the CLI). It owns the engine pool;
 * disposing the service shuts the workers down.
 */
export class WorkbenchService {
  readonly engine: EnginePool;

  constructor(config: EngineConfig = defaultEngineConfig(), engine?: EnginePool) {
    this.engine = engine ?? new EnginePool(config);
  }

  inspect(input: string, options: InspectOptions = {}): Promise<InspectResult> {
    return inspectSource(this.engine, input, options);
  }

  drift(request: DriftRequest): Promise<DriftResult> {
    return analyseDrift(this.engine, request);
  }

  writeDemo(options: DemoOptions, onProgress?: (progress: JobProgress) => void): Promise<JobResult<'demo.write'>> {
    return this.engine.submit({ kind: 'demo.write', ...options }, { onProgress }).result;
  }

  dispose(): Promise<void> {
    return this.engine.dispose();
  }
}
