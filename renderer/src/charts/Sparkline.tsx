import type { SeverityLevel } from '../drift/driftModel';
import { sparklineGeometry } from './sparklineModel';

/** A column's drift per time bucket, as a tiny inline SVG in the ranked table. */
export function Sparkline({ values, threshold, level, label, width = 112, height = 24 }: {
  values: ReadonlyArray<number | null>; threshold?: number; level: SeverityLevel; label: string; width?: number; height?: number;
}) {
  const geometry = sparklineGeometry(values, width, height, threshold);
  const last = geometry.points[geometry.points.length - 1];
  return (
    <svg className={`sparkline sparkline-${level}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {geometry.thresholdY !== undefined && <line className="sparkline-threshold" x1={0} x2={width} y1={geometry.thresholdY} y2={geometry.thresholdY} />}
      <path className="sparkline-line" d={geometry.path} />
      {last && <circle className="sparkline-dot" cx={last.x} cy={last.y} r={1.8} />}
    </svg>
  );
}
