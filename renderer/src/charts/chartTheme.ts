import type { Layout } from 'plotly.js-dist-min';
import type { SeverityLevel } from '../drift/driftModel';

/**
 * Colours and the base layout every chart shares (dark theme, system font), so charts read as one
 * product. The CSS variables in styles/app.css use the same values.
 */
export const colors = {
  background: '#12151c',
  panel: '#171b24',
  grid: '#232a36',
  axis: '#3a4354',
  text: '#d9dee8',
  muted: '#8891a3',
  reference: '#8f9bb3',
  current: '#4c9aff',
  accent: '#4c9aff',
  versions: ['#4c9aff', '#36c5b0', '#b58cff', '#e8b04b', '#f07ea6', '#7fcf5b'],
  severity: { high: '#f0544f', medium: '#f39c44', low: '#d8c25a', none: '#566075' } satisfies Record<SeverityLevel, string>,
};

export const fontFamily = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** A title, axis titles and the shared look; every chart gets all three (the brief: no unlabelled chart). */
export function baseLayout(title: string, xTitle: string, yTitle: string, height: number): Partial<Layout> {
  return {
    title: { text: title, x: 0, xanchor: 'left', xref: 'container', y: 1, yanchor: 'top', yref: 'container', font: { size: 13, color: colors.text, family: fontFamily }, pad: { t: 10, b: 0, l: 4, r: 0 } },
    height,
    autosize: true,
    paper_bgcolor: colors.panel,
    plot_bgcolor: colors.panel,
    font: { family: fontFamily, size: 11, color: colors.muted },
    margin: { l: 56, r: 16, t: 36, b: 44 },
    xaxis: axis(xTitle),
    yaxis: axis(yTitle),
    hoverlabel: { bgcolor: '#0b0e13', bordercolor: colors.axis, font: { family: fontFamily, size: 12, color: colors.text } },
    legend: { orientation: 'h', x: 1, xanchor: 'right', y: 1.02, yanchor: 'bottom', font: { size: 11, color: colors.muted }, bgcolor: 'rgba(0,0,0,0)' },
    showlegend: false,
  };
}

export function axis(title: string): Partial<Layout['xaxis']> {
  return {
    title: { text: title, font: { size: 11, color: colors.muted }, standoff: 8 },
    gridcolor: colors.grid,
    linecolor: colors.axis,
    zerolinecolor: colors.grid,
    tickfont: { size: 10, color: colors.muted },
    automargin: true,
  };
}

/** Transparent fill of a colour for shaded ranges. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
