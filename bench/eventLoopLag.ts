/**
 * `npm run bench -- lag`: the main process's event-loop lag while a drift job runs on the 10M-row log
 * (DESIGN.md §6: p99 under 50 ms). Runs the Service in this process, as the Electron main process and
 * `driftwood serve` do, and samples the loop with perf_hooks while the engine workers compute.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import { createApiHandlers, dispatchCall } from '../electron/service/apiHandlers';
import { WorkbenchService } from '../electron/service/workbenchService';

export async function measureEventLoopLagDuringDrift(log: string): Promise<{ seconds: number; progressEvents: number; p50Ms: number; p99Ms: number; maxMs: number }> {
  const service = new WorkbenchService();
  try {
    const handlers = createApiHandlers(service, path.join(os.tmpdir(), 'driftwood-bench', 'lag-home'));
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const started = Date.now();
    let progressEvents = 0;
    await dispatchCall(handlers, 'drift', {
      reference: log, referenceWindow: '..2026-02-15', currentWindow: '2026-02-15..', overTime: 'day',
    }, { onProgress: () => progressEvents++ });
    histogram.disable();
    return {
      seconds: (Date.now() - started) / 1000,
      progressEvents,
      p50Ms: histogram.percentile(50) / 1e6,
      p99Ms: histogram.percentile(99) / 1e6,
      maxMs: histogram.max / 1e6,
    };
  } finally {
    await service.dispose();
  }
}
