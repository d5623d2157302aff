import { type BinnedColumn, MISSING_BIN } from './binnedColumn';

/** The bin of the categories beyond the most frequent ones, under this name in any explanation. */
export const OTHER_CATEGORY = '__other__';

/** The largest `maxCategoriesPerColumn` accepted: kept categories + `__other__` + missing must fit one byte. */
export const MAX_CATEGORIES_PER_COLUMN = 254;

/**
 * Bins a categorical column: the `maxCategories` most frequent values of the pooled sample (both windows,
 * no labels, so cross-validation does not leak) get a bin each, in order of frequency, ties by code-unit
 * order of the value (locale-free, so deterministic everywhere); every other value shares the `__other__`
 * bin; null is the missing bin. A category that appears only in the current window is kept when it is
 * frequent, which is exactly when it matters.
 */
export function categoricalBinLabels(values: readonly (string | null)[], maxCategories: number): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, maxCategories).map(([value]) => value);
  return ranked.length > maxCategories ? [...kept, OTHER_CATEGORY] : kept;
}

export function binCategoricalColumn(name: string, values: readonly (string | null)[], maxCategories: number): BinnedColumn {
  const labels = categoricalBinLabels(values, maxCategories);
  const hasOther = labels.length > maxCategories;
  const codeOf = new Map<string, number>();
  const keptCount = hasOther ? labels.length - 1 : labels.length;
  for (let k = 0; k < keptCount; k++) codeOf.set(labels[k], k + 1);
  const otherCode = keptCount + 1;
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    codes[i] = value === null ? MISSING_BIN : codeOf.get(value) ?? otherCode;
  }
  return { name, kind: 'categorical', binCount: labels.length + 1, codes };
}
