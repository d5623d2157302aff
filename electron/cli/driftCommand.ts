import type { Command } from 'commander';
import { renderDriftTable } from '../../shared/drift/driftTable';
import type { DriftThresholds } from '../../shared/drift/interpretDrift';
import type { OverTimeStatistic, OverTimeUnit } from '../../shared/drift/driftOverTime';
import { driftwoodError } from '../../shared/errors/workbenchError';
import type { WorkbenchService } from '../service/workbenchService';
import { emit, parseFormat } from './output';
import { createProgressReporter } from './progressReporter';
import { type RoleFlags, collectRepeatable, roleOverridesFrom } from './roleOptions';

interface DriftFlags extends RoleFlags {
  format?: string;
  out?: string;
  quiet?: boolean;
  reference: string;
  current?: string;
  referenceWindow?: string;
  currentWindow?: string;
  whereReference?: string;
  whereCurrent?: string;
  referenceVersion?: string;
  currentVersion?: string;
  columns?: string;
  bins?: string;
  exact?: boolean;
  alpha?: string;
  threshold?: string[];
  importance?: string[];
  showSql?: boolean;
  overTime?: string;
  overTimeStatistic?: string;
  multivariateRows?: string;
}

const thresholdIds: ReadonlyArray<keyof DriftThresholds> = ['wasserstein_norm', 'psi', 'jensen_shannon', 'missing'];

/** `driftwood drift` (DESIGN.md §5): schema driftwood.drift/v1. */
export function registerDriftCommand(command: Command, service: () => WorkbenchService): void {
  command
    .description('compare a reference and a current window column by column (schema driftwood.drift/v1)')
    .requiredOption('--reference <src>', 'the reference source (file, glob or folder)')
    .option('--current <src>', 'the current source (default: the reference source, split by windows)')
    .option('--reference-window <A..B>', 'reference time range, half-open [A, B)')
    .option('--current-window <C..D>', 'current time range, half-open [C, D)')
    .option('--where-reference <expr>', 'a boolean SQL expression selecting reference rows')
    .option('--where-current <expr>', 'a boolean SQL expression selecting current rows')
    .option('--reference-version <v>', 'reference rows: this model_version')
    .option('--current-version <v>', 'current rows: this model_version')
    .option('--columns <a,b>', 'compare only these columns')
    .option('--bins <n>', 'reference quantile bins for numeric columns', '10')
    .option('--exact', 'compute numeric statistics on raw values even above 1M rows per window')
    .option('--alpha <a>', 'significance level after Benjamini–Hochberg', '0.05')
    .option('--threshold <stat=value>', `effect-size threshold override (repeatable): ${thresholdIds.join(', ')}`, collectRepeatable)
    .option('--importance <column=weight>', 'column importance in [0, 1] (repeatable); default: estimated from the prediction', collectRepeatable)
    .option('--show-sql', 'include every statement that produced a number')
    .option('--multivariate-rows <n>', 'rows sampled per window for the domain classifier (0 skips it)', '5000')
    .option('--over-time <unit>', 'also compare each day or hour of the current window with the reference (column × bucket matrix)')
    .option('--over-time-statistic <id>', 'statistic of the over-time matrix: psi, jensen_shannon, hellinger, missing', 'psi')
    .action(async (flags: DriftFlags) => {
      const format = parseFormat(flags.format, Boolean(process.stdout.isTTY));
      const progress = createProgressReporter('drift', { quiet: Boolean(flags.quiet) });
      const result = await service().drift({
        reference: flags.reference,
        current: flags.current,
        timeColumn: flags.timeColumn,
        referenceWindow: flags.referenceWindow,
        currentWindow: flags.currentWindow,
        whereReference: flags.whereReference,
        whereCurrent: flags.whereCurrent,
        referenceVersion: flags.referenceVersion,
        currentVersion: flags.currentVersion,
        columns: flags.columns?.split(',').map((name) => name.trim()).filter(Boolean),
        bins: parseNumber('--bins', flags.bins ?? '10'),
        exact: Boolean(flags.exact),
        alpha: parseNumber('--alpha', flags.alpha ?? '0.05'),
        thresholds: parseThresholds(flags.threshold ?? []),
        importance: parsePairs('--importance', flags.importance ?? []),
        roleOverrides: roleOverridesFrom(flags),
        showSql: Boolean(flags.showSql),
        overTime: parseOverTime(flags.overTime),
        overTimeStatistic: flags.overTimeStatistic as OverTimeStatistic | undefined,
        multivariateRows: parseNumber('--multivariate-rows', flags.multivariateRows ?? '5000'),
        onProgress: progress.report,
      });
      progress.done();
      emit(result, format, () => renderDriftTable(result), flags.out);
    });
}

function parseNumber(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw driftwoodError('INVALID_ARGUMENT', `${flag} '${text}' is not a number.`, `Give ${flag} a number.`);
  return value;
}

function parsePairs(flag: string, entries: string[]): Record<string, number> {
  const pairs: Record<string, number> = {};
  for (const entry of entries) {
    const separator = entry.lastIndexOf('=');
    if (separator <= 0) throw driftwoodError('INVALID_ARGUMENT', `${flag} '${entry}' is not NAME=NUMBER.`, `Write it as ${flag} amount=0.5.`);
    pairs[entry.slice(0, separator)] = parseNumber(flag, entry.slice(separator + 1));
  }
  return pairs;
}

function parseThresholds(entries: string[]): Partial<DriftThresholds> {
  const pairs = parsePairs('--threshold', entries);
  for (const [name, value] of Object.entries(pairs)) {
    if (!(thresholdIds as readonly string[]).includes(name)) {
      throw driftwoodError('INVALID_ARGUMENT', `--threshold '${name}' is not a thresholded statistic.`, `Use one of: ${thresholdIds.join(', ')}.`);
    }
    if (!(value > 0)) throw driftwoodError('INVALID_ARGUMENT', `--threshold ${name}=${value} must be above 0.`, 'Give a positive effect size.');
  }
  return pairs as Partial<DriftThresholds>;
}

function parseOverTime(value: string | undefined): OverTimeUnit | undefined {
  if (value === undefined) return undefined;
  if (value === 'day' || value === 'hour') return value;
  throw driftwoodError('INVALID_ARGUMENT', `--over-time '${value}' is not a bucket size.`, 'Use --over-time day or --over-time hour.');
}
