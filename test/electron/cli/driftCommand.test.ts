import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DriftFeature, DriftResult, ReportedStatistic } from '../../../shared/drift/driftResult';
import { queryOracle, runOracleStatements } from '../../helpers/oracleDuckDb';
import { type CliRun, runCli, runCliJson } from '../../helpers/runCli';
import { fixturePath, makeTempDir } from '../../helpers/testPaths';

/*
 * `driftwood drift` end to end (DESIGN.md §3.1, §5), checked against numpy/scipy:
 * test/fixtures/oracle/drift_{employment,california,synthetic}.json are written by
 * `python3 scripts/oracle/drift_fixtures.py` (which runs scripts/oracle/drift_export.js first) from the
 * same data, with every statistic computed on the raw values exactly as §3.1 defines it.
 */

const scratch = makeTempDir('driftwood-drift-test-');
after(() => scratch.cleanup());

const datasets = (name: string) => fixturePath('datasets', name);
const employmentReference = datasets('nannyml_employment_MA_reference.pq');
const employmentAnalysis = datasets('nannyml_employment_MA_analysis.pq');
const california = datasets('nannyml_california_housing_reference.csv');
const californiaWindows = ['--time-column', 'timestamp', '--reference-window', '2020-10-01..2021-01-01', '--current-window', '2021-01-01..2021-06-01'];
const syntheticDir = fixturePath('oracle', 'drift_synthetic');

// ------------------------------------------------------------------------------------------ the oracle
interface OracleStatistic {
  value: number;
  p_value?: number;
  p_value_adjusted?: number;
}

interface OracleFeature {
  kind: 'numeric' | 'categorical';
  counts: DriftFeature['counts'];
  stats: Record<string, OracleStatistic>;
  bins:
    | { method: 'quantile'; edges: number[]; reference: number[]; current: number[] }
    | { method: 'value'; values: number[]; reference: number[]; current: number[] }
    | { method: 'category'; values: string[]; reference: number[]; current: number[] }
    | null;
  quantiles?: Record<'p1' | 'p50' | 'p99', { reference: number | null; current: number | null }>;
  categories?: {
    new: string[]; vanished: string[]; new_share_current: number; vanished_share_reference: number; distinct_reference: number; distinct_current: number;
  };
  drift: { by_distribution: boolean; by_missing: boolean; detected: boolean };
}

interface OracleCase {
  case: string;
  rows: { reference: number; current: number };
  not_compared: Record<string, string>;
  features: Record<string, OracleFeature>;
  /** California only: --bins 7, and BH over a --columns subset. */
  variants: Record<string, Record<string, {
    bins?: Extract<OracleFeature['bins'], { method: 'quantile' | 'value' }>;
    psi?: number; jensen_shannon?: number; hellinger?: number;
    test_p_value_adjusted?: number; missing_p_value_adjusted?: number;
  }>>;
}

function loadOracle(name: 'employment' | 'california' | 'synthetic'): OracleCase {
  return JSON.parse(fs.readFileSync(fixturePath('oracle', `drift_${name}.json`), 'utf8')) as OracleCase;
}

// ------------------------------------------------------------------------------ tolerances, deviations
/** Statistics: 1e-6 absolute or 1e-9 relative; p-values: 1e-4 absolute. */
const STAT_ABS = 1e-6;
const STAT_REL = 1e-9;
const P_ABS = 1e-4;

/** Largest deviations seen per statistic, absolute and relative (reported by the last test). */
const deviations = new Map<string, { abs: number; absWhere: string; rel: number; relWhere: string }>();

function record(key: string, actual: number, expected: number, where: string): void {
  const abs = Math.abs(actual - expected);
  const rel = abs === 0 ? 0 : expected === 0 ? Infinity : abs / Math.abs(expected);
  const seen = deviations.get(key) ?? { abs: -1, absWhere: '', rel: -1, relWhere: '' };
  if (abs > seen.abs) Object.assign(seen, { abs, absWhere: where });
  if (rel > seen.rel) Object.assign(seen, { rel, relWhere: where });
  deviations.set(key, seen);
}

