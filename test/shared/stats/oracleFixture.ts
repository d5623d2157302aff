/**
 * Loads the scipy/numpy oracle written by scripts/oracle/make_stats_fixtures.py. Compiled tests run from
 * dist/test/..., so the repository root is found by walking up to package.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';

export interface KsCase {
  name: string;
  note: string;
  ref_counts: number[];
  cur_counts: number[];
  n1: number;
  n2: number;
  statistic: number;
  p_value: number;
  scipy_exact_fell_back: boolean;
}
export interface KsPValueCase { name: string; d: number; n1: number; n2: number; p_value: number }
export interface KstwoCase { n: number; x: number; sf: number }
export interface GammaCase { a: number; x: number; q: number }
export interface NormalCase { z: number; sf: number }
export interface WassersteinCase {
  name: string;
  values: number[];
  ref_counts: number[];
  cur_counts: number[];
  distance: number;
  ref_std: number;
  normed: number;
}
export interface BinnedCase {
  name: string;
  ref_counts: number[];
  cur_counts: number[];
  psi: number;
  jensen_shannon: number;
  hellinger: number;
  tvd: number;
  chi_square: { statistic: number; p_value: number; dof: number; dropped_bins: number; scipy_raises_on_full_table: boolean };
}
export interface MissingCase {
  name: string;
  ref_nulls: number;
  ref_rows: number;
  cur_nulls: number;
  cur_rows: number;
  value: number;
  p_value: number;
}
/** JSON has no NaN: null stands for NaN in both lists. */
export interface BhCase { name: string; p_values: Array<number | null>; adjusted: Array<number | null> }

export interface StatsOracle {
  versions: { python: string; numpy: string; scipy: string };
  ks: KsCase[];
  ks_pvalue: KsPValueCase[];
  kstwo_sf: KstwoCase[];
  smirnov: KstwoCase[];
  gammaincc: GammaCase[];
  norm_sf: NormalCase[];
  wasserstein: WassersteinCase[];
  binned: BinnedCase[];
  missing: MissingCase[];
  bh: BhCase[];
}

function repositoryRoot(): string {
  let directory = __dirname;
  while (!fs.existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${__dirname}`);
    directory = parent;
  }
  return directory;
}

let cached: StatsOracle | undefined;

export function loadStatsOracle(): StatsOracle {
  cached ??= JSON.parse(
    fs.readFileSync(path.join(repositoryRoot(), 'test/fixtures/oracle/stats_cases.json'), 'utf8'),
  ) as StatsOracle;
  return cached;
}

/** Tolerances of the task: statistics 1e-6 absolute (or 1e-9 relative when large), p-values 1e-4 absolute. */
export const STATISTIC_ABSOLUTE = 1e-6;
export const STATISTIC_RELATIVE = 1e-9;
export const P_VALUE_ABSOLUTE = 1e-4;

export function assertClose(actual: number, expected: number, absolute: number, relative: number, label: string): void {
  const bound = Math.max(absolute, relative * Math.abs(expected));
  assert.ok(
    Math.abs(actual - expected) <= bound,
    `${label}: got ${actual}, expected ${expected} (|diff| ${Math.abs(actual - expected)} > ${bound})`,
  );
}

export function assertStatistic(actual: number, expected: number, label: string): void {
  assertClose(actual, expected, STATISTIC_ABSOLUTE, STATISTIC_RELATIVE, label);
}

export function assertPValue(actual: number, expected: number, label: string): void {
  assertClose(actual, expected, P_VALUE_ABSOLUTE, 0, label);
}

/** Tight relative check for special functions: relative 1e-9, or absolute 1e-300 near underflow. */
export function assertRelative(actual: number, expected: number, relative: number, label: string): void {
  assertClose(actual, expected, 1e-300, relative, label);
}
