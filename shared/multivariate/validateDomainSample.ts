import { MAX_CATEGORIES_PER_COLUMN } from './categoricalBins';
import type { DomainSampleProblem } from './domainSampleError';
import type { DomainClassifierOptions, DomainSample } from './types';

export const DEFAULT_FOLDS = 5;
export const MAX_FOLDS = 50;
export const DEFAULT_MAX_CATEGORIES_PER_COLUMN = 20;

/**
 * Every problem with a sample and its options, at once (empty when the input is usable). Each window needs at
 * least `folds` rows, so that every fold tests and trains on both windows.
 */
export function validateDomainSample(sample: DomainSample, options: DomainClassifierOptions): DomainSampleProblem[] {
  const problems: DomainSampleProblem[] = [];
  const folds = options.folds ?? DEFAULT_FOLDS;
  const foldsAreValid = Number.isInteger(folds) && folds >= 2 && folds <= MAX_FOLDS;
  if (!foldsAreValid) {
    problems.push({ code: 'INVALID_PARAMETER', parameter: 'folds', message: `folds must be an integer from 2 to ${MAX_FOLDS}, got ${folds}.` });
  }
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    problems.push({ code: 'INVALID_PARAMETER', parameter: 'seed', message: `seed must be an integer from 0 to 4294967295, got ${options.seed}.` });
  }
  const maxCategories = options.maxCategoriesPerColumn ?? DEFAULT_MAX_CATEGORIES_PER_COLUMN;
  if (!Number.isInteger(maxCategories) || maxCategories < 1 || maxCategories > MAX_CATEGORIES_PER_COLUMN) {
    problems.push({
      code: 'INVALID_PARAMETER',
      parameter: 'maxCategoriesPerColumn',
      message: `maxCategoriesPerColumn must be an integer from 1 to ${MAX_CATEGORIES_PER_COLUMN}, got ${maxCategories}.`,
    });
  }

  const rowCount = sample.isCurrent.length;
  let currentRows = 0;
  let invalidLabels = 0;
  for (let i = 0; i < rowCount; i++) {
    const label = sample.isCurrent[i];
    if (label === 1) currentRows++;
    else if (label !== 0) invalidLabels++;
  }
  if (invalidLabels > 0) {
    problems.push({ code: 'INVALID_LABEL', message: `isCurrent must hold 0 (reference) or 1 (current); ${invalidLabels} rows hold something else.` });
  }
  const referenceRows = rowCount - currentRows - invalidLabels;
  const neededRows = foldsAreValid ? folds : 2;
  for (const [window, rows] of [['reference', referenceRows], ['current', currentRows]] as const) {
    if (rows < neededRows) {
      problems.push({
        code: 'WINDOW_TOO_SMALL',
        window,
        message: `the ${window} window has ${rows} sampled rows, but ${neededRows}-fold cross-validation needs at least ${neededRows}.`,
      });
    }
  }

  const columns = [
    ...sample.numeric.map((column) => ({ name: column.name, length: column.values.length })),
    ...sample.categorical.map((column) => ({ name: column.name, length: column.values.length })),
  ];
  if (columns.length === 0) {
    problems.push({ code: 'NO_COLUMNS', message: 'the sample has no columns to compare.' });
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name)) {
      problems.push({ code: 'DUPLICATE_COLUMN', column: column.name, message: `column '${column.name}' appears more than once.` });
    }
    seen.add(column.name);
    if (column.length !== rowCount) {
      problems.push({
        code: 'LENGTH_MISMATCH',
        column: column.name,
        message: `column '${column.name}' has ${column.length} values but isCurrent has ${rowCount} rows.`,
      });
    }
  }
  return problems;
}
