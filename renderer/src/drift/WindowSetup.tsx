import { useMemo, useState } from 'react';
import type { PlotSelectionEvent } from 'plotly.js-dist-min';
import type { OverTimeStatistic } from '../../../shared/drift/driftOverTime';
import { overTimeStatistics } from '../../../shared/drift/driftOverTime';
import type { Timeline } from '../../../shared/overview/overviewResult';
import { chartTitle } from '../charts/chartSpec';
import { PlotlyChart } from '../charts/PlotlyChart';
import { timeBrushChart } from '../charts/timeBrushChart';
import { fileName } from '../format/display';
import { messages } from '../messages';
import type { DriftSettings, TimeWindowText, WindowMode, WindowName, WindowsState } from '../workbench/workbenchModel';
import { brushToWindow } from './windowsModel';

export interface WindowSetupProps {
  windows: WindowsState;
  settings: DriftSettings;
  timeline?: Timeline | null;
  versions: string[];
  source?: string;
  referenceSource?: string;
  running: boolean;
  problems: string[];
  onMode(mode: WindowMode): void;
  onEdit(window: WindowName, bound: keyof TimeWindowText, text: string): void;
  onBrush(window: WindowName, range: TimeWindowText): void;
  onVersion(window: WindowName, version: string): void;
  onSettings(settings: Partial<DriftSettings>): void;
  onRun(): void;
  onCancel(): void;
}

const modes: readonly WindowMode[] = ['time', 'version', 'source'];
const windowNames: readonly WindowName[] = ['reference', 'current'];

/** Choosing what to compare: two time windows (typed or brushed on the traffic chart), two model versions, or two logs. */
export function WindowSetup(props: WindowSetupProps) {
  const { windows, settings, timeline, running } = props;
  const text = messages.drift;
  const [active, setActive] = useState<WindowName>('reference');
  const brush = useMemo(() => (timeline && timeline.unit !== 'value' ? timeBrushChart(timeline, windows, active) : undefined),
    [timeline, windows, active]);

  const onSelected = (event: PlotSelectionEvent) => {
    const range = event?.range?.x;
    if (!range || range.length < 2) return;
    const window = brushToWindow(range[0] as string | number, range[1] as string | number);
    if (window) {
      props.onBrush(active, window);
      if (active === 'reference') setActive('current');
    }
  };

  return (
    <section className="card setup" aria-label={text.modeLabel} data-testid="drift-setup">
      <div className="setup-top">
        <div className="segmented" role="radiogroup" aria-label={text.modeLabel}>
          {modes.map((mode) => (
            <button key={mode} type="button" role="radio" aria-checked={windows.mode === mode} className={`segment ${windows.mode === mode ? 'segment-active' : ''}`}
              onClick={() => props.onMode(mode)} data-testid={`mode-${mode}`}>{text.modes[mode]}</button>
          ))}
        </div>
        <div className="setup-options">
          <label className="checkbox" title={text.exactHint}>
            <input type="checkbox" checked={settings.exact} onChange={(event) => props.onSettings({ exact: event.target.checked })} data-testid="exact" />
            {text.exact}
          </label>
          <label className="inline-field">
            <span>{text.overTimeStatistic}</span>
            <select className="input input-compact" value={settings.overTimeStatistic}
              onChange={(event) => props.onSettings({ overTimeStatistic: event.target.value as OverTimeStatistic })}>
              {overTimeStatistics.map((statistic) => <option key={statistic} value={statistic}>{messages.overTimeStatistics[statistic]}</option>)}
            </select>
          </label>
          {running
            ? <button type="button" className="button" onClick={props.onCancel} data-testid="cancel-drift">{text.cancel}</button>
            : <button type="button" className="button button-primary" onClick={props.onRun} data-testid="run-drift">{text.run}</button>}
        </div>
      </div>

      {windows.mode === 'time' && (
        <div className="setup-time">
          <div className="window-fields">
            {windowNames.map((name) => (
              <fieldset key={name} className={`window-field window-${name} ${active === name ? 'window-active' : ''}`}>
                <legend>
                  <button type="button" className="window-legend" aria-pressed={active === name} onClick={() => setActive(name)} title={text.brushHint}>
                    <span className={`swatch swatch-${name}`} aria-hidden="true" />{messages.windows.label[name]}
                  </button>
                </legend>
                <label className="bound">
                  <span>{text.start}</span>
                  <input className="input mono" value={windows[name].start} placeholder={text.boundPlaceholder} spellCheck={false}
                    aria-label={`${messages.windows.label[name]} ${text.start.toLowerCase()}`} data-testid={`window-${name}-start`}
                    onFocus={() => setActive(name)} onChange={(event) => props.onEdit(name, 'start', event.target.value)} />
                </label>
                <label className="bound">
                  <span>{text.end}</span>
                  <input className="input mono" value={windows[name].end} placeholder={text.boundPlaceholder} spellCheck={false}
                    aria-label={`${messages.windows.label[name]} ${text.end.toLowerCase()}`} data-testid={`window-${name}-end`}
                    onFocus={() => setActive(name)} onChange={(event) => props.onEdit(name, 'end', event.target.value)} />
                </label>
              </fieldset>
            ))}
          </div>
          {brush && (
            <div className="brush">
              <PlotlyChart spec={brush} ariaLabel={chartTitle(brush)} onSelected={onSelected} testId="time-brush" />
              <p className="field-hint">{text.brushHint}</p>
            </div>
          )}
        </div>
      )}

      {windows.mode === 'version' && props.versions.length < 2 && <p className="field-hint">{text.fewVersions(props.versions.join(', '))}</p>}
      {windows.mode === 'version' && (
        <div className="window-fields">
          {windowNames.map((name) => (
            <label key={name} className={`window-field window-${name}`}>
              <span className="window-legend-static"><span className={`swatch swatch-${name}`} aria-hidden="true" />{text.version(name)}</span>
              <select className="input" value={name === 'reference' ? windows.referenceVersion : windows.currentVersion}
                onChange={(event) => props.onVersion(name, event.target.value)} data-testid={`version-${name}`}>
                <option value="">{text.pickVersionOption}</option>
                {props.versions.map((version) => <option key={version} value={version}>{version}</option>)}
              </select>
            </label>
          ))}
        </div>
      )}

      {windows.mode === 'source' && (
        <div className="window-fields">
          <div className="window-field window-reference">
            <span className="window-legend-static"><span className="swatch swatch-reference" aria-hidden="true" />{text.sourceReference}</span>
            <span className="mono" title={props.referenceSource}>{props.referenceSource ? fileName(props.referenceSource) : text.noReferenceSource}</span>
          </div>
          <div className="window-field window-current">
            <span className="window-legend-static"><span className="swatch swatch-current" aria-hidden="true" />{text.sourceCurrent}</span>
            <span className="mono" title={props.source}>{props.source ? fileName(props.source) : ''}</span>
          </div>
        </div>
      )}

      {props.problems.length > 0 && (
        <ul className="problems" role="alert" data-testid="drift-problems">
          {props.problems.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
    </section>
  );
}
