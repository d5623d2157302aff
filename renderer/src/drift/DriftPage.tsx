import { useMemo, useState } from 'react';
import type { PlotMouseEvent } from 'plotly.js-dist-min';
import type { OverviewResult } from '../../../shared/overview/overviewResult';
import { chartTitle } from '../charts/chartSpec';
import { overTimeHeatmap, overTimeScale } from '../charts/overTimeHeatmap';
import { PlotlyChart } from '../charts/PlotlyChart';
import { fileName, formatCount, formatStatistic, sentenceCase } from '../format/display';
import type { SlotState } from '../jobs/requestSlot';
import { messages } from '../messages';
import { modelVersions } from '../overview/overviewModel';
import { EmptyState } from '../ui/EmptyState';
import { ErrorNotice, InfoNotice } from '../ui/ErrorNotice';
import { ProgressBar } from '../ui/ProgressBar';
import type { WorkbenchAction, WorkbenchState } from '../workbench/workbenchModel';
import { ColumnDetail } from './ColumnDetail';
import type { DriftRequestResult } from './driftRequestModel';
import { describeRequestWindow, driftRows, driftSummary, missingDrivenColumns, rankedFeatures, sameDriftRequest, selectedFeature } from './driftModel';
import { DriftTable } from './DriftTable';
import type { DriftRun } from './useDrift';
import { WindowSetup } from './WindowSetup';

export interface DriftPageProps {
  state: WorkbenchState;
  overview?: OverviewResult;
  drift: SlotState<DriftRun>;
  /** The request the windows on screen would send now (to tell a stale result). */
  pending: DriftRequestResult;
  dispatch(action: WorkbenchAction): void;
  onRun(): DriftRequestResult;
  onCancel(): void;
  onGoToSources(): void;
}

