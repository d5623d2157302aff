import { useMemo } from 'react';
import { type Role, roleNames } from '../../../shared/roles/roles';
import { chartTitle } from '../charts/chartSpec';
import { MiniHistogram } from '../charts/MiniHistogram';
import { PlotlyChart } from '../charts/PlotlyChart';
import { timelineChart } from '../charts/timelineChart';
import { fileName, formatPercent, sentenceCase } from '../format/display';
import type { SlotState } from '../jobs/requestSlot';
import { messages } from '../messages';
import { EmptyState } from '../ui/EmptyState';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ProgressBar } from '../ui/ProgressBar';
import { type ColumnRow, columnRows, overviewFacts } from './overviewModel';
import type { OverviewLoad } from './useOverview';

export interface OverviewPageProps {
  source?: string;
  overview: SlotState<OverviewLoad>;
  roles: Record<string, Role>;
  onRoleChange(column: string, role: Role | undefined): void;
  onGoToSources(): void;
  onTryDemo(): void;
}

/** Overview: what the log holds — rows, time range, traffic by model version, and every column with its role. */
export function OverviewPage({ source, overview, roles, onRoleChange, onGoToSources, onTryDemo }: OverviewPageProps) {
  const load = overview.value?.path === source ? overview.value : undefined;
  const result = load?.result;
  const chart = useMemo(() => (result?.timeline ? timelineChart(result.timeline) : undefined), [result]);
  const rows = useMemo(() => (result ? columnRows(result, roles) : []), [result, roles]);

  if (!source) {
    return (
      <div className="page">
        <EmptyState title={messages.empty.title} body={messages.empty.overviewNeedsSource} testId="overview-empty">
          <button type="button" className="button button-primary" onClick={onGoToSources}>{messages.empty.openLog}</button>
          <button type="button" className="button" onClick={onTryDemo}>{messages.empty.tryDemo}</button>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page page-overview" data-testid="overview-page">
      <header className="page-header">
        <div>
          <h1 className="page-title">{messages.overview.title} <span className="page-title-context">{fileName(source)}</span></h1>
          <p className="page-subtitle mono" title={source}>{source}</p>
        </div>
      </header>

      {overview.status === 'failed' && overview.error && (
        <>
          <ErrorNotice title={messages.errors.title.overview} error={overview.error} />
          {!result && <button type="button" className="button" onClick={onGoToSources}>{messages.overview.openAnother}</button>}
        </>
      )}
      {overview.status === 'running' && (
        <div className="loading-line" role="status">
          <span>{overview.progress ? sentenceCase(overview.progress.message) : messages.overview.loading}</span>
          <ProgressBar fraction={overview.progress?.fraction} label={messages.overview.loading} />
        </div>
      )}

      {result && (
        <>
          <dl className="facts" data-testid="overview-facts">
            {overviewFacts(result).map((fact) => (
              <div key={fact.label} className={`fact ${fact.wide ? 'fact-wide' : ''}`}>
                <dt>{fact.label}</dt>
                <dd data-testid={`fact-${fact.label.toLowerCase().replace(/\s+/g, '-')}`}>{fact.value}</dd>
                {fact.detail && <dd className="fact-detail">{fact.detail}</dd>}
              </div>
            ))}
          </dl>

          <section className="card card-chart">
            {chart ? <PlotlyChart spec={chart} ariaLabel={chartTitle(chart)} testId="timeline-chart" />
              : <p className="muted">{messages.overview.noTimeline}</p>}
          </section>

          <section className="card card-table" aria-labelledby="columns-title">
            <div className="card-heading">
              <h2 className="card-title" id="columns-title">{messages.overview.columnsTitle} <span className="count">{rows.length}</span></h2>
              <p className="card-hint">{messages.overview.columnsHint}</p>
            </div>
            <ColumnsTable rows={rows} onRoleChange={onRoleChange} distinctApproximate={result.inspect.distinct_method === 'approximate'} />
          </section>

          {result.inspect.notes.length > 0 && (
            <section className="card">
              <h2 className="card-title">{messages.overview.notesTitle}</h2>
              <ul className="notes-list">{result.inspect.notes.map((note) => <li key={note}>{note}</li>)}</ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function ColumnsTable({ rows, onRoleChange, distinctApproximate }: { rows: ColumnRow[]; onRoleChange(column: string, role: Role | undefined): void; distinctApproximate: boolean }) {
  const headers = messages.overview.headers;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="columns-table">
        <thead>
          <tr>
            <th scope="col">{headers.name}</th>
            <th scope="col">{headers.type}</th>
            <th scope="col">{headers.role}</th>
            <th scope="col" className="num">{headers.nulls}</th>
            <th scope="col" className="num" title={distinctApproximate ? messages.overview.distinctApprox : undefined}>{headers.distinct}{distinctApproximate ? ' ≈' : ''}</th>
            <th scope="col">{headers.range}</th>
            <th scope="col">{headers.histogram}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-testid="column-row">
              <th scope="row" className="mono cell-name">{row.name}</th>
              <td className="mono muted cell-type">{row.type}</td>
              <td>
                <div className="role-cell">
                  <select className={`input input-compact role-select role-${row.role}`} value={row.role} aria-label={messages.overview.roleLabel(row.name)}
                    title={row.roleReason} onChange={(event) => onRoleChange(row.name, event.target.value as Role)}>
                    {roleNames.map((role) => <option key={role} value={role}>{messages.roles[role]}</option>)}
                  </select>
                  {row.edited && (
                    <button type="button" className="link-button" onClick={() => onRoleChange(row.name, undefined)} title={messages.overview.resetRole}>
                      {messages.overview.edited} ×
                    </button>
                  )}
                </div>
              </td>
              <td className="num">
                <span className={row.nullRate > 0 ? '' : 'muted'}>{row.nulls}</span>
                {row.nullRate > 0 && <span className="null-rate">{formatPercent(row.nullRate)}</span>}
              </td>
              <td className="num">{row.distinct}</td>
              <td className="mono cell-range">{row.range}</td>
              <td>{row.histogram ? <MiniHistogram histogram={row.histogram} label={messages.overview.histogramAria(row.name)} /> : <span className="faint small">{messages.overview.noHistogram}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
