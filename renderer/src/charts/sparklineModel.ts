/**
 * Geometry of a sparkline (pure): the drift of one column per time bucket, drawn in the ranked table.
 * The vertical scale reaches at least the threshold, so a flat line near zero reads as "no drift" rather
 * than being stretched into noise; the threshold itself is a faint guide line.
 */
export interface SparklineGeometry {
  /** SVG path; gaps where a bucket has no value. */
  path: string;
  /** y of the threshold line, when inside the box. */
  thresholdY?: number;
  /** y of zero, for signed statistics. */
  zeroY: number;
  points: Array<{ x: number; y: number; value: number; index: number }>;
  max: number;
}

export function sparklineGeometry(values: ReadonlyArray<number | null>, width: number, height: number, threshold?: number): SparklineGeometry {
  const finite = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const max = Math.max(threshold ?? 0, ...finite.map((value) => Math.abs(value)), 1e-12);
  const min = Math.min(0, ...finite);
  const signedMin = min < 0 ? -max : 0;
  const pad = 1.5;
  const y = (value: number) => pad + (height - 2 * pad) * (1 - (value - signedMin) / (max - signedMin));
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points: SparklineGeometry['points'] = [];
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    const point = { x: round(pad + index * step), y: round(y(value)), value, index };
    points.push(point);
    path += `${drawing ? 'L' : 'M'}${point.x} ${point.y}`;
    drawing = true;
  });
  if (points.length === 1) path += `L${points[0].x + 0.01} ${points[0].y}`;
  const thresholdY = threshold !== undefined && threshold > 0 ? round(y(threshold)) : undefined;
  return { path, thresholdY, zeroY: round(y(0)), points, max };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
