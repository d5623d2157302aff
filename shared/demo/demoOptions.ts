/**
 * Options of `driftwood demo` and their validation. The validator reports every problem at once, each
 * naming the option and saying what to do, so the CLI can print them and the Service can return them.
 */

import { DEMO_SCENARIO_NAMES, isDemoScenarioName, type DemoScenarioName } from './scenarios';

export const DEMO_MIN_ROWS = 1_000;
export const DEMO_MAX_ROWS = 200_000_000;
export const DEMO_DEFAULT_ROWS = 1_000_000;
export const DEMO_DEFAULT_SEED = 42;
export const DEMO_DEFAULT_SCENARIO: DemoScenarioName = 'null-spike';

export interface DemoOptions {
  /** Folder that receives inference_log.parquet, labels.parquet and scenario.json (created if missing). */
  readonly outDir: string;
  readonly rows: number;
  readonly scenario: DemoScenarioName;
  /** Non-negative integer; the same seed, rows and scenario give byte-identical files. */
  readonly seed: number;
  /** Replace existing demo files in outDir instead of refusing. */
  readonly overwrite?: boolean;
}

export interface DemoOptionProblem {
  readonly option: 'outDir' | 'rows' | 'scenario' | 'seed' | 'overwrite';
  readonly message: string;
}

/** Every problem with the given options; an empty list means they are valid DemoOptions. */
export function validateDemoOptions(options: { readonly [K in keyof DemoOptions]?: unknown }): DemoOptionProblem[] {
  const problems: DemoOptionProblem[] = [];
  const { outDir, rows, scenario, seed, overwrite } = options;
  if (typeof outDir !== 'string' || outDir.trim() === '') {
    problems.push({ option: 'outDir', message: 'The output folder is missing: pass --out DIR with the folder to write the demo files into.' });
  } else if (outDir.includes('\0')) {
    problems.push({ option: 'outDir', message: 'The output folder contains a NUL character: pass a plain path with --out.' });
  }
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < DEMO_MIN_ROWS || rows > DEMO_MAX_ROWS) {
    problems.push({
      option: 'rows',
      message: `Rows must be a whole number from ${DEMO_MIN_ROWS} to ${DEMO_MAX_ROWS}, got ${describe(rows)}: pass e.g. --rows ${DEMO_DEFAULT_ROWS}.`,
    });
  }
  if (!isDemoScenarioName(scenario)) {
    problems.push({
      option: 'scenario',
      message: `Unknown scenario ${describe(scenario)}. Valid scenarios: ${DEMO_SCENARIO_NAMES.join(', ')}.`,
    });
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
    problems.push({
      option: 'seed',
      message: `Seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${describe(seed)}: pass e.g. --seed ${DEMO_DEFAULT_SEED}.`,
    });
  }
  if (overwrite !== undefined && typeof overwrite !== 'boolean') {
    problems.push({ option: 'overwrite', message: `Overwrite must be true or false, got ${describe(overwrite)}.` });
  }
  return problems;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'nothing';
  return String(value);
}
