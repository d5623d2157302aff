/**
 * Expected failures of `driftwood demo`, with a code the CLI and UI can branch on. The message says
 * what failed and what to do next; `problems` lists every invalid option at once.
 */

import type { DemoOptionProblem } from '../../shared/demo/demoOptions';

export type DemoErrorCode = 'invalid_options' | 'output_exists' | 'output_not_writable';

export class DemoError extends Error {
  override readonly name = 'DemoError';

  constructor(
    readonly code: DemoErrorCode,
    message: string,
    readonly problems: readonly DemoOptionProblem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
