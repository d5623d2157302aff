import { type RandomSource, shuffleInPlace } from './seededRandom';

/**
 * Stratified k-fold assignment: each class is shuffled on its own and dealt round-robin into the folds, so
 * every fold holds the same share of current rows (±1 row) and fold sizes differ by at most one row overall.
 * The caller guarantees each class has at least `folds` rows, so every fold sees both classes.
 */
export function stratifiedFolds(isCurrent: Uint8Array, folds: number, random: RandomSource): Uint8Array {
  const foldOf = new Uint8Array(isCurrent.length);
  let dealt = 0; // continue the round-robin across classes, so the remainders land in different folds
  for (const label of [0, 1]) {
    let count = 0;
    for (let i = 0; i < isCurrent.length; i++) if (isCurrent[i] === label) count++;
    const rows = new Int32Array(count);
    for (let i = 0, k = 0; i < isCurrent.length; i++) if (isCurrent[i] === label) rows[k++] = i;
    shuffleInPlace(rows, random);
    for (let k = 0; k < count; k++) foldOf[rows[k]] = (dealt + k) % folds;
    dealt += count;
  }
  return foldOf;
}
