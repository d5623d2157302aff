import type { ApiRequest } from '../../../shared/api/workbenchApi';
import type { ReportedValue } from '../../../shared/inspect/inspectResult';
import { messages } from '../messages';
import type { WorkbenchState } from '../workbench/workbenchModel';
import { windowRange, windowSpanMs } from './windowsModel';

/** What the drift request needs to know about the open log, from its overview. */
export interface DriftContext {
  /** The log's time column and range, when it has one (over-time drift and time windows need it). */
  timeRange?: { column: string; min: ReportedValue; max: ReportedValue };
}

export type DriftRequestResult = { ok: true; request: ApiRequest<'drift'> } | { ok: false; problems: string[] };

/** Current windows up to this long get hourly over-time buckets instead of daily ones. */
const HOURLY_UP_TO_MS = 3 * 86_400_000;

/**
 * The drift request for the session's windows (pure): reference and current by time range, model
 * version or source; always with the SQL (for the detail view) and the drift over time (for the heatmap
 * and the sparklines). Returns every problem at once when the windows are not usable yet.
 */
export function buildDriftRequest(state: WorkbenchState, context: DriftContext): DriftRequestResult {
  if (!state.source) return { ok: false, problems: [messages.drift.needsSource] };
  const { windows } = state;
  const problems: string[] = [];
  const request: ApiRequest<'drift'> = {
    reference: state.source,
    showSql: true,
    ...(state.driftSettings.exact ? { exact: true } : {}),
    ...(Object.keys(state.roles).length > 0 ? { roleOverrides: { ...state.roles } } : {}),
  };

  if (windows.mode === 'time') {
    if (!context.timeRange) problems.push(messages.drift.needsTimeColumn);
    const reference = windowRange(windows.reference, 'reference');
    const current = windowRange(windows.current, 'current');
    if (reference.ok) request.referenceWindow = reference.range;
    else problems.push(reference.problem);
    if (current.ok) request.currentWindow = current.range;
    else problems.push(current.problem);
  } else if (windows.mode === 'version') {
    if (!windows.referenceVersion) problems.push(messages.drift.pickVersion('reference'));
    if (!windows.currentVersion) problems.push(messages.drift.pickVersion('current'));
    if (windows.referenceVersion && windows.referenceVersion === windows.currentVersion) problems.push(messages.drift.sameVersion);
    request.referenceVersion = windows.referenceVersion;
    request.currentVersion = windows.currentVersion;
  } else {
    if (!state.referenceSource) problems.push(messages.drift.needsReferenceSource);
    else if (state.referenceSource === state.source) problems.push(messages.drift.sameSource);
    request.reference = state.referenceSource ?? state.source;
    request.current = state.source;
  }
  if (problems.length > 0) return { ok: false, problems };

  if (context.timeRange) {
    const span = windows.mode === 'time' ? windowSpanMs(windows.current, context.timeRange.min, context.timeRange.max) : undefined;
    request.overTime = span !== undefined && span <= HOURLY_UP_TO_MS ? 'hour' : 'day';
    request.overTimeStatistic = state.driftSettings.overTimeStatistic;
  }
  return { ok: true, request };
}
