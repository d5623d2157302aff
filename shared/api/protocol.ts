import type { WorkbenchError } from '../errors/workbenchError';
import type { ApiMethod } from './workbenchApi';

/**
 * Messages of the WebSocket transport (`driftwood serve`). Calls carry an id chosen by the client; the
 * server answers with progress events and exactly one result or error for that id. A cancel for an id
 * ends its call with a JOB_CANCELLED error.
 */
export type ClientMessage =
  | { type: 'call'; id: number; method: ApiMethod; request: unknown }
  | { type: 'cancel'; id: number };

export type ServerMessage =
  | { type: 'progress'; id: number; fraction: number; message: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: WorkbenchError };
