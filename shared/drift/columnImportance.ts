import type { CategoricalAggregate, NumericAggregate } from './driftAggregates';

/**
 * Importance estimated as the column's association with the prediction on the reference window
 * (DESIGN.md §3.1): |Pearson r| for numeric columns, the correlation ratio η for categorical ones.
 * Both lie in [0, 1] and are exact, computed from the grouped sums the engine returns.
 */
export function numericAssociation(aggregate: NumericAggregate): number | undefined {
  const { n, sumV, sumVV, sumP, sumPP, sumVP } = aggregate.association;
  if (n < 2) return undefined;
  const covariance = sumVP / n - (sumV / n) * (sumP / n);
  const varianceV = sumVV / n - (sumV / n) ** 2;
  const varianceP = sumPP / n - (sumP / n) ** 2;
  if (!(varianceV > 0) || !(varianceP > 0)) return 0;
  return Math.min(1, Math.abs(covariance / Math.sqrt(varianceV * varianceP)));
}

export function categoricalAssociation(aggregate: CategoricalAggregate): number | undefined {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  let between = 0;
  aggregate.predictionCount.forEach((count, index) => {
    if (count === 0) return;
    n += count;
    sum += aggregate.predictionSum[index];
    sumSquares += aggregate.predictionSumSquares[index];
    between += aggregate.predictionSum[index] ** 2 / count;
  });
  if (n < 2) return undefined;
  const total = sumSquares - (sum * sum) / n;
  if (!(total > 0)) return 0;
  return Math.min(1, Math.sqrt(Math.max(0, (between - (sum * sum) / n) / total)));
}
