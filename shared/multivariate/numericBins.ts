import { type BinnedColumn, MISSING_BIN } from './binnedColumn';

/**
 * Quantile bins for a numeric column, on the pooled sample of both windows (no labels are used, so cross-
 * validation does not leak). Edges are order statistics of the data, never interpolated values, so a strictly
 * increasing transform of a column (log, exp, unit change) gives exactly the same codes: the model is
 * invariant to monotone transforms.
 *
 * Bins are right-closed as in DESIGN.md §3.1 (e(i−1) < x ≤ e(i)); a value's bin is the number of edges
 * below it, plus one for the missing bin. A column with at most `maxBins` distinct values gets one bin per
 * value. Duplicate edges are dropped, so heavy ties give fewer, wider bins. NaN is missing; ±Infinity are
 * ordinary extreme values.
 */
export function numericBinEdges(values: Float64Array, maxBins: number): Float64Array {
  let present = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) present++;
  const sorted = new Float64Array(present);
  for (let i = 0, k = 0; i < values.length; i++) if (!Number.isNaN(values[i])) sorted[k++] = values[i];
  sorted.sort();
  if (present === 0) return new Float64Array(0);

  const distinct: number[] = [];
  for (let i = 0; i < present && distinct.length <= maxBins; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]);
  }
  if (distinct.length <= maxBins) return Float64Array.from(distinct.slice(0, -1));

  const maximum = sorted[present - 1];
  const edges: number[] = [];
  for (let k = 1; k < maxBins; k++) {
    // The edge closing the first k/maxBins of the sorted values.
    const edge = sorted[Math.ceil((k * present) / maxBins) - 1];
    if (edge < maximum && (edges.length === 0 || edge > edges[edges.length - 1])) edges.push(edge);
  }
  return Float64Array.from(edges);
}

/** The code of `value` given ascending `edges`: 0 for NaN, else 1 + the number of edges strictly below it. */
export function numericBinCode(value: number, edges: Float64Array): number {
  if (Number.isNaN(value)) return MISSING_BIN;
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (edges[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}

export function binNumericColumn(name: string, values: Float64Array, maxBins: number): BinnedColumn {
  const edges = numericBinEdges(values, maxBins);
  const codes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) codes[i] = numericBinCode(values[i], edges);
  return { name, kind: 'numeric', binCount: edges.length + 2, codes };
}
