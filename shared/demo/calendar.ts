/**
 * The fixed calendar of every demo log: 28 days (four whole weeks) ending at a fixed date, so output
 * never depends on the clock. `event_time` is a naive TIMESTAMP holding UTC.
 *
 * 2026-02-01 is a Sunday, so hour-of-week 0 is Sunday 00:00 and hour-of-week = hours since start mod 168.
 */

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** First instant covered by the log (inclusive). */
export const DEMO_START_MS = Date.UTC(2026, 1, 1);
/** Length of the log in days: four whole weeks, so every weekday appears four times. */
export const DEMO_DAYS = 28;
/** End of the log (exclusive). */
export const DEMO_END_MS = DEMO_START_MS + DEMO_DAYS * MS_PER_DAY;
/** Labels arrive late: events in the last this-many days have no row in labels.parquet. */
export const DEMO_LABEL_DELAY_DAYS = 3;
/** Events at or after this instant are unlabelled. */
export const DEMO_LABEL_CUTOFF_MS = DEMO_END_MS - DEMO_LABEL_DELAY_DAYS * MS_PER_DAY;

/** Formats epoch milliseconds as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds; the demo calendar never needs more). */
export function isoFromEpochMs(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Epoch milliseconds of a UTC instant written as `YYYY-MM-DDTHH:MM:SSZ`; throws on any other shape. */
export function epochMsFromIso(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(iso)) {
    throw new Error(`Expected a UTC time like 2026-02-19T14:00:00Z, got '${iso}'.`);
  }
  return Date.parse(iso);
}

/** Days (fractional) from the start of the log to the given instant; the generator's time axis. */
export function demoDayFromEpochMs(epochMs: number): number {
  return (epochMs - DEMO_START_MS) / MS_PER_DAY;
}
