/**
 * `driftwood demo`: writes a realistic inference log with one known incident (see shared/demo).
 *
 * All rows are generated and encoded inside DuckDB (`COPY (generator) TO file.parquet`); JavaScript
 * only sees row counts, so memory is bounded by DuckDB's own limit at any row count. Files are written
 * into a temporary folder next to the output folder and renamed into place, so a failed or interrupted
 * run leaves no half-written file behind. Existing demo files are never replaced without `overwrite`.
 *
 * Limits: no cancellation token yet (interrupt the connection to stop a run; the temporary folder is
 * removed). Output is byte-identical for the same options on the same DuckDB version.
 */

import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { validateDemoOptions, type DemoOptions } from '../../shared/demo/demoOptions';
import type { DemoGeneratorInput } from '../../shared/demo/generatorParams';
import { buildBlocksCopy, buildInferenceLogCopy, buildLabelsCopy } from '../../shared/demo/generatorSql';
import {
  buildScenarioManifest, DEMO_FILE_NAMES, serializeScenarioManifest, type DemoFileSummary,
} from '../../shared/demo/scenarioManifest';
import { getDemoScenario, type DemoScenarioName } from '../../shared/demo/scenarios';
import type { DemoSqlStatement } from '../../shared/demo/sqlStatement';
import { DemoError } from './demoError';
import { bindDemoStatement } from './demoSqlBinding';
import { applySessionSettings } from './sessionSettings';

export interface DemoFileResult {
  readonly name: string;
  /** Absolute path of the file in its final place. */
  readonly path: string;
  readonly bytes: number;
  /** Rows in a Parquet file; absent for scenario.json. */
  readonly rows?: number;
}

export interface DemoResult {
  /** Absolute output folder. */
  readonly outDir: string;
  readonly scenario: DemoScenarioName;
  readonly seed: number;
  readonly rows: number;
  /** inference_log.parquet, labels.parquet, scenario.json, in that order. */
  readonly files: readonly DemoFileResult[];
}

export type DemoProgress = (fraction: number, message: string) => void;

const DEMO_FILES = [DEMO_FILE_NAMES.inferenceLog, DEMO_FILE_NAMES.labels, DEMO_FILE_NAMES.scenario] as const;
const PROGRESS_POLL_MS = 250;
/**
 * Session settings for the run, restored afterwards. Row order must follow the row number, or the bytes
 * would depend on thread scheduling (DuckDB's default, but a caller may have turned it off). DuckDB only
 * tracks query progress with its progress bar enabled, and only after progress_bar_time; printing is
 * switched off first so nothing reaches the terminal.
 */
const DEMO_SESSION_SETTINGS = [
  ['enable_progress_bar_print', false],
  ['enable_progress_bar', true],
  ['progress_bar_time', 0],
  ['preserve_insertion_order', true],
] as const;

/** Scratch file of block numbers, the generator's parallel source; removed before the files move. */
const BLOCKS_FILE = 'blocks.parquet';

/** Generates the demo log for `options` and writes the three demo files into `options.outDir`. */
export async function writeDemo(connection: DuckDBConnection, options: DemoOptions, onProgress: DemoProgress): Promise<DemoResult> {
  const problems = validateDemoOptions(options);
  if (problems.length > 0) {
    throw new DemoError('invalid_options', `Invalid demo options: ${problems.map((problem) => problem.message).join(' ')}`, problems);
  }
  const scenario = getDemoScenario(options.scenario);
  const outDir = path.resolve(options.outDir);
  const overwrite = options.overwrite === true;
  onProgress(0, `Preparing ${outDir}`);
  await checkOutputFolder(outDir, overwrite);

  const parent = path.dirname(outDir);
  const tempDir = await makeTempFolder(parent, path.basename(outDir));
  let restoreSettings = async (): Promise<void> => {};
  try {
    restoreSettings = await applySessionSettings(connection, DEMO_SESSION_SETTINGS);
    const blocksPath = path.join(tempDir, BLOCKS_FILE);
    await runWithProgress(connection, buildBlocksCopy(options.rows, blocksPath), () => {});
    const input: DemoGeneratorInput = { scenario, rows: options.rows, seed: options.seed, blocksPath };
    const logPath = path.join(tempDir, DEMO_FILE_NAMES.inferenceLog);
    const labelsPath = path.join(tempDir, DEMO_FILE_NAMES.labels);

    await runWithProgress(connection, buildInferenceLogCopy(input, logPath), (share) =>
      onProgress(0.02 + 0.75 * share, `Writing ${DEMO_FILE_NAMES.inferenceLog} (${options.rows} rows, scenario ${scenario.name})`));
    await runWithProgress(connection, buildLabelsCopy(input, labelsPath), (share) =>
      onProgress(0.77 + 0.2 * share, `Writing ${DEMO_FILE_NAMES.labels}`));

    await fs.rm(blocksPath);
    onProgress(0.97, `Writing ${DEMO_FILE_NAMES.scenario}`);
    const parquetFiles: DemoFileSummary[] = [];
    for (const [name, filePath] of [[DEMO_FILE_NAMES.inferenceLog, logPath], [DEMO_FILE_NAMES.labels, labelsPath]] as const) {
      parquetFiles.push({ name, bytes: (await fs.stat(filePath)).size, rows: await parquetRowCount(connection, filePath) });
    }
    const manifestText = serializeScenarioManifest(buildScenarioManifest({ scenario, seed: options.seed, rows: options.rows, files: parquetFiles }));
    await fs.writeFile(path.join(tempDir, DEMO_FILE_NAMES.scenario), manifestText, { flag: 'wx' });

    onProgress(0.99, `Moving files into ${outDir}`);
    await moveIntoPlace(tempDir, outDir, overwrite);
    onProgress(1, `Wrote ${DEMO_FILES.join(', ')} to ${outDir}`);
    return {
      outDir,
      scenario: scenario.name,
      seed: options.seed,
      rows: options.rows,
      files: [
        ...parquetFiles.map((file) => ({ ...file, path: path.join(outDir, file.name) })),
        { name: DEMO_FILE_NAMES.scenario, path: path.join(outDir, DEMO_FILE_NAMES.scenario), bytes: Buffer.byteLength(manifestText) },
      ],
    };
  } finally {
    await restoreSettings();
    await fs.rm(tempDir, { recursive: true, force: true });
  }
}

