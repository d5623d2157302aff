import { DriftwoodError } from '../errors/workbenchError';

/** What is wrong with a domain-classifier input; one entry per problem, all reported at once. */
export type DomainSampleProblemCode =
  | 'WINDOW_TOO_SMALL'
  | 'LENGTH_MISMATCH'
  | 'INVALID_LABEL'
  | 'NO_COLUMNS'
  | 'DUPLICATE_COLUMN'
  | 'INVALID_PARAMETER';

export interface DomainSampleProblem {
  code: DomainSampleProblemCode;
  message: string;
  /** The window that is too small, for WINDOW_TOO_SMALL. */
  window?: 'reference' | 'current';
  /** The offending column, for LENGTH_MISMATCH and DUPLICATE_COLUMN. */
  column?: string;
  /** The offending parameter, for INVALID_PARAMETER. */
  parameter?: 'folds' | 'seed' | 'maxCategoriesPerColumn';
}

/**
 * Thrown by domainClassifier on bad input. A DriftwoodError with code INVALID_ARGUMENT, so it crosses the
 * worker and IPC boundaries as a WorkbenchError like any other; `problems` keeps the details as data.
 */
export class DomainSampleError extends DriftwoodError {
  readonly problems: readonly DomainSampleProblem[];

  constructor(problems: readonly DomainSampleProblem[]) {
    super({
      code: 'INVALID_ARGUMENT',
      message: `Domain classifier: ${problems.map((problem) => problem.message).join(' ')}`,
      action: actionFor(problems),
    });
    this.name = 'DomainSampleError';
    this.problems = problems;
  }
}

function actionFor(problems: readonly DomainSampleProblem[]): string {
  if (problems.some((problem) => problem.code === 'WINDOW_TOO_SMALL')) {
    return 'Widen the small window (or loosen its filter), or lower the number of folds.';
  }
  if (problems.some((problem) => problem.code === 'INVALID_PARAMETER')) {
    return 'Correct the parameters named above.';
  }
  return 'This is a bug in the code that built the sample; please report it with the message above.';
}
