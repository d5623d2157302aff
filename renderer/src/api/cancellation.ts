import { DriftwoodError, type WorkbenchError, isWorkbenchErrorRecord } from '../../../shared/errors/workbenchError';

/** The error an aborted call rejects with: cancellation is a normal outcome (STYLE.md habit 7), never shown as a failure. */
export function cancelledError(): DriftwoodError {
  return new DriftwoodError({ code: 'JOB_CANCELLED', message: 'The job was cancelled.' });
}

export function isCancellation(error: unknown): boolean {
  if (error instanceof DriftwoodError) return error.code === 'JOB_CANCELLED';
  if (isWorkbenchErrorRecord(error)) return error.code === 'JOB_CANCELLED';
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Anything a call threw, as a WorkbenchError record the UI can show (message + what to do). */
export function asWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof DriftwoodError) return error.toRecord();
  if (isWorkbenchErrorRecord(error)) return error;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
