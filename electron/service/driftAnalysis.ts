import type { DriftColumnRef, DriftQueryPlan } from '../../shared/drift/driftSql';
import type { DriftResult } from '../../shared/drift/driftResult';
import { type DriftThresholds, defaultAlpha, defaultDriftThresholds, interpretDrift } from '../../shared/drift/interpretDrift';
import { type OverTimeStatistic, type OverTimeUnit, buildOverTimeMatrix, overTimeColumns, overTimeStatistics } from '../../shared/drift/driftOverTime';
import { renderStatementForDisplay } from '../../shared/sql/sqlStatement';
import { DriftwoodError, driftwoodError } from '../../shared/errors/workbenchError';
import type { InspectColumn } from '../../shared/inspect/inspectResult';
import type { Role } from '../../shared/roles/roles';
import type { SourceDescriptor } from '../../shared/sources/source';
import { isBooleanType, isIntegerType, isNumericType, isStringType, isTemporalType } from '../../shared/sql/duckdbTypes';
import { type WindowSpec, describeWindow, parseTimeRange } from '../../shared/windows/windowSpec';
import type { EnginePool, JobProgress } from '../engine/enginePool';
import { resolveSource } from './sourceResolver';
import { sourceColumnsWithRoles } from './sourceRoles';

export interface DriftRequest {
  reference: string;
  /** Defaults to the reference source (windows then split one log). */
  current?: string;
  timeColumn?: string;
  referenceWindow?: string;
  currentWindow?: string;
  whereReference?: string;
  whereCurrent?: string;
  referenceVersion?: string;
  currentVersion?: string;
  columns?: string[];
  bins?: number;
  exact?: boolean;
  alpha?: number;
  thresholds?: Partial<DriftThresholds>;
  importance?: Record<string, number>;
  roleOverrides?: Record<string, string>;
  showSql?: boolean;
  overTime?: OverTimeUnit;
  /** Rows sampled per window for the domain classifier; 0 skips it. */
  multivariateRows?: number;
  overTimeStatistic?: OverTimeStatistic;
  onProgress?: (progress: JobProgress) => void;
  signal?: AbortSignal;
}

/** Windows with more rows than this use fine buckets for numeric columns unless --exact (see driftSql). */
export const EXACT_ROW_LIMIT = 1_000_000;
/** Rows per window for the domain classifier: enough for a stable AUC, about a second of training. */
export const DOMAIN_SAMPLE_ROWS = 5_000;
/**
 * Above EXACT_ROW_LIMIT, numeric columns with more distinct values than this in the first rows are grouped
 * by fine buckets; columns with fewer (counts, small integers, ratios on a grid) stay exact at any size.
 */
export const FINE_BUCKET_MIN_DISTINCT = 2_000;
/** Integers group cheaply by value; they need buckets only with this many distinct values in the first rows. */
export const FINE_BUCKET_MIN_DISTINCT_INTEGER = 50_000;

function needsFineBuckets(column: InspectColumn | undefined): boolean {
  if (!column) return true;
  const distinct = column.distinct ?? Infinity;
  return distinct > (isIntegerType(column.type) ? FINE_BUCKET_MIN_DISTINCT_INTEGER : FINE_BUCKET_MIN_DISTINCT);
}
/** Roles whose columns are compared by default: the model's inputs and outputs, and the slicing dimensions. */
const comparedRoles: ReadonlySet<Role> = new Set<Role>(['feature', 'prediction', 'predicted_class', 'label', 'segment', 'model_version']);