/** Refuses early, before any work, when the demo files exist and overwriting was not asked for. */
async function checkOutputFolder(outDir: string, overwrite: boolean): Promise<void> {
  const stat = await fs.stat(outDir).catch(() => undefined);
  if (stat === undefined) return;
  if (!stat.isDirectory()) {
    throw new DemoError('output_exists', `${outDir} exists and is not a folder. Choose another --out folder for the demo files.`);
  }
  if (overwrite) return;
  const existing = await existingDemoFiles(outDir);
  if (existing.length > 0) {
    throw new DemoError(
      'output_exists',
      `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${outDir}. `
        + 'Pass --overwrite to replace the demo files, or choose another --out folder.',
    );
  }
}

async function existingDemoFiles(outDir: string): Promise<string[]> {
  const existing: string[] = [];
  for (const name of DEMO_FILES) {
    if (await fs.lstat(path.join(outDir, name)).then(() => true, () => false)) existing.push(name);
  }
  return existing;
}

async function makeTempFolder(parent: string, base: string): Promise<string> {
  try {
    await fs.mkdir(parent, { recursive: true });
    // Same parent as the output folder, so the final rename never crosses a file system.
    const folder = await fs.mkdtemp(path.join(parent, `.${base}.driftwood-demo-`));
    // mkdtemp makes the folder private (0700); it becomes the user's output folder, so give it the usual mode.
    await fs.chmod(folder, 0o777 & ~process.umask());
    return folder;
  } catch (error) {
    throw new DemoError('output_not_writable', `Cannot create a temporary folder in ${parent}: ${String(error)}. Choose an --out folder you can write to.`, [], { cause: error });
  }
}

/**
 * Renames the finished files into outDir. A missing outDir is created by renaming the whole temporary
 * folder (one atomic step); otherwise each file is renamed on its own, each rename atomic.
 */
async function moveIntoPlace(tempDir: string, outDir: string, overwrite: boolean): Promise<void> {
  const outExists = await fs.stat(outDir).then(() => true, () => false);
  if (!outExists) {
    await fs.rename(tempDir, outDir);
    return;
  }
  if (!overwrite) {
    // Checked again: another process may have written the files while the log was generated.
    const existing = await existingDemoFiles(outDir);
    if (existing.length > 0) {
      throw new DemoError('output_exists', `${existing.join(', ')} appeared in ${outDir} while the demo was generated. Pass --overwrite to replace them, or choose another --out folder.`);
    }
  }
  for (const name of DEMO_FILES) {
    await fs.rename(path.join(tempDir, name), path.join(outDir, name));
  }
}

/** Runs one statement, reporting DuckDB's own progress (0..1) while it runs. */
async function runWithProgress(connection: DuckDBConnection, statement: DemoSqlStatement, report: (share: number) => void): Promise<void> {
  const binding = bindDemoStatement(statement);
  let reported = 0;
  report(0);
  const timer = setInterval(() => {
    const percentage = connection.progress.percentage;
    if (percentage > 0) {
      reported = Math.max(reported, Math.min(1, percentage / 100));
      report(reported);
    }
  }, PROGRESS_POLL_MS);
  try {
    await connection.run(statement.sql, binding.values, binding.types);
  } finally {
    clearInterval(timer);
  }
  report(1);
}

/** Row count from the Parquet footer (no scan). */
async function parquetRowCount(connection: DuckDBConnection, filePath: string): Promise<number> {
  const reader = await connection.runAndReadAll('SELECT sum("num_rows")::BIGINT AS "rows" FROM parquet_file_metadata($path)', { path: filePath });
  return Number(reader.getRowObjectsJS()[0]?.rows ?? 0);
}
