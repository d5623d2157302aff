import { DemoError } from '../../demo/demoError';
import { writeDemo } from '../../demo/writeDemo';
import { driftwoodError } from '../../../shared/errors/workbenchError';
import type { DemoScenarioName } from '../../../shared/demo/scenarios';
import type { JobRequest, JobResult } from '../jobProtocol';
import type { JsonValue } from '../valueConversion';
import type { JobContext } from './jobContext';

/** `driftwood demo` inside an engine worker: the generator runs on the worker's DuckDB connection. */
export async function runDemoJob(request: JobRequest<'demo.write'>, context: JobContext): Promise<JobResult<'demo.write'>> {
  try {
    const result = await writeDemo(context.session.connection, {
      outDir: request.outDir,
      rows: request.rows,
      scenario: request.scenario as DemoScenarioName,
      seed: request.seed,
      overwrite: request.overwrite,
    }, (fraction, message) => context.reportProgress(fraction, message));
    return JSON.parse(JSON.stringify(result)) as JsonValue;
  } catch (error) {
    if (error instanceof DemoError) {
      throw driftwoodError(error.code === 'output_exists' ? 'OUTPUT_EXISTS' : 'INVALID_ARGUMENT', error.message);
    }
    context.session.throwIfCancelled();
    throw error;
  }
}
