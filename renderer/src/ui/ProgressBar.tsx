/** A thin progress bar; no fraction means "working" (indeterminate). */
export function ProgressBar({ fraction, label }: { fraction?: number; label: string }) {
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
  return (
    <div className={`progress ${percent === undefined ? 'progress-indeterminate' : ''}`} role="progressbar" aria-label={label}
      aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="progress-fill" style={percent === undefined ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
