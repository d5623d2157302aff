import type { Command } from 'commander';
import { DEMO_DEFAULT_ROWS, DEMO_DEFAULT_SCENARIO, DEMO_DEFAULT_SEED } from '../../shared/demo/demoOptions';
import { DEMO_SCENARIO_NAMES } from '../../shared/demo/scenarios';
import { driftwoodError } from '../../shared/errors/workbenchError';
import type { WorkbenchService } from '../service/workbenchService';
import { emit, parseFormat } from './output';
import { createProgressReporter } from './progressReporter';

interface DemoFlags {
  format?: string;
  out?: string;
  quiet?: boolean;
  dir: string;
  rows: string;
  scenario: string;
  seed: string;
  overwrite?: boolean;
}

/**
 * `driftwood demo`: writes a realistic log with a known incident. Here --out names the output FOLDER
 * (DESIGN.md §5), so the summary goes to stdout.
 */
export function registerDemoCommand(command: Command, service: () => WorkbenchService): void {
  command
    .description('write a realistic inference log with a known incident (Parquet + labels + scenario.json)')
    .option('--rows <n>', 'number of rows', String(DEMO_DEFAULT_ROWS))
    .option('--scenario <name>', `incident to inject: ${DEMO_SCENARIO_NAMES.join(', ')}`, DEMO_DEFAULT_SCENARIO)
    .option('--seed <n>', 'random seed (same seed, same bytes)', String(DEMO_DEFAULT_SEED))
    .option('--overwrite', 'replace files already in the output folder')
    .action(async (flags: Omit<DemoFlags, 'dir'>) => {
      const format = parseFormat(flags.format, Boolean(process.stdout.isTTY));
      const outDir = flags.out ?? 'driftwood-demo';
      const rows = parseInteger('--rows', flags.rows);
      const seed = parseInteger('--seed', flags.seed);
      const progress = createProgressReporter('demo', { quiet: Boolean(flags.quiet) });
      const result = await service().writeDemo(
        { outDir, rows, scenario: flags.scenario, seed, overwrite: Boolean(flags.overwrite) }, progress.report);
      progress.done();
      emit(result, format, () => renderDemoSummary(result as unknown as DemoSummary));
    });
}

function parseInteger(flag: string, value: string): number {
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed)) throw driftwoodError('INVALID_ARGUMENT', `${flag} '${value}' is not a whole number.`, `Give ${flag} as digits, e.g. ${flag} 100000.`);
  return parsed;
}

interface DemoSummary {
  outDir: string;
  scenario: string;
  seed: number;
  rows: number;
  files: Array<{ name: string; path: string; bytes: number; rows?: number }>;
}

/** What a person needs after `driftwood demo`: where the files are and what to run next. */
function renderDemoSummary(result: DemoSummary): string {
  const files = result.files.map((file) => `  ${file.name.padEnd(22)} ${(file.bytes / 1e6).toFixed(1).padStart(7)} MB${file.rows === undefined ? '' : `  ${file.rows.toLocaleString('en-US')} rows`}`);
  const log = result.files.find((file) => file.name === 'inference_log.parquet')?.path ?? result.outDir;
  return [
    `Wrote the '${result.scenario}' demo (seed ${result.seed}) to ${result.outDir}:`,
    ...files,
    '',
    'The injected incident (what, where, when) is described in scenario.json. Next:',
    `  driftwood inspect ${log}`,
  ].join('\n');
}
