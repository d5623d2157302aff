/**
 * Input errors of the statistics library, carried as data (STYLE.md habit 8) so the analysis layer can
 * map them to a WorkbenchError naming the column.
 */
export type StatisticErrorCode = 'EMPTY_WINDOW' | 'INVALID_COUNTS' | 'LENGTH_MISMATCH' | 'INVALID_ARGUMENT';

/** Which side of the comparison an input belongs to. */
export type WindowName = 'reference' | 'current';

export class StatisticInputError extends Error {
  readonly code: StatisticErrorCode;
  /** The statistic (or helper) that rejected its input, e.g. 'ks'. */
  readonly statistic: string;
  readonly window?: WindowName;

  constructor(code: StatisticErrorCode, statistic: string, message: string, window?: WindowName) {
    super(`${statistic}: ${message}`);
    this.name = 'StatisticInputError';
    this.code = code;
    this.statistic = statistic;
    this.window = window;
  }
}

export function emptyWindowError(statistic: string, window: WindowName): StatisticInputError {
  return new StatisticInputError(
    'EMPTY_WINDOW',
    statistic,
    `the ${window} window has no non-null values, so the statistic is undefined. ` +
      `Widen the ${window} window or its filters, or leave this column out of the comparison.`,
    window,
  );
}
