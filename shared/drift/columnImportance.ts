/**
 * Importance estimated as the column's association with the prediction on the reference window
 * (DESIGN.md §3.1): |Pearson r| for numeric columns (from DuckDB's corr), the correlation ratio η for
 * categorical ones. Both lie in [0, 1].
 */

/** η = sqrt(between-category variance / total variance) of the prediction, from per-category n, Σp, Σp². */
export function correlationRatio(counts: readonly number[], sums: readonly number[], sumSquares: readonly number[]): number | undefined {
  let n = 0;
  let sum = 0;
  let squares = 0;
  let between = 0;
  counts.forEach((count, index) => {
    if (count === 0) return;
    n += count;
    sum += sums[index];
    squares += sumSquares[index];
    between += sums[index] ** 2 / count;
  });
  if (n < 2) return undefined;
  const total = squares - (sum * sum) / n;
  if (!(total > 0)) return 0;
  return Math.min(1, Math.sqrt(Math.max(0, (between - (sum * sum) / n) / total)));
}
