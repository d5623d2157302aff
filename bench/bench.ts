/**
 * `npm run bench -- [inspect] [--rows N] [--metadata-rows N]`
 *
 * Generates the bench logs once (cached under the OS temp folder), then runs each command as a whole
 * process and prints wall time and peak RSS beside a baseline measured in the same run. Figures are
 * ratios against that baseline, since this machine is noisy; nothing here is asserted in tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { renderTextTable } from '../shared/format/textTable';
import { type Measurement, measureCommand } from './processMeter';

interface BenchOptions {
  suites: string[];
  rows: number;
  metadataRows: number;
}

const repo = path.resolve(__dirname, '..', '..');
const cli = path.join(repo, 'bin', 'driftwood.js');

function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { suites: [], rows: 10_000_000, metadataRows: 100_000_000 };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--rows') options.rows = Number(argv[++index]);
    else if (argument === '--metadata-rows') options.metadataRows = Number(argv[++index]);
    else options.suites.push(argument);
  }
  if (options.suites.length === 0) options.suites = ['inspect'];
  return options;
}

function cacheDir(name: string): string {
  return path.join(os.tmpdir(), 'driftwood-bench', name);
}

/** The demo log of `rows` rows, written by `driftwood demo` once and reused by later runs. */
async function ensureDemoLog(rows: number): Promise<string> {
  const dir = cacheDir(`demo-${rows}`);
  const log = path.join(dir, 'inference_log.parquet');
  if (fs.existsSync(log)) return log;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  process.stderr.write(`bench: generating a ${rows.toLocaleString('en-US')}-row demo log in ${dir} (once)…\n`);
  const run = await measureCommand('demo', process.execPath, [cli, 'demo', '--rows', String(rows), '--out', dir, '--quiet', '--format', 'json']);
  if (run.exitCode !== 0) throw new Error(`driftwood demo failed: ${run.stderrTail}`);
  process.stderr.write(`bench: demo log written in ${run.wallSeconds.toFixed(1)} s\n`);
  return log;
}

/** A narrow Parquet file with `rows` rows, for the metadata path of inspect (schema + row count, no scan). */
async function ensureNarrowLog(rows: number): Promise<string> {
  const file = path.join(cacheDir(`narrow-${rows}`), 'narrow.parquet');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  process.stderr.write(`bench: writing a ${rows.toLocaleString('en-US')}-row Parquet file (once)…\n`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const temporary = `${file}.tmp`;
  await connection.run(`COPY (SELECT range AS id, range % 97 AS bucket, (hash(range) % 100000) / 100.0 AS amount FROM range(${Math.trunc(rows)}))
    TO '${temporary.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
  connection.closeSync();
  instance.closeSync();
  fs.renameSync(temporary, file);
  return file;
}

function report(title: string, baseline: Measurement, others: readonly Measurement[]): void {
  const rows = [baseline, ...others].map((measurement) => [
    measurement.label,
    measurement.wallSeconds.toFixed(2),
    (measurement.wallSeconds / baseline.wallSeconds).toFixed(2),
    measurement.peakRssMb.toFixed(0),
    (measurement.peakRssMb / baseline.peakRssMb).toFixed(2),
    measurement.exitCode === 0 ? 'ok' : `exit ${measurement.exitCode}`,
  ]);
  process.stdout.write(`\n${title}\n${renderTextTable([
    { header: 'command' }, { header: 'wall s', align: 'right' }, { header: '× baseline', align: 'right' },
    { header: 'peak RSS MB', align: 'right' }, { header: '× baseline', align: 'right' }, { header: 'status' },
  ], rows)}\n`);
}

async function benchInspect(options: BenchOptions): Promise<void> {
  const log = await ensureDemoLog(options.rows);
  const baseline = await measureCommand('baseline: native DuckDB count(*) + SUMMARIZE', process.execPath,
    [path.join(__dirname, 'baselines', 'duckdbSummarize.js'), log]);
  const full = await measureCommand('driftwood inspect (full stats)', process.execPath, [cli, 'inspect', log, '--format', 'json', '--quiet']);
  const schemaOnly = await measureCommand('driftwood inspect --schema-only', process.execPath, [cli, 'inspect', log, '--schema-only', '--format', 'json', '--quiet']);
  report(`inspect on ${options.rows.toLocaleString('en-US')} rows (${(fs.statSync(log).size / 1e6).toFixed(0)} MB): ${log}`, baseline, [full, schemaOnly]);

  const narrow = await ensureNarrowLog(options.metadataRows);
  const metadataBaseline = await measureCommand('baseline: node startup only', process.execPath, ['-e', '0']);
  const metadata = await measureCommand('driftwood inspect --schema-only', process.execPath, [cli, 'inspect', narrow, '--schema-only', '--format', 'json', '--quiet']);
  report(`inspect metadata path on ${options.metadataRows.toLocaleString('en-US')} rows: ${narrow}`, metadataBaseline, [metadata]);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const suites: Record<string, (o: BenchOptions) => Promise<void>> = { inspect: benchInspect };
  for (const suite of options.suites) {
    const run = suites[suite];
    if (!run) throw new Error(`Unknown bench '${suite}'. Use one of: ${Object.keys(suites).join(', ')}.`);
    await run(options);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
