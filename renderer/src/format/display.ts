import { formatCount, formatPercent } from '../../../shared/format/numbers';

/**
 * Number and time formatting for the UI, on top of shared/format/numbers.ts: statistics to three
 * significant digits, p-values in scientific notation when tiny, timestamps as UTC "YYYY-MM-DD HH:mm".
 * Pure: no DOM, no locale from the machine (the figures read the same on every analyst's screen).
 */
export { formatCount, formatPercent };

const MINUS = '\u2212';

/** A statistic's value: 3 significant digits, scientific below 0.001, thousands separators above 10,000. */
export function formatStatistic(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  if (magnitude < 0.001) return `${sign}${scientific(magnitude)}`;
  if (magnitude >= 10_000) return `${sign}${Math.round(magnitude).toLocaleString('en-US')}`;
  return `${sign}${trimZeros(magnitude.toPrecision(3))}`;
}

/** A p-value: "< 1e-300" for an underflow to 0, scientific below 0.0001, else 3 significant digits. */
export function formatPValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (value <= 0) return '< 1e-300';
  if (value < 0.0001) return scientific(value);
  return trimZeros(value.toPrecision(3));
}

/** A change of a rate in percentage points: "+15.7 pp". */
export function formatPointChange(delta: number): string {
  if (!Number.isFinite(delta)) return '—';
  const points = delta * 100;
  if (Math.abs(points) < 0.05) return '0 pp';
  const sign = points > 0 ? '+' : MINUS;
  return `${sign}${trimZeros(Math.abs(points).toFixed(1))} pp`;
}

/** A value in a distribution (a bin edge, a quantile): 4 significant digits, no separators for small numbers. */
export function formatValue(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return formatStatistic(value);
    if (Number.isInteger(value)) return Math.abs(value) >= 100_000 ? value.toLocaleString('en-US') : String(value);
    if (Math.abs(value) >= 100_000) return Math.round(value).toLocaleString('en-US');
    return trimZeros(value.toPrecision(4));
  }
  if (typeof value === 'string' && isIsoTimestamp(value)) return formatTimestamp(value);
  return String(value);
}

export function isIsoTimestamp(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text);
}

/** "2026-02-19 14:00" (UTC; seconds only when they are not zero). */
export function formatTimestamp(iso: string | number | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  if (typeof iso === 'number') return String(iso);
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const text = new Date(time).toISOString();
  const seconds = text.slice(17, 19);
  return `${text.slice(0, 10)} ${text.slice(11, 16)}${seconds !== '00' ? `:${seconds}` : ''}`;
}

/** "2026-02-19" (UTC). */
export function formatDay(iso: string | number): string {
  if (typeof iso === 'number') return String(iso);
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 10);
}

/** A duration as the largest sensible unit: "28 days", "3.5 hours", "40 min". */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '—';
  const minutes = milliseconds / 60_000;
  if (minutes < 1) return `${Math.round(milliseconds / 1000)} s`;
  if (minutes < 90) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${trimZeros(hours.toPrecision(hours < 10 ? 2 : 3))} hours`;
  const days = hours / 24;
  return `${trimZeros(days.toPrecision(days < 10 ? 2 : 3))} days`;
}

/** Elapsed time of a job: "0.8 s", "12 s", "2 min 05 s". */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.max(0, milliseconds) / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}

/** The last part of a path, for titles; the full path stays available as a tooltip. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length > 0 ? parts[parts.length - 1] : path;
}

/** The folder part of a path ('' when there is none). */
export function folderOf(path: string): string {
  const index = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return index > 0 ? path.slice(0, index) : '';
}

function scientific(value: number): string {
  const [mantissa, exponent] = value.toExponential(1).split('e');
  const mantissaText = mantissa.endsWith('.0') ? mantissa.slice(0, -2) : mantissa;
  const exponentValue = Number(exponent);
  return `${mantissaText}e${exponentValue < 0 ? '-' : ''}${Math.abs(exponentValue)}`;
}

function trimZeros(text: string): string {
  if (text.includes('e')) return text;
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** "drift aggregates ready" → "Drift aggregates ready" (engine progress messages are lower case). */
export function sentenceCase(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
