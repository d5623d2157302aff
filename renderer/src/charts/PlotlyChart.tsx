import Plotly, { type Config, type PlotlyHTMLElement, type PlotMouseEvent, type PlotSelectionEvent } from 'plotly.js-dist-min';
import { useEffect, useRef } from 'react';
import type { ChartSpec } from './chartSpec';

export interface PlotlyChartProps {
  spec: ChartSpec;
  /** Names the chart for screen readers (the chart's title, usually). */
  ariaLabel: string;
  testId?: string;
  className?: string;
  onSelected?: (event: PlotSelectionEvent) => void;
  onClick?: (event: PlotMouseEvent) => void;
}

/** Offline, quiet charts: no Plotly logo or link, no mode bar, no network, no MathJax. */
const baseConfig: Partial<Config> = {
  displaylogo: false,
  displayModeBar: false,
  responsive: false,
  scrollZoom: false,
  showTips: false,
  typesetMath: false,
};

/**
 * The one component that owns Plotly's lifecycle (STYLE.md §2): draws on mount, updates in place with
 * Plotly.react when the spec changes, follows its container's size, and purges on unmount.
 */
export function PlotlyChart({ spec, ariaLabel, testId, className, onSelected, onClick }: PlotlyChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const handlers = useRef({ onSelected, onClick });
  handlers.current = { onSelected, onClick };

  useEffect(() => {
    const div = element.current;
    if (!div) return undefined;
    let disposed = false;
    const resize = new ResizeObserver(() => {
      if (!disposed && div.offsetWidth > 0) void Plotly.Plots.resize(div);
    });
    resize.observe(div);
    return () => {
      disposed = true;
      resize.disconnect();
      Plotly.purge(div);
    };
  }, []);

  useEffect(() => {
    const div = element.current;
    if (!div) return;
    let current = true;
    void Plotly.react(div, spec.data, spec.layout, { ...baseConfig, ...spec.config }).then((plot: PlotlyHTMLElement) => {
      if (!current) return;
      const graph = plot as PlotlyHTMLElement & { removeAllListeners?: (event: string) => void };
      graph.removeAllListeners?.('plotly_selected');
      graph.removeAllListeners?.('plotly_click');
      plot.on('plotly_selected', (event: PlotSelectionEvent) => handlers.current.onSelected?.(event));
      plot.on('plotly_click', (event: PlotMouseEvent) => handlers.current.onClick?.(event));
    });
    return () => {
      current = false;
    };
  }, [spec]);

  return <div ref={element} className={`chart ${className ?? ''}`} role="img" aria-label={ariaLabel} data-testid={testId} />;
}