function closeStatistic(actual: number | null | undefined, expected: number | null | undefined, key: string, where: string): void {
  if (expected === null || expected === undefined) {
    assert.ok(actual === null || actual === undefined, `${where}: expected no value, got ${actual}`);
    return;
  }
  assert.equal(typeof actual, 'number', `${where}: expected ${expected}, got ${actual}`);
  record(key, actual as number, expected, where);
  const abs = Math.abs((actual as number) - expected);
  assert.ok(abs <= STAT_ABS || abs <= STAT_REL * Math.abs(expected),
    `${where}: app ${actual}, scipy ${expected} (|Δ| ${abs.toExponential(3)} > 1e-6 abs and 1e-9 rel)`);
}

function closePValue(actual: number | undefined, expected: number | undefined, key: string, where: string): void {
  if (expected === undefined || expected === null) {
    assert.equal(actual, undefined, `${where}: expected no p-value, got ${actual}`);
    return;
  }
  assert.equal(typeof actual, 'number', `${where}: expected p ${expected}, got ${actual}`);
  record(key, actual as number, expected, where);
  const abs = Math.abs((actual as number) - expected);
  assert.ok(abs <= P_ABS, `${where}: app p ${actual}, scipy p ${expected} (|Δ| ${abs.toExponential(3)} > 1e-4)`);
}

// --------------------------------------------------------------------------------------- the comparison
function feature(result: DriftResult, name: string): DriftFeature {
  const found = result.features.find((candidate) => candidate.name === name);
  assert.ok(found, `column ${name} missing from ${result.features.map((f) => f.name).join(', ')}`);
  return found;
}

/**
 * Every figure of every compared column against the scipy fixture. `separately` names oracle columns
 * checked by a test of their own (left out here so that one finding does not hide the others).
 */
function assertMatchesOracle(result: DriftResult, oracle: OracleCase, separately: readonly string[] = []): void {
  const label = oracle.case;
  assert.equal(result.schema, 'driftwood.drift/v1');
  assert.equal(result.params.exact, true, `${label}: small windows are computed exactly`);
  assert.equal(result.params.bins, 10);
  assert.deepEqual({ reference: result.reference.rows, current: result.current.rows }, oracle.rows, `${label}: window rows`);
  const appKinds = Object.fromEntries(result.features.map((f) => [f.name, f.kind]));
  const oracleKinds = Object.fromEntries(Object.entries(oracle.features).filter(([name]) => !separately.includes(name)).map(([name, f]) => [name, f.kind]));
  for (const name of separately) delete appKinds[name];
  assert.deepEqual(appKinds, oracleKinds, `${label}: the compared columns and their kinds`);
  for (const name of Object.keys(oracle.not_compared)) {
    assert.ok(!(name in appKinds), `${label}: ${name} (${oracle.not_compared[name]}) must not be compared`);
  }

  for (const [name, expected] of Object.entries(oracle.features)) {
    if (separately.includes(name)) continue;
    assertFeatureMatches(feature(result, name), expected, label, name);
  }
}

function assertFeatureMatches(actual: DriftFeature, expected: OracleFeature, label: string, name: string): void {
  const where = (what: string) => `${label}/${name}: ${what}`;
  assert.deepEqual(actual.counts, expected.counts, where('counts'));
  assert.deepEqual(Object.keys(actual.stats).sort(), Object.keys(expected.stats).sort(), where('statistics reported'));
  for (const [id, stat] of Object.entries(expected.stats)) {
    const got = actual.stats[id as keyof DriftFeature['stats']] as ReportedStatistic;
    assert.equal(got.approximate, undefined, where(`${id} is exact`));
    closeStatistic(got.value, stat.value, id, where(id));
    closePValue(got.p_value, stat.p_value, `${id}.p_value`, where(`${id} p_value`));
    closePValue(got.p_value_adjusted, stat.p_value_adjusted, `${id}.p_value_adjusted`, where(`${id} p_value_adjusted`));
  }
  assertBins(actual, expected, where);
  if (expected.kind === 'numeric') {
    for (const level of ['p1', 'p50', 'p99'] as const) {
      for (const window of ['reference', 'current'] as const) {
        closeStatistic(actual.quantiles?.[level][window], expected.quantiles?.[level][window], 'quantiles', where(`${level} ${window}`));
      }
    }
  } else {
    const categories = actual.categories;
    assert.ok(categories, where('categories'));
    const oracleCategories = expected.categories!;
    assert.deepEqual([...categories.new].sort(), oracleCategories.new, where('new categories'));
    assert.deepEqual([...categories.vanished].sort(), oracleCategories.vanished, where('vanished categories'));
    assert.equal(categories.distinct_reference, oracleCategories.distinct_reference, where('distinct reference'));
    assert.equal(categories.distinct_current, oracleCategories.distinct_current, where('distinct current'));
    closeStatistic(categories.new_share_current, oracleCategories.new_share_current, 'category shares', where('new share'));
    closeStatistic(categories.vanished_share_reference, oracleCategories.vanished_share_reference, 'category shares', where('vanished share'));
  }
  assert.equal(actual.drift.detected, expected.drift.detected,
    where(`detected (oracle: by distribution ${expected.drift.by_distribution}, by missingness ${expected.drift.by_missing}); app says: ${actual.drift.reason}`));
  assert.ok(actual.drift.severity >= 0 && actual.drift.severity <= 1, where('severity in [0, 1]'));
  assert.ok(actual.drift.reason.length > 0, where('reason'));
}

