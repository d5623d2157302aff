/**
 * ROC AUC as the Mann–Whitney statistic: AUC = U / (n₁·n₀), U = R₁ − n₁(n₁+1)/2, R₁ the sum of the positives'
 * ranks among all scores, tied scores sharing the average of their ranks. This equals the probability that a
 * random positive scores above a random negative, counting ties as one half, and equals
 * scipy.stats.mannwhitneyu(pos, neg).statistic / (n₁·n₀) (pinned in test/fixtures/oracle/multivariate_cases.json).
 *
 * The two classes are sorted separately with the native typed-array sort and merged tie group by tie group,
 * so no comparator runs per element. R₁ only accumulates halves, so it is exact for any sample we handle.
 */
export function rocAuc(scores: ArrayLike<number>, isPositive: ArrayLike<number>): number {
  if (scores.length !== isPositive.length) {
    throw new RangeError(`rocAuc: ${scores.length} scores but ${isPositive.length} labels; pass one label per score.`);
  }
  let positiveCount = 0;
  for (let i = 0; i < isPositive.length; i++) {
    if (isPositive[i] === 1) positiveCount += 1;
    else if (isPositive[i] !== 0) throw new RangeError(`rocAuc: label ${i} is ${isPositive[i]}; labels must be 0 or 1.`);
    if (Number.isNaN(scores[i])) throw new RangeError(`rocAuc: score ${i} is NaN; AUC needs every row scored.`);
  }
  const negativeCount = scores.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) {
    throw new RangeError(`rocAuc: needs both classes, got ${positiveCount} positive and ${negativeCount} negative scores.`);
  }

  const positives = new Float64Array(positiveCount);
  const negatives = new Float64Array(negativeCount);
  for (let i = 0, p = 0, n = 0; i < scores.length; i++) {
    if (isPositive[i] === 1) positives[p++] = scores[i];
    else negatives[n++] = scores[i];
  }
  positives.sort();
  negatives.sort();

  let positiveRankSum = 0;
  let ranksUsed = 0; // how many scores sort below the current tie group
  let p = 0;
  let n = 0;
  while (p < positiveCount || n < negativeCount) {
    const value = p < positiveCount && (n >= negativeCount || positives[p] <= negatives[n]) ? positives[p] : negatives[n];
    let positivesInGroup = 0;
    let negativesInGroup = 0;
    while (p < positiveCount && positives[p] === value) { p++; positivesInGroup++; }
    while (n < negativeCount && negatives[n] === value) { n++; negativesInGroup++; }
    const groupSize = positivesInGroup + negativesInGroup;
    // Ranks ranksUsed+1 .. ranksUsed+groupSize, averaged.
    positiveRankSum += positivesInGroup * (ranksUsed + (groupSize + 1) / 2);
    ranksUsed += groupSize;
  }
  const u = positiveRankSum - (positiveCount * (positiveCount + 1)) / 2;
  return u / (positiveCount * negativeCount);
}