/** Drift: choose windows, run, then read the ranked columns, the heatmap over time and one column in detail. */
export function DriftPage({ state, overview, drift, pending, dispatch, onRun, onCancel, onGoToSources }: DriftPageProps) {
  // Problems show once the analyst has tried to run; after that they follow the fields as they are edited.
  const [triedToRun, setTriedToRun] = useState(false);
  const problems = triedToRun && !pending.ok ? pending.problems : [];
  const run = drift.value;
  const result = run?.result;
  const rows = useMemo(() => (result ? driftRows(result) : []), [result]);
  const order = useMemo(() => (result ? rankedFeatures(result).map((feature) => feature.name) : []), [result]);
  const heatmap = useMemo(() => (result?.over_time ? overTimeHeatmap(result.over_time, order, result.params) : undefined), [result, order]);
  const feature = result ? selectedFeature(result, state.selectedColumn) : undefined;
  const running = drift.status === 'running';
  const stale = run !== undefined && (!pending.ok || !sameDriftRequest(pending.request, run.request));

  if (!state.source) {
    return (
      <div className="page">
        <EmptyState title={messages.empty.title} body={messages.empty.driftNeedsSource} testId="drift-empty">
          <button type="button" className="button button-primary" onClick={onGoToSources}>{messages.empty.openLog}</button>
        </EmptyState>
      </div>
    );
  }

  const select = (column: string) => dispatch({ type: 'columnSelected', column });
  const onHeatmapClick = (event: PlotMouseEvent) => {
    const column = event.points?.[0]?.y;
    if (typeof column === 'string') select(column);
  };
  const overTime = result?.over_time;
  const overTimeLabel = overTime ? messages.overTimeStatistics[overTime.statistic] : undefined;
  const summary = result ? driftSummary(result) : undefined;
  const missingDriven = overTime && overTime.statistic !== 'missing' ? missingDrivenColumns(rows) : [];
  const showMissingOverTime = () => {
    dispatch({ type: 'driftSettingsChanged', settings: { overTimeStatistic: 'missing' } });
    setTriedToRun(!onRun().ok);
  };

  return (
    <div className="page page-drift" data-testid="drift-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{messages.drift.title} <span className="page-title-context">{fileName(state.source)}</span></h1>
          <p className="page-subtitle">{messages.drift.subtitle}</p>
        </div>
      </header>

      <WindowSetup
        windows={state.windows}
        settings={state.driftSettings}
        timeline={overview?.timeline}
        versions={modelVersions(overview)}
        source={state.source}
        referenceSource={state.referenceSource}
        running={running}
        problems={problems}
        onMode={(mode) => dispatch({ type: 'windowModeChanged', mode })}
        onEdit={(window, bound, text) => dispatch({ type: 'windowEdited', window, bound, text })}
        onBrush={(window, range) => dispatch({ type: 'windowSet', window, range })}
        onVersion={(window, version) => dispatch({ type: 'versionChanged', window, version })}
        onSettings={(settings) => dispatch({ type: 'driftSettingsChanged', settings })}
        onRun={() => setTriedToRun(!onRun().ok)}
        onCancel={onCancel}
      />

      {running && (
        <div className="loading-line" role="status" data-testid="drift-running">
          <span>{drift.progress ? sentenceCase(drift.progress.message) : messages.drift.running}</span>
          <ProgressBar fraction={drift.progress?.fraction} label={messages.jobs.titles.drift} />
        </div>
      )}
      {drift.status === 'failed' && drift.error && <ErrorNotice title={messages.errors.title.drift} error={drift.error} />}
      {drift.status === 'cancelled' && <InfoNotice testId="drift-cancelled">{messages.drift.cancelled}</InfoNotice>}

      {!result && !running && drift.status !== 'failed' && (
        <EmptyState title={messages.empty.driftNotRun} body={messages.empty.driftNotRunDetail} testId="drift-not-run" />
      )}

      {result && run && summary && (
        <div className={`results ${running ? 'results-busy' : ''}`} data-testid="drift-results">
          {stale && !running && <p className="stale-note" data-testid="drift-stale">{messages.drift.stale}</p>}
          <dl className="facts">
            <div className="fact fact-reference">
              <dt><span className="swatch swatch-reference" aria-hidden="true" />{messages.drift.summary.reference}</dt>
              <dd>{messages.drift.summary.rows(formatCount(result.reference.rows))}</dd>
              <dd className="fact-detail" title={result.reference.window}>{describeRequestWindow(run.request, 'reference', fileName)}</dd>
            </div>
            <div className="fact fact-current">
              <dt><span className="swatch swatch-current" aria-hidden="true" />{messages.drift.summary.current}</dt>
              <dd>{messages.drift.summary.rows(formatCount(result.current.rows))}</dd>
              <dd className="fact-detail" title={result.current.window}>{describeRequestWindow(run.request, 'current', fileName)}</dd>
            </div>
            <div className="fact">
              <dt>{messages.drift.summary.detected}</dt>
              <dd data-testid="detected-count" className={summary.detected > 0 ? 'text-medium' : ''}>{messages.drift.summary.detectedValue(summary.detected, summary.compared)}</dd>
              <dd className="fact-detail">{summary.top ? messages.drift.summary.top(summary.top) : ''}</dd>
            </div>
            {result.multivariate && (
              <div className="fact">
                <dt>{messages.drift.summary.multivariate}</dt>
                <dd>{formatStatistic(result.multivariate.auc)}</dd>
                <dd className="fact-detail">{messages.drift.summary.multivariateHint(result.multivariate.drivers.slice(0, 2).map((driver) => driver.column).join(', '))}</dd>
              </div>
            )}
          </dl>

          <div className="drift-layout">
            <div className="drift-main">
              <section className="card card-table" aria-labelledby="drift-table-title">
                <h2 className="card-title" id="drift-table-title">{messages.drift.tableTitle} <span className="count">{rows.length}</span></h2>
                <DriftTable rows={rows} selected={feature?.name} overTimeLabel={overTimeLabel}
                  overTimeThreshold={overTime ? overTimeScale(overTime.statistic, result.params).threshold : undefined} onSelect={select} />
              </section>
              <section className="card card-chart" data-testid="heatmap">
                {missingDriven.length > 0 && overTimeLabel && (
                  <div className="chart-hint">
                    <span>{messages.drift.missingHint(missingDriven.join(', '), overTimeLabel)}</span>
                    <button type="button" className="button button-small" onClick={showMissingOverTime} disabled={running}>{messages.drift.showMissingOverTime}</button>
                  </div>
                )}
                {heatmap ? <PlotlyChart spec={heatmap} ariaLabel={chartTitle(heatmap)} onClick={onHeatmapClick} /> : <p className="muted">{messages.drift.noOverTime}</p>}
              </section>
              {result.notes.length > 0 && (
                <section className="card">
                  <h2 className="card-title">{messages.drift.notes}</h2>
                  <ul className="notes-list">{result.notes.map((note) => <li key={note}>{note}</li>)}</ul>
                </section>
              )}
            </div>
            <div className="drift-side">
              {feature && <ColumnDetail key={feature.name} feature={feature} result={result} />}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