function assertBins(actual: DriftFeature, expected: OracleFeature, where: (what: string) => string): void {
  const bins = expected.bins;
  if (bins === null) return; // a window without values: no binned statistic (checked by the statistic keys)
  assert.equal(actual.bins.method, bins.method, where('bin method'));
  if (bins.method === 'quantile') {
    assert.equal(actual.bins.edges?.length, bins.edges.length, where(`edges ${actual.bins.edges} vs ${bins.edges}`));
    bins.edges.forEach((edge, index) => closeStatistic(actual.bins.edges![index], edge, 'bin edges', where(`edge ${index}`)));
    assert.equal(actual.bins.labels.length, bins.edges.length + 1, where('one label per bin'));
    assert.deepEqual(actual.bins.reference, bins.reference, where('reference bin counts'));
    assert.deepEqual(actual.bins.current, bins.current, where('current bin counts'));
  } else if (bins.method === 'value') {
    const value = (x: number) => x + 0; // -0 and 0 are one value (one bin) on both sides
    assert.deepEqual(actual.bins.labels.map((text) => value(Number(text))), bins.values.map(value), where('value bins'));
    assert.deepEqual(actual.bins.reference, bins.reference, where('reference bin counts'));
    assert.deepEqual(actual.bins.current, bins.current, where('current bin counts'));
  } else {
    assert.equal(actual.bins.truncated, undefined, where('all categories listed'));
    const byLabel = (labels: string[], reference: number[], current: number[]) =>
      Object.fromEntries(labels.map((value, index) => [value, [reference[index], current[index]]]));
    assert.deepEqual(byLabel(actual.bins.labels, actual.bins.reference, actual.bins.current), byLabel(bins.values, bins.reference, bins.current),
      where('category counts'));
  }
}