/** `driftwood drift`: reference vs current window, every column, per DESIGN.md §3.1. */
export async function analyseDrift(engine: EnginePool, request: DriftRequest): Promise<DriftResult> {
  const bins = request.bins ?? 10;
  if (!Number.isInteger(bins) || bins < 2 || bins > 1000) {
    throw driftwoodError('INVALID_ARGUMENT', `--bins ${request.bins} is not a bin count between 2 and 1000.`, 'Use e.g. --bins 10 (the default).');
  }
  const alpha = request.alpha ?? defaultAlpha;
  if (!(alpha > 0 && alpha < 1)) throw driftwoodError('INVALID_ARGUMENT', `--alpha ${request.alpha} is not a significance level in (0, 1).`, 'Use e.g. --alpha 0.05.');

  const referenceSource = resolveSource(request.reference);
  const currentSource = request.current ? resolveSource(request.current) : referenceSource;
  const overrides = request.roleOverrides ?? {};
  if (request.timeColumn) overrides[request.timeColumn] = 'timestamp';
  const referenceColumns = await sourceColumnsWithRoles(engine, referenceSource, overrides, { onProgress: request.onProgress, signal: request.signal });
  const currentColumns = currentSource === referenceSource ? referenceColumns
    : await sourceColumnsWithRoles(engine, currentSource, overrides, { onProgress: request.onProgress, signal: request.signal, ignoreOverridesOfMissingColumns: true });

  const reference = await buildWindow(engine, 'reference', referenceSource, referenceColumns, request);
  const current = await buildWindow(engine, 'current', currentSource, currentColumns, request);
  const notes: string[] = [];
  const compared = chooseColumns(referenceColumns, currentColumns, request, [reference, current], notes);
  const prediction = referenceColumns.find((column) => column.role === 'prediction' && isNumericType(column.type));

  const plan: DriftQueryPlan = {
    reference,
    current,
    numeric: compared.filter((column) => column.kind === 'numeric').map((column, index): DriftColumnRef => ({
      name: column.name,
      alias: `n${index}`,
      fine: needsFineBuckets(referenceColumns.find((candidate) => candidate.name === column.name)),
    })),
    categorical: compared.filter((column) => column.kind === 'categorical').map((column, index): DriftColumnRef => ({ name: column.name, alias: `k${index}` })),
    prediction: prediction?.name,
  };
  const aggregates = await engine.submit({
    kind: 'drift.aggregate', plan, bins, exact: Boolean(request.exact), exactRowLimit: EXACT_ROW_LIMIT,
  }, { onProgress: request.onProgress, signal: request.signal }).result;
  const result = interpretDrift({
    aggregates,
    roles: Object.fromEntries(referenceColumns.map((column) => [column.name, column.role])),
    importanceGiven: validateImportance(request.importance ?? {}, compared),
    hasPrediction: prediction !== undefined,
    bins,
    alpha,
    thresholds: { ...defaultDriftThresholds, ...request.thresholds },
    exact: Boolean(request.exact),
    windows: { reference: describeWindow(reference), current: describeWindow(current) },
    showSql: Boolean(request.showSql),
  });
  const multivariateRows = request.multivariateRows ?? DOMAIN_SAMPLE_ROWS;
  if (!Number.isInteger(multivariateRows) || multivariateRows < 0) {
    throw driftwoodError('INVALID_ARGUMENT', `--multivariate-rows ${multivariateRows} is not a row count.`, 'Give a whole number; 0 skips the domain classifier.');
  }
  if (multivariateRows > 0) {
    try {
      const domain = await engine.submit({ kind: 'drift.domainClassifier', plan, rowsPerWindow: multivariateRows, seed: 42 },
        { onProgress: request.onProgress, signal: request.signal }).result;
      result.multivariate = { ...domain.result, sample_rows_per_window: multivariateRows };
      if (result.sql) result.sql.push(...domain.statements.map(renderStatementForDisplay));
    } catch (error) {
      // The multivariate signal needs a few rows per fold; a tiny window still gets its per-column drift.
      if (!(error instanceof DriftwoodError) || error.code !== 'INVALID_ARGUMENT') throw error;
      result.notes.push(`The multivariate signal was not computed: ${error.message}`);
    }
  }
  if (request.overTime) {
    const timeColumn = request.timeColumn ?? currentColumns.find((column) => column.role === 'timestamp')?.name;
    const timeType = currentColumns.find((column) => column.name === timeColumn)?.type;
    if (!timeColumn || !timeType) {
      throw driftwoodError('INVALID_ARGUMENT', `--over-time needs a time column, and none was found in ${currentSource.input}.`, 'Name it with --time-column C.');
    }
    const statistic = request.overTimeStatistic ?? 'psi';
    if (!overTimeStatistics.includes(statistic)) {
      throw driftwoodError('INVALID_ARGUMENT', `--over-time-statistic '${statistic}' is not available over time.`, `Use one of: ${overTimeStatistics.join(', ')}.`);
    }
    const columns = overTimeColumns(aggregates);
    const counts = await engine.submit({
      kind: 'drift.overTime', current, timeColumn, timeIsTemporal: isTemporalType(timeType), unit: request.overTime, columns,
    }, { onProgress: request.onProgress, signal: request.signal }).result;
    result.over_time = buildOverTimeMatrix(aggregates, columns, counts.rows, request.overTime, statistic, timeColumn);
    if (result.sql) result.sql.push(...counts.statements.map(renderStatementForDisplay));
  }
  result.notes.push(...notes);
  if (!prediction) result.notes.push('No numeric prediction column: importance is not estimated, every column weighs the same in severity.');
  return result;
}

async function buildWindow(
  engine: EnginePool, name: 'reference' | 'current', source: SourceDescriptor, columns: InspectColumn[], request: DriftRequest,
): Promise<WindowSpec> {
  const window: WindowSpec = { name, source };
  const range = name === 'reference' ? request.referenceWindow : request.currentWindow;
  if (range) {
    const flag = `--${name}-window`;
    const timeColumn = request.timeColumn ?? columns.find((column) => column.role === 'timestamp')?.name;
    if (!timeColumn) {
      throw driftwoodError('INVALID_ARGUMENT', `${flag} needs a time column, and none was found in ${source.input}.`, 'Name it with --time-column C.');
    }
    requireColumn(columns, timeColumn, source, '--time-column');
    window.time = { column: timeColumn, ...parseTimeRange(range, flag) };
  }
  const version = name === 'reference' ? request.referenceVersion : request.currentVersion;
  if (version !== undefined) {
    const versionColumn = columns.find((column) => column.role === 'model_version')?.name;
    if (!versionColumn) {
      throw driftwoodError('INVALID_ARGUMENT', `--${name}-version needs a model_version column, and none was found in ${source.input}.`,
        'Mark it with --role COLUMN=model_version.');
    }
    window.version = { column: versionColumn, value: version };
  }
  const where = name === 'reference' ? request.whereReference : request.whereCurrent;
  if (where !== undefined) {
    await engine.submit({ kind: 'filter.check', expression: where, flag: `--where-${name}`, source }, { signal: request.signal }).result;
    window.where = where;
  }
  return window;
}

