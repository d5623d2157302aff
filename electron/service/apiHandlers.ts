import fs from 'node:fs';
import path from 'node:path';
import { type ApiMethod, type ApiRequest, type ApiResult, type CallOptions, isApiMethod, requestSchemas } from '../../shared/api/workbenchApi';
import { DEMO_DEFAULT_ROWS, DEMO_DEFAULT_SCENARIO, DEMO_DEFAULT_SEED } from '../../shared/demo/demoOptions';
import { driftwoodError } from '../../shared/errors/workbenchError';
import { buildOverview, histogramColumns, timelineIsTemporal, timelineUnit } from '../../shared/overview/buildOverview';
import { driftwoodHome } from './appPaths';
import { RecentSources } from './recentSources';
import { resolveSource } from './sourceResolver';
import type { WorkbenchService } from './workbenchService';
import { openWorkspaceFile, saveWorkspaceFile } from './workspaceFiles';

type Handlers = { [M in ApiMethod]: (request: ApiRequest<M>, options: CallOptions) => Promise<ApiResult<M>> };

/**
 * The Service side of the WorkbenchApi: one handler per contract method, used by every door (Electron
 * IPC, the web host). Adapters only validate and translate; the decisions are made here and below.
 */
export function createApiHandlers(service: WorkbenchService, home = driftwoodHome()): Handlers {
  const recent = new RecentSources(path.join(home, 'recent-sources.json'));
  const progress = (options: CallOptions) => (event: { fraction: number; message: string }) =>
    options.onProgress?.({ fraction: event.fraction, message: event.message });
  return {
    async openSource(request, options) {
      const result = await service.inspect(request.path, { roleOverrides: request.roleOverrides, onProgress: progress(options), signal: options.signal });
      recent.add(path.resolve(request.path));
      return result;
    },
    async overview(request, options) {
      const inspect = await service.inspect(request.path, { roleOverrides: request.roleOverrides, onProgress: progress(options), signal: options.signal });
      recent.add(path.resolve(request.path));
      const columns = histogramColumns(inspect);
      const versionColumn = inspect.columns.find((column) => column.role === 'model_version')?.name;
      const unit = timelineUnit(inspect);
      const counts = await service.engine.submit({
        kind: 'source.overview',
        source: resolveSource(request.path),
        columns,
        timeline: inspect.time_range ? { column: inspect.time_range.column, temporal: timelineIsTemporal(inspect), unit, versionColumn } : undefined,
      }, { onProgress: progress(options), signal: options.signal }).result;
      return buildOverview(inspect, counts.columns, counts.histogramRows, counts.timelineRows, timelineIsTemporal(inspect) ? unit : 'value');
    },
    drift(request, options) {
      return service.drift({ ...request, onProgress: progress(options), signal: options.signal });
    },
    async createDemo(request, options) {
      const scenario = request.scenario ?? DEMO_DEFAULT_SCENARIO;
      const rows = request.rows ?? DEMO_DEFAULT_ROWS;
      const outDir = path.join(home, 'demo', `${scenario}-${rows}`);
      const log = path.join(outDir, 'inference_log.parquet');
      if (!fs.existsSync(log)) {
        await service.engine.submit({ kind: 'demo.write', outDir, rows, scenario, seed: DEMO_DEFAULT_SEED, overwrite: true }, { onProgress: progress(options), signal: options.signal }).result;
      }
      return { path: log, scenario, rows };
    },
    async recentSources() {
      return { paths: recent.list() };
    },
    async saveWorkspace(request) {
      return { path: saveWorkspaceFile(request.path, request.workspace) };
    },
    async openWorkspace(request) {
      return openWorkspaceFile(request.path);
    },
  };
}

/**
 * Validates a call where it enters the Service and runs it. Malformed payloads are INVALID_ARGUMENT
 * errors listing what is wrong, never exceptions from deep inside.
 */
export async function dispatchCall(handlers: Handlers, method: unknown, request: unknown, options: CallOptions = {}): Promise<unknown> {
  if (!isApiMethod(method)) {
    throw driftwoodError('INVALID_ARGUMENT', `'${String(method)}' is not a Driftwood API method.`, `Use one of: ${Object.keys(requestSchemas).join(', ')}.`);
  }
  const parsed = requestSchemas[method].safeParse(request ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`).join('; ');
    throw driftwoodError('INVALID_ARGUMENT', `Invalid request for ${method}: ${problems}.`, 'This is a bug in the caller; report it with the request.');
  }
  const handler = handlers[method] as (request: unknown, options: CallOptions) => Promise<unknown>;
  return handler(parsed.data, options);
}