/** Two drift results over the same rows (e.g. windows vs filters): same figures, up to summation order. */
function assertSameFigures(actual: DriftResult, expected: DriftResult, label: string): void {
  assert.deepEqual({ reference: actual.reference.rows, current: actual.current.rows }, { reference: expected.reference.rows, current: expected.current.rows }, label);
  assert.deepEqual(actual.features.map((f) => f.name).sort(), expected.features.map((f) => f.name).sort(), `${label}: columns`);
  const same = (a: unknown, b: unknown, where: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      assert.ok(a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)), `${where}: ${a} vs ${b}`);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      assert.equal(a.length, b.length, where);
      a.forEach((item, index) => same(item, b[index], `${where}[${index}]`));
    } else if (a && b && typeof a === 'object' && typeof b === 'object') {
      assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort(), where);
      for (const key of Object.keys(a)) same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${where}.${key}`);
    } else {
      assert.equal(a, b, where);
    }
  };
  for (const f of expected.features) {
    const { drift, ...figures } = f;
    const other = feature(actual, f.name);
    const { drift: otherDrift, ...otherFigures } = other;
    same(otherFigures, figures, `${label}/${f.name}`);
    assert.equal(otherDrift.detected, drift.detected, `${label}/${f.name}: detected`);
    assert.ok(Math.abs(otherDrift.severity - drift.severity) <= 1e-4, `${label}/${f.name}: severity`);
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function assertOneLineError(run: CliRun, pattern: RegExp, what: string): void {
  assert.equal(run.code, 2, `${what}: exit code 2 expected, got ${run.code}; stderr: ${run.stderr}`);
  assert.equal(run.stdout, '', `${what}: nothing on stdout`);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `${what}: one line on stderr, got:\n${run.stderr}`);
  assert.match(lines[0], pattern, `${what}: ${lines[0]}`);
}

function drift(args: readonly string[]): Promise<CliRun> {
  return runCli(['drift', ...args, '--format', 'json', '--quiet']);
}

// ------------------------------------------------------------------------------------------------ tests
describe('driftwood drift against numpy/scipy on real and synthetic data', () => {
  test('NannyML employment log, 2015 vs 2016–2018: every statistic of every column matches scipy', async () => {
    const result = await runCliJson<DriftResult>(['drift', '--reference', employmentReference, '--current', employmentAnalysis]);
    assertMatchesOracle(result, loadOracle('employment'));
    assert.ok(result.notes.some((note) => note.includes("'employed'")), 'the label missing from the analysis file is noted');
    assert.equal(feature(result, 'prediction').role, 'predicted_class');
  });

  const synthetic = { reference: '', current: '' };
  before(async () => {
    // Regenerate the synthetic pair from its SQL, and check it is the data the oracle read.
    const sqlText = fs.readFileSync(path.join(syntheticDir, 'synthetic.sql'), 'utf8');
    const statements = sqlText.split(/;[ \t]*$/m)
      .map((statement) => statement.split('\n').filter((line) => !/^\s*--/.test(line)).join('\n').trim())
      .filter((statement) => statement.length > 0);
    synthetic.reference = path.join(scratch.dir, 'synthetic_reference.parquet');
    synthetic.current = path.join(scratch.dir, 'synthetic_current.parquet');
    await runOracleStatements([
      ...statements,
      `COPY (SELECT * FROM synthetic_reference) TO ${literal(synthetic.reference)} (FORMAT parquet)`,
      `COPY (SELECT * FROM synthetic_current) TO ${literal(synthetic.current)} (FORMAT parquet)`,
    ]);
  });

  test('synthetic pair from synthetic.sql is the committed data the oracle read', async () => {
    for (const window of ['reference', 'current'] as const) {
      const fresh = `read_parquet(${literal(synthetic[window])})`;
      const committed = `read_parquet(${literal(path.join(syntheticDir, `${window}.parquet`))})`;
      const [{ a, b, n }] = await queryOracle(`SELECT
        (SELECT count(*) FROM (SELECT * FROM ${fresh} EXCEPT ALL SELECT * FROM ${committed}))::BIGINT AS a,
        (SELECT count(*) FROM (SELECT * FROM ${committed} EXCEPT ALL SELECT * FROM ${fresh}))::BIGINT AS b,
        (SELECT count(*) FROM ${fresh})::BIGINT AS n`);
      assert.equal(Number(a) + Number(b), 0, `${window}: regenerated rows differ from the committed Parquet; rerun python3 scripts/oracle/drift_fixtures.py`);
      assert.equal(Number(n), loadOracle('synthetic').rows[window]);
    }
  });

  /** The synthetic comparison; `extra` flags must not change any statistic. */
  async function checkSynthetic(extra: readonly string[]): Promise<void> {
    const run = await drift(['--reference', synthetic.reference, '--current', synthetic.current, '--exact', ...extra]);
    assert.equal(run.code, 0, `driftwood drift on the synthetic pair ${extra.join(' ')} exited ${run.code}: ${run.stderr.trim()}`);
    const result = JSON.parse(run.stdout) as DriftResult;
    const oracle = loadOracle('synthetic');
    assertMatchesOracle(result, oracle, ['late_feature']);
    // The properties the data was built to exercise, spelled out.
    assert.equal(feature(result, 'rating').bins.method, 'value', '12 distinct reference values → value bins over both windows');
    assert.deepEqual(feature(result, 'rating').bins.labels.slice(-2), ['6', '6.5'], 'values only in the current window get bins');
    assert.equal(feature(result, 'tiers20').bins.method, 'value', 'exactly 20 distinct reference values → value bins');
    assert.equal(feature(result, 'skewed').bins.method, 'quantile', '21 distinct reference values → quantile bins');
    assert.ok(feature(result, 'skewed').bins.edges!.length < 9, 'duplicate quantile edges are removed');
    const messy = feature(result, 'messy');
    assert.equal(messy.counts.current.non_finite, oracle.features.messy.counts.current.non_finite);
    assert.ok(messy.counts.current.non_finite > 0 && messy.stats.ks !== undefined, 'NaN/±Inf are counted and left out of KS');
    assert.deepEqual(feature(result, 'merchant_type').categories?.vanished, ['legacy_pos']);
    assert.deepEqual([...feature(result, 'merchant_type').categories!.new].sort(), ['bnpl', 'crypto']);
    for (const name of ['gone', 'promo_code']) {
      const allNull = feature(result, name);
      assert.deepEqual(Object.keys(allNull.stats), ['missing'], `${name}: only missingness when the current window has no values`);
      assert.equal(allNull.stats.missing?.value, 1);
      assert.equal(allNull.drift.detected, true);
      assert.match(allNull.drift.reason, /null rate/);
    }
    const constant = feature(result, 'constant');
    assert.equal(constant.stats.ks?.value, 0);
    assert.equal(constant.stats.ks?.p_value, 1);
    assert.equal(constant.stats.wasserstein_norm?.value, 0);
    assert.equal(feature(result, 'one_level').stats.chi_square?.p_value, 1);
    assert.equal(feature(result, 'order value').drift.detected, false, 'an unchanged column (with a space in its name) is not flagged');
    assert.ok(feature(result, 'naïve "label"').bins.labels.includes(''), 'the empty string is a category, not a NULL');
  }

  test('synthetic pair (shift, value bins, new/vanished categories, NULL/NaN/±Inf, constant, all-null current): matches scipy', async () => {
    // As a user runs it: `score` is the prediction column, and `messy` holds NaN in the reference window too
    // (DESIGN.md §7: NaN/±Inf are bad input to handle, not a reason to fail).
    await checkSynthetic([]);
  });

  test('synthetic pair without a prediction column (--role score=feature, no importance estimate): matches scipy', async () => {
    // Same data and statistics; isolates the statistics from the importance estimate on the prediction column.
    await checkSynthetic(['--role', 'score=feature']);
  });

  test('synthetic pair: a column all NULL in the reference and filled in the current is compared (missingness drift −1)', async () => {
    // DESIGN.md §3.1: nulls are reported as missingness drift for both kinds; §7: all-null columns are handled,
    // nothing is lost. The mirror case (all NULL in the current window: gone, promo_code) is compared.
    const result = await runCliJson<DriftResult>(['drift', '--reference', synthetic.reference, '--current', synthetic.current, '--exact',
      '--role', 'score=feature']);
    const expected = loadOracle('synthetic').features.late_feature;
    const found = result.features.find((candidate) => candidate.name === 'late_feature');
    assert.ok(found, `late_feature (DOUBLE, 100 % NULL in reference.parquet, 0 % in current.parquet) is not in the drift output; `
      + `compared: ${result.features.map((f) => f.name).join(', ')}; notes: ${result.notes.join(' | ')}`);
    assert.equal(found.kind, 'numeric');
    assertFeatureMatches(found, expected, 'synthetic', 'late_feature');
  });

  test('California housing split by --time-column windows: matches scipy on the same split', async () => {
    const result = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows]);
    assertMatchesOracle(result, loadOracle('california'));
    assert.match(result.reference.window, /timestamp in \[2020-10-01, 2021-01-01\)/);
    assert.match(result.current.window, /timestamp in \[2021-01-01, 2021-06-01\)/);
  });

  test('California, --bins 7: quantile edges at k/7, bin counts and binned statistics match numpy', async () => {
    const result = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows, '--bins', '7']);
    assert.equal(result.params.bins, 7);
    const variant = loadOracle('california').variants.bins_7;
    assert.ok(Object.keys(variant).length >= 9);
    for (const [name, expected] of Object.entries(variant)) {
      const actual = feature(result, name);
      const where = (what: string) => `california --bins 7/${name}: ${what}`;
      assertBins(actual, { bins: expected.bins } as OracleFeature, where);
      closeStatistic(actual.stats.psi?.value, expected.psi, 'psi', where('psi'));
      closeStatistic(actual.stats.jensen_shannon?.value, expected.jensen_shannon, 'jensen_shannon', where('jensen_shannon'));
      closeStatistic(actual.stats.hellinger?.value, expected.hellinger, 'hellinger', where('hellinger'));
    }
  });

  test('California, --columns MedInc,HouseAge,y_pred: only those, Benjamini–Hochberg over those three', async () => {
    const result = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows, '--columns', 'MedInc,HouseAge,y_pred']);
    const oracle = loadOracle('california');
    const variant = oracle.variants['columns_MedInc,HouseAge,y_pred'];
    assert.deepEqual(result.features.map((f) => f.name).sort(), Object.keys(variant).sort());
    for (const [name, expected] of Object.entries(variant)) {
      const actual = feature(result, name);
      const test = actual.kind === 'numeric' ? actual.stats.ks : actual.stats.chi_square;
      const full = oracle.features[name].stats[actual.kind === 'numeric' ? 'ks' : 'chi_square'];
      closePValue(test?.p_value, full.p_value, `${actual.kind === 'numeric' ? 'ks' : 'chi_square'}.p_value`, `--columns/${name} p_value`);
      closePValue(test?.p_value_adjusted, expected.test_p_value_adjusted, 'p_value_adjusted (subset)', `--columns/${name} p_value_adjusted`);
      closePValue(actual.stats.missing?.p_value_adjusted, expected.missing_p_value_adjusted, 'missing.p_value_adjusted', `--columns/${name} missing`);
    }
  });
});

describe('driftwood drift filters and windows on one file', () => {
  let combined = '';
  before(async () => {
    // The two employment files as one log, split again by year.
    combined = path.join(scratch.dir, 'employment_all_years.parquet');
    await runOracleStatements([`COPY (
      SELECT * EXCLUDE (employed) FROM read_parquet(${literal(employmentReference)})
      UNION ALL BY NAME SELECT * FROM read_parquet(${literal(employmentAnalysis)})
    ) TO ${literal(combined)} (FORMAT parquet)`]);
  });

  test('employment as one log: year windows and --where-reference "year = 2015" both give the two-file figures', async () => {
    const windows = await runCliJson<DriftResult>(['drift', '--reference', combined, '--time-column', 'year',
      '--reference-window', '2015..2016', '--current-window', '2016..2019']);
    assertMatchesOracle(windows, loadOracle('employment'));
    const filtered = await runCliJson<DriftResult>(['drift', '--reference', combined,
      '--where-reference', 'year = 2015', '--where-current', 'year >= 2016']);
    assertMatchesOracle(filtered, loadOracle('employment'));
    assertSameFigures(filtered, windows, 'where vs windows');
    assert.match(filtered.reference.window, /where year = 2015/);
  });

  test('California: timestamp filters equal the timestamp windows', async () => {
    const windows = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows]);
    const filtered = await runCliJson<DriftResult>(['drift', '--reference', california,
      '--where-reference', "timestamp >= TIMESTAMP '2020-10-01' AND timestamp < TIMESTAMP '2021-01-01'",
      '--where-current', "timestamp >= '2021-01-01' AND timestamp < '2021-06-01'"]);
    assertSameFigures(filtered, windows, 'where vs windows');
    assertMatchesOracle(filtered, loadOracle('california'));
  });

  const rejected: Array<[string, RegExp]> = [
    ['1=1; DROP TABLE x', /not a single filter expression/],
    ['(SELECT 1) = 1', /subquery/],
    ['true) UNION SELECT 1 WHERE (1', /not a single filter expression/],
    ['count(*) > 1', /aggregat/],
    ['no_such_column > 1', /no_such_column/],
  ];
  for (const [expression, why] of rejected) {
    test(`rejects --where-reference ${JSON.stringify(expression)} with exit 2 and one line`, async () => {
      const run = await drift(['--reference', california, '--where-reference', expression, '--where-current', 'MedInc > 3']);
      assertOneLineError(run, why, expression);
      assert.match(run.stderr, /--where-reference/);
    });
  }

  test('rejects a bad --where-current too', async () => {
    const run = await drift(['--reference', california, '--where-reference', 'MedInc <= 3', '--where-current', '1=1; DROP TABLE x']);
    assertOneLineError(run, /--where-current .*not a single filter expression/, 'where-current');
  });
});

describe('driftwood drift bad input', () => {
  test('an unknown column in --columns exits 2 naming it', async () => {
    const run = await drift(['--reference', california, ...californiaWindows, '--columns', 'MedInc,not_a_column']);
    assertOneLineError(run, /'not_a_column'/, '--columns');
  });

  test('an empty reference window exits 2 saying which window is empty', async () => {
    const run = await drift(['--reference', california, '--time-column', 'timestamp', '--reference-window', '2019-01-01..2019-02-01',
      '--current-window', '2021-01-01..2021-06-01']);
    assertOneLineError(run, /reference window has no rows/, 'empty reference');
  });

  test('an empty current window (by filter) exits 2 saying which window is empty', async () => {
    const run = await drift(['--reference', employmentReference, '--current', employmentAnalysis, '--where-current', 'year = 2015']);
    assertOneLineError(run, /current window has no rows/, 'empty current');
  });

  test('--bins 1 exits 2', async () => {
    const run = await drift(['--reference', california, ...californiaWindows, '--bins', '1']);
    assertOneLineError(run, /--bins/, '--bins 1');
  });
});

describe('driftwood drift output', () => {
  test('--show-sql returns the statements, and they reproduce the numbers in a separate DuckDB', async () => {
    const result = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows, '--show-sql']);
    assert.ok(Array.isArray(result.sql) && result.sql.length >= 3, 'statements listed');
    assert.ok(result.sql.every((statement) => statement.includes('dw_') || statement.includes(california)), 'each statement reads the source or its grouped table');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const outputs: Array<Array<Record<string, unknown>>> = [];
      for (const statement of result.sql) outputs.push((await connection.runAndReadAll(statement)).getRowObjectsJS() as Array<Record<string, unknown>>);
      const counts = outputs[0].map((row) => [Number(row.w), Number(row.n)]).sort();
      assert.deepEqual(counts, [[0, result.reference.rows], [1, result.current.rows]], 'the first statement counts the windows');
      const categoryStatement = result.sql.findIndex((statement) => /^SELECT col, v, .*FROM dw_cat\b/s.test(statement));
      assert.ok(categoryStatement > 0, 'a statement reads the category counts');
      const categories = outputs[categoryStatement];
      const yPred = feature(result, 'y_pred');
      for (const [index, label] of yPred.bins.labels.entries()) {
        const row = categories.find((candidate) => String(candidate.v) === label);
        assert.ok(row, `category ${label} in the statement's output`);
        assert.deepEqual([Number(row.n_ref), Number(row.n_cur)], [yPred.bins.reference[index], yPred.bins.current[index]]);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const without = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows]);
    assert.equal(without.sql, undefined, 'no statements unless asked');
  });

  test('--format table prints the windows and a table ranked like the JSON', async () => {
    const json = await runCliJson<DriftResult>(['drift', '--reference', california, ...californiaWindows]);
    const run = await runCli(['drift', '--reference', california, ...californiaWindows, '--format', 'table', '--quiet']);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.match(lines[0], /^reference: 2,208 rows/);
    assert.match(lines[1], /^current: +3,624 rows/);
    assert.match(run.stdout, new RegExp(`${json.features.filter((f) => f.drift.detected).length} of ${json.features.length} columns drifted`));
    const header = lines.findIndex((line) => /\bcolumn\b.*\bkind\b.*\bseverity\b/.test(line));
    assert.ok(header > 0, 'a table header');
    const rows = lines.slice(header + 2).filter((line) => /^[●·] /.test(line));
    assert.deepEqual(rows.map((line) => line.split(/\s+/)[1]), json.features.map((f) => f.name), 'rows in the JSON ranking');
    rows.forEach((line, index) => assert.equal(line.startsWith('●'), json.features[index].drift.detected, line));
    const severities = json.features.map((f) => f.drift.severity);
    const detected = json.features.map((f) => f.drift.detected);
    for (let i = 1; i < severities.length; i++) {
      if (detected[i] === detected[i - 1]) assert.ok(severities[i] <= severities[i - 1], 'ranked by severity within detected / not detected');
      else assert.ok(detected[i - 1] && !detected[i], 'detected columns first');
    }
  });

  test('largest deviations from scipy per statistic', (t) => {
    assert.ok(deviations.size > 0);
    for (const [key, seen] of [...deviations.entries()].sort()) {
      t.diagnostic(`${key}: max |Δ| ${seen.abs.toExponential(2)} (${seen.absWhere}); max rel ${seen.rel.toExponential(2)} (${seen.relWhere})`);
    }
  });
});
