import { mulberry32, type RandomSource } from '../../../shared/multivariate/seededRandom';
import type { DomainSample } from '../../../shared/multivariate/types';

/**
 * Builds a DomainSample from a description of how each column behaves in each window, so every test says
 * what drifts instead of shipping opaque data. Draws come from a seeded generator: the same description
 * gives the same sample.
 */
export interface NumericColumnSpec {
  name: string;
  /** Current values are reference draws × scale + shift (standard normal reference). */
  shift?: number;
  scale?: number;
  /** Share of NaN values per window. */
  missingShare?: { reference: number; current: number };
  /** Maps every drawn value, e.g. Math.exp, applied after shift and scale. */
  transform?: (value: number) => number;
}

export interface CategoricalColumnSpec {
  name: string;
  /** Category → probability in each window (need not sum to 1; normalised). */
  reference: Record<string, number>;
  current: Record<string, number>;
  missingShare?: { reference: number; current: number };
}

export interface DomainSampleSpec {
  rows: { reference: number; current: number };
  seed: number;
  numeric?: NumericColumnSpec[];
  categorical?: CategoricalColumnSpec[];
}

export function standardNormal(random: RandomSource): number {
  // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function buildDomainSample(spec: DomainSampleSpec): DomainSample {
  const random = mulberry32(spec.seed);
  const rowCount = spec.rows.reference + spec.rows.current;
  const isCurrent = new Uint8Array(rowCount);
  isCurrent.fill(1, spec.rows.reference);
  const missing = (share: { reference: number; current: number } | undefined, row: number) =>
    share !== undefined && random() < (isCurrent[row] === 1 ? share.current : share.reference);

  const numeric = (spec.numeric ?? []).map((column) => {
    const values = new Float64Array(rowCount);
    for (let row = 0; row < rowCount; row++) {
      let value = standardNormal(random);
      if (isCurrent[row] === 1) value = value * (column.scale ?? 1) + (column.shift ?? 0);
      if (column.transform) value = column.transform(value);
      values[row] = missing(column.missingShare, row) ? Number.NaN : value;
    }
    return { name: column.name, values };
  });

  const categorical = (spec.categorical ?? []).map((column) => {
    const values: (string | null)[] = [];
    for (let row = 0; row < rowCount; row++) {
      const mix = isCurrent[row] === 1 ? column.current : column.reference;
      values.push(missing(column.missingShare, row) ? null : drawCategory(mix, random));
    }
    return { name: column.name, values };
  });
  return { isCurrent, numeric, categorical };
}

function drawCategory(mix: Record<string, number>, random: RandomSource): string {
  const entries = Object.entries(mix);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = random() * total;
  for (const [category, weight] of entries) {
    threshold -= weight;
    if (threshold < 0) return category;
  }
  return entries[entries.length - 1][0];
}

/** `count` numeric columns named noise_0.. with the same distribution in both windows. */
export function noiseColumns(count: number): NumericColumnSpec[] {
  return Array.from({ length: count }, (_, index) => ({ name: `noise_${index}` }));
}
