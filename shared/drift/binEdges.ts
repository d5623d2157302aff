/**
 * Bin edges of DESIGN.md §3.1 for numeric columns.
 */

/** Numeric columns with at most this many distinct reference values are binned by value. */
export const VALUE_BINNING_MAX_DISTINCT = 20;

/** The quantile levels k/B, k = 1..B−1, whose reference quantiles are the inner edges. */
export function quantileEdgeLevels(bins: number): number[] {
  return Array.from({ length: bins - 1 }, (_, index) => (index + 1) / bins);
}

/** Sorted inner edges with duplicates removed (outer edges are −∞/+∞ implicitly). */
export function dedupeEdges(quantiles: readonly number[]): number[] {
  const sorted = [...quantiles].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.filter((value, index) => index === 0 || value !== sorted[index - 1]);
}

/** numpy 'linear' quantile from the two order statistics around h = (n − 1)q. */
export function interpolateQuantile(h: number, low: number, high: number): number {
  const fraction = h - Math.floor(h);
  return fraction === 0 ? low : low + fraction * (high - low);
}

/** Labels of right-closed bins with outer edges ±∞: '(-inf, e1]', '(e1, e2]', …, '(ek, +inf)'. */
export function quantileBinLabels(edges: readonly number[]): string[] {
  const show = (value: number) => String(Number(value.toPrecision(6)));
  const bounds = ['-inf', ...edges.map(show), '+inf'];
  return bounds.slice(0, -1).map((lower, index) => (index === edges.length ? `(${lower}, +inf)` : `(${lower}, ${bounds[index + 1]}]`));
}