function requireColumn(columns: InspectColumn[], name: string, source: SourceDescriptor, flag: string): void {
  if (!columns.some((column) => column.name === name)) {
    throw driftwoodError('UNKNOWN_COLUMN', `${flag} '${name}' is not a column of ${source.input}.`,
      `Use one of: ${columns.slice(0, 30).map((column) => column.name).join(', ')}.`);
  }
}

interface ComparedColumn {
  name: string;
  kind: 'numeric' | 'categorical';
}

/** Column kind per §3.1: numeric types → numeric, strings and booleans → categorical; others are not compared. */
function driftKind(column: InspectColumn): 'numeric' | 'categorical' | undefined {
  if (isNumericType(column.type)) return column.role === 'predicted_class' || column.role === 'segment' || column.role === 'model_version' ? 'categorical' : 'numeric';
  if (isBooleanType(column.type) || isStringType(column.type)) return 'categorical';
  return undefined;
}

function chooseColumns(
  referenceColumns: InspectColumn[], currentColumns: InspectColumn[], request: DriftRequest, windows: WindowSpec[], notes: string[],
): ComparedColumn[] {
  const inCurrent = new Map(currentColumns.map((column) => [column.name, column]));
  const windowColumns = new Set(windows.flatMap((window) => [window.time?.column, window.version?.column]).filter((name): name is string => Boolean(name)));
  if (request.columns && request.columns.length > 0) {
    return request.columns.map((name) => {
      const column = referenceColumns.find((candidate) => candidate.name === name);
      if (!column || !inCurrent.has(name)) {
        const missingFrom = column ? 'the current source' : 'the reference source';
        throw driftwoodError('UNKNOWN_COLUMN', `--columns names '${name}', which is not in ${missingFrom}.`,
          `Use columns present in both windows, e.g.: ${referenceColumns.filter((candidate) => inCurrent.has(candidate.name)).slice(0, 20).map((candidate) => candidate.name).join(', ')}.`);
      }
      const kind = driftKind(column);
      if (!kind) throw driftwoodError('INVALID_ARGUMENT', `Column '${name}' has type ${column.type}, which drift does not compare.`, 'Compare numeric, text or boolean columns.');
      return { name, kind };
    });
  }
  const chosen: ComparedColumn[] = [];
  for (const column of referenceColumns) {
    if (windowColumns.has(column.name)) continue;
    const inCurrentColumn = inCurrent.get(column.name);
    // A column that is all NULL where roles were inferred is 'ignore' there; if it holds values in the
    // current source, that change is exactly what drift must show (missingness −100%).
    const allNullInReferenceOnly = column.role === 'ignore' && column.null_rate === 1
      && inCurrentColumn !== undefined && comparedRoles.has(inCurrentColumn.role);
    if (!comparedRoles.has(column.role) && !allNullInReferenceOnly) {
      if (column.role === 'ignore' && column.null_rate === 1) {
        notes.push(`Column '${column.name}' holds no values in the first rows of both sources; it was not compared.`);
      }
      continue;
    }
    if (!inCurrent.has(column.name)) {
      notes.push(`Column '${column.name}' is in the reference source but not in the current one (schema change); it was not compared.`);
      continue;
    }
    const kind = driftKind(column);
    if (!kind || column.kind === 'text' || column.kind === 'embedding') {
      notes.push(`Column '${column.name}' (${column.kind}, ${column.type}) was not compared: drift of ${column.kind} columns is not computed yet.`);
      continue;
    }
    chosen.push({ name: column.name, kind });
  }
  for (const column of currentColumns) {
    if (!referenceColumns.some((candidate) => candidate.name === column.name)) {
      notes.push(`Column '${column.name}' is new in the current source (schema change); it was not compared.`);
    }
  }
  if (chosen.length === 0) {
    throw driftwoodError('INVALID_ARGUMENT', 'No column to compare: no feature, prediction, label or segment column is present in both windows.',
      'Name the columns with --columns a,b or set roles with --role C=feature.');
  }
  return chosen;
}

function validateImportance(importance: Record<string, number>, compared: ComparedColumn[]): Record<string, number> {
  for (const [name, weight] of Object.entries(importance)) {
    if (!compared.some((column) => column.name === name)) {
      throw driftwoodError('UNKNOWN_COLUMN', `--importance names '${name}', which is not a compared column.`, `Use one of: ${compared.map((column) => column.name).join(', ')}.`);
    }
    if (!(weight >= 0 && weight <= 1)) throw driftwoodError('INVALID_ARGUMENT', `--importance ${name}=${weight} is not a weight in [0, 1].`, 'Give weights between 0 and 1.');
  }
  return importance;
}
