import type { ColumnHistogram } from '../../../shared/overview/overviewResult';
import { miniHistogram } from './miniHistogramModel';

/** A column's distribution as a small bar glyph; each bin names its range and count on hover. */
export function MiniHistogram({ histogram, label, width = 132, height = 28 }: { histogram: ColumnHistogram; label: string; width?: number; height?: number }) {
  const { bars, summary } = miniHistogram(histogram, width, height);
  return (
    <svg className="mini-histogram" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}. ${summary}`}>
      {bars.map((bar, index) => (
        <g key={index}>
          <title>{bar.label}</title>
          <rect className="mini-hit" x={bar.x} y={0} width={bar.width} height={height} />
          <rect className={bar.isOther ? 'mini-bar mini-bar-other' : 'mini-bar'} x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
        </g>
      ))}
    </svg>
  );
}
