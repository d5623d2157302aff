/**
 * Errors as data (STYLE.md habit 8): what failed, on which input, and what to do next.
 * The same record crosses worker threads, IPC and the web socket, and the CLI maps it to an exit code.
 */
export type WorkbenchErrorCode =
  | 'SOURCE_NOT_FOUND'
  | 'SOURCE_EMPTY'
  | 'SOURCE_NO_DATA_FILES'
  | 'SOURCE_NOT_PARQUET'
  | 'SOURCE_CORRUPT'
  | 'SOURCE_MIXED_FORMATS'
  | 'SOURCE_UNREADABLE'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_ROLE'
  | 'OUTPUT_EXISTS'
  | 'QUERY_FAILED'
  | 'JOB_CANCELLED'
  | 'WORKER_CRASHED'
  | 'INTERNAL';

export interface WorkbenchError {
  code: WorkbenchErrorCode;
  message: string;
  action?: string;
  cause?: WorkbenchError;
}

/** Codes caused by the user's input or request, as opposed to bugs or crashes; the CLI exits 2 on these. */
const userInputCodes: ReadonlySet<WorkbenchErrorCode> = new Set<WorkbenchErrorCode>([
  'SOURCE_NOT_FOUND',
  'SOURCE_EMPTY',
  'SOURCE_NO_DATA_FILES',
  'SOURCE_NOT_PARQUET',
  'SOURCE_CORRUPT',
  'SOURCE_MIXED_FORMATS',
  'SOURCE_UNREADABLE',
  'INVALID_ARGUMENT',
  'UNKNOWN_COLUMN',
  'UNKNOWN_ROLE',
  'OUTPUT_EXISTS',
]);

export function isUserInputError(error: WorkbenchError): boolean {
  return userInputCodes.has(error.code);
}

/** An Error that carries a WorkbenchError record, so it can be thrown and still serialised as data. */
export class DriftwoodError extends Error {
  readonly code: WorkbenchErrorCode;
  readonly action?: string;
  readonly causeRecord?: WorkbenchError;

  constructor(record: WorkbenchError) {
    super(record.message);
    this.name = 'DriftwoodError';
    this.code = record.code;
    this.action = record.action;
    this.causeRecord = record.cause;
  }

  toRecord(): WorkbenchError {
    return { code: this.code, message: this.message, action: this.action, cause: this.causeRecord };
  }
}

export function driftwoodError(code: WorkbenchErrorCode, message: string, action?: string, cause?: WorkbenchError): DriftwoodError {
  return new DriftwoodError({ code, message, action, cause });
}

/** Turns anything thrown into a WorkbenchError record; unknown errors become INTERNAL with their message kept. */
export function toWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof DriftwoodError) return error.toRecord();
  if (isWorkbenchErrorRecord(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

export function isWorkbenchErrorRecord(value: unknown): value is WorkbenchError {
  return typeof value === 'object' && value !== null && typeof (value as WorkbenchError).code === 'string'
    && typeof (value as WorkbenchError).message === 'string';
}

/** One line for a terminal: the message, then what to do. */
export function formatErrorLine(error: WorkbenchError): string {
  return error.action ? `${error.message} ${error.action}` : error.message;
}
