import type { ReportedValue } from '../../../shared/inspect/inspectResult';
import type { TimeWindowText, WindowName } from '../workbench/workbenchModel';
import { messages } from '../messages';

/**
 * Time windows as typed or brushed (pure): validation, the `A..B` text the drift request takes
 * (half-open [A, B), shared/windows/windowSpec.ts), a first suggestion, and brush ranges to text.
 * Times are UTC, like the timestamps of the logs.
 */
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z)?$/;
const numberPattern = /^-?\d+(\.\d+)?$/;

export type BoundResult = { ok: true; value: string | undefined } | { ok: false; problem: string };

/** One bound as the request wants it ("2026-02-19", "2026-02-19T14:00", or a number), '' meaning open. */
export function normalizeBound(text: string): BoundResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (numberPattern.test(trimmed) && !/^\d{8}$/.test(trimmed)) return { ok: true, value: trimmed };
  if ((datePattern.test(trimmed) || dateTimePattern.test(trimmed)) && !Number.isNaN(boundToMs(trimmed) ?? Number.NaN)) {
    return { ok: true, value: trimmed.replace(' ', 'T') };
  }
  return { ok: false, problem: messages.windows.badBound(trimmed) };
}

/** A bound as epoch milliseconds (UTC), or undefined for an empty, numeric or unreadable bound. */
export function boundToMs(text: string): number | undefined {
  const trimmed = text.trim().replace(' ', 'T');
  if (trimmed === '' || numberPattern.test(trimmed)) return undefined;
  const withTime = datePattern.test(trimmed) ? `${trimmed}T00:00:00` : trimmed;
  const time = Date.parse(withTime.endsWith('Z') ? withTime : `${withTime}Z`);
  return Number.isNaN(time) ? undefined : time;
}

export type RangeResult = { ok: true; range: string } | { ok: false; problem: string };

/** The `A..B` text of a window; both bounds empty is refused (a window must narrow something). */
export function windowRange(window: TimeWindowText, name: WindowName): RangeResult {
  const start = normalizeBound(window.start);
  if (!start.ok) return { ok: false, problem: `${messages.windows.label[name]}: ${start.problem}` };
  const end = normalizeBound(window.end);
  if (!end.ok) return { ok: false, problem: `${messages.windows.label[name]}: ${end.problem}` };
  if (start.value === undefined && end.value === undefined) return { ok: false, problem: messages.windows.emptyWindow(name) };
  if (start.value !== undefined && end.value !== undefined) {
    const startMs = boundToMs(start.value);
    const endMs = boundToMs(end.value);
    const ordered = startMs !== undefined && endMs !== undefined ? startMs < endMs : Number(start.value) < Number(end.value);
    if (!ordered) return { ok: false, problem: messages.windows.endsBeforeStart(name) };
  }
  return { ok: true, range: `${start.value ?? ''}..${end.value ?? ''}` };
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * A first pair of windows for a log spanning [min, max]: the first half of its days as reference, the
 * second half as current. A starting point for the analyst, shown in the fields, never run unasked.
 */
export function suggestWindows(min: ReportedValue, max: ReportedValue): { reference: TimeWindowText; current: TimeWindowText } | undefined {
  if (typeof min !== 'string' || typeof max !== 'string') return undefined;
  const minMs = Date.parse(min);
  const maxMs = Date.parse(max);
  if (Number.isNaN(minMs) || Number.isNaN(maxMs) || maxMs <= minMs) return undefined;
  const firstDay = Math.floor(minMs / DAY_MS) * DAY_MS;
  const endDay = Math.floor(maxMs / DAY_MS) * DAY_MS + DAY_MS;
  const days = Math.round((endDay - firstDay) / DAY_MS);
  if (days < 2) {
    const middle = Math.round((minMs + maxMs) / 2 / HOUR_MS) * HOUR_MS;
    const startHour = Math.floor(minMs / HOUR_MS) * HOUR_MS;
    const endHour = Math.ceil(maxMs / HOUR_MS) * HOUR_MS + (maxMs % HOUR_MS === 0 ? HOUR_MS : 0);
    return { reference: { start: boundText(startHour), end: boundText(middle) }, current: { start: boundText(middle), end: boundText(endHour) } };
  }
  const split = firstDay + Math.floor(days / 2) * DAY_MS;
  return { reference: { start: boundText(firstDay), end: boundText(split) }, current: { start: boundText(split), end: boundText(endDay) } };
}

/** A brushed x-range (Plotly gives "2026-02-03 05:12:33.1" or epoch ms) as a window rounded out to whole hours. */
export function brushToWindow(from: string | number, to: string | number): TimeWindowText | undefined {
  const startMs = toMs(from);
  const endMs = toMs(to);
  if (startMs === undefined || endMs === undefined) return undefined;
  const low = Math.min(startMs, endMs);
  const high = Math.max(startMs, endMs);
  const start = Math.floor(low / HOUR_MS) * HOUR_MS;
  const end = Math.max(start + HOUR_MS, Math.ceil(high / HOUR_MS) * HOUR_MS);
  return { start: boundText(start), end: boundText(end) };
}

/** Epoch ms as a bound: "2026-02-19" at midnight, "2026-02-19 14:00" otherwise. */
export function boundText(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** A window's span in ms when both ends are timestamps (a window open on one side spans to the log's edge). */
export function windowSpanMs(window: TimeWindowText, logMin?: ReportedValue, logMax?: ReportedValue): number | undefined {
  const start = boundToMs(window.start) ?? (typeof logMin === 'string' ? Date.parse(logMin) : undefined);
  const end = boundToMs(window.end) ?? (typeof logMax === 'string' ? Date.parse(logMax) : undefined);
  return start !== undefined && end !== undefined && !Number.isNaN(start) && !Number.isNaN(end) ? end - start : undefined;
}

function toMs(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = value.trim().replace(' ', 'T');
  if (datePattern.test(text)) return boundToMs(text);
  const time = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(time) ? undefined : time;
}
