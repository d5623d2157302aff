import { useMemo, useState } from 'react';
import type { DriftFeature, DriftResult } from '../../../shared/drift/driftResult';
import { chartTitle } from '../charts/chartSpec';
import { distributionChart } from '../charts/distributionChart';
import { PlotlyChart } from '../charts/PlotlyChart';
import { formatCount, formatPercent, formatPointChange, formatPValue, formatStatistic, formatValue } from '../format/display';
import { messages } from '../messages';
import { readFeature } from './driftReading';
import { formatStatisticValue, formatThreshold, missingOf, severityLevel, sqlForColumn, statisticRows } from './driftModel';

/** One column in full: both distributions, the plain reading, every statistic with its verdict, and the SQL behind it. */
export function ColumnDetail({ feature, result }: { feature: DriftFeature; result: DriftResult }) {
  const text = messages.detail;
  const chart = useMemo(() => distributionChart(feature), [feature]);
  const level = severityLevel(feature);
  const missing = missingOf(feature);
  const stats = statisticRows(feature, result.params);
  const sql = sqlForColumn(result.sql, feature.name);
  const importanceSource = text.importanceSource[feature.importance.source] ?? feature.importance.source;

  return (
    <section className="card detail" aria-label={text.title(feature.name)} data-testid="column-detail" data-column={feature.name}>
      <header className="detail-header">
        <div>
          <h2 className="detail-title mono">{feature.name}</h2>
          <p className="detail-sub">{messages.roles[feature.role]} · {feature.kind} · {text.importance} {formatStatistic(feature.importance.value)} ({importanceSource})</p>
        </div>
        <div className="detail-verdict">
          <span className={`badge badge-${level}`}>{messages.drift.status[level]}</span>
          <span className="detail-severity">{messages.drift.headers.severity} <strong className={`text-${level}`}>{feature.drift.severity.toFixed(2)}</strong></span>
        </div>
      </header>

      <p className={`reading reading-${level}`} data-testid="reading">{readFeature(feature, result.params)}</p>
      <p className="engine-reason"><span className="muted">{text.engineReason}:</span> {feature.drift.reason}</p>

      <div className="detail-chart" data-testid="distribution-chart">
        <PlotlyChart spec={chart} ariaLabel={chartTitle(chart)} />
        {feature.bins.truncated && <p className="field-hint">{text.truncated}</p>}
      </div>

      <div className="detail-grid">
        <div className="detail-block">
          <h3 className="block-title">{text.missingTitle}</h3>
          <MissingBars reference={missing.reference.rate} current={missing.current.rate} />
          <dl className="pairs">
            <div><dt>{messages.windows.label.reference}</dt><dd>{text.missingValue(formatPercent(missing.reference.rate), formatCount(missing.reference.count))}</dd></div>
            <div><dt>{messages.windows.label.current}</dt><dd>{text.missingValue(formatPercent(missing.current.rate), formatCount(missing.current.count))}</dd></div>
            <div><dt>Δ</dt><dd>{formatPointChange(missing.current.rate - missing.reference.rate)}</dd></div>
          </dl>
        </div>
        {feature.quantiles && (
          <div className="detail-block">
            <h3 className="block-title">{text.quantilesTitle}</h3>
            <table className="table table-compact">
              <thead><tr><th scope="col">{text.quantileHeaders.quantile}</th><th scope="col" className="num">{text.quantileHeaders.reference}</th><th scope="col" className="num">{text.quantileHeaders.current}</th></tr></thead>
              <tbody>
                {(['p1', 'p50', 'p99'] as const).map((quantile) => (
                  <tr key={quantile}>
                    <th scope="row">{quantile}</th>
                    <td className="num">{formatValue(feature.quantiles?.[quantile].reference)}</td>
                    <td className="num">{formatValue(feature.quantiles?.[quantile].current)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {feature.categories && (
          <div className="detail-block">
            <h3 className="block-title">{text.categoriesTitle}</h3>
            <ul className="plain-list">
              <li>{text.distinctCategories(formatCount(feature.categories.distinct_reference), formatCount(feature.categories.distinct_current))}</li>
              <li>{text.newCategories(feature.categories.new.length, formatPercent(feature.categories.new_share_current))}{feature.categories.new.length > 0 && <span className="mono muted"> {feature.categories.new.slice(0, 5).join(', ')}</span>}</li>
              <li>{text.vanishedCategories(feature.categories.vanished.length, formatPercent(feature.categories.vanished_share_reference))}{feature.categories.vanished.length > 0 && <span className="mono muted"> {feature.categories.vanished.slice(0, 5).join(', ')}</span>}</li>
            </ul>
          </div>
        )}
      </div>

      <h3 className="block-title">{text.statisticsTitle}</h3>
      <table className="table table-compact" data-testid="statistics-table">
        <thead>
          <tr>
            <th scope="col">{text.statHeaders.statistic}</th>
            <th scope="col" className="num">{text.statHeaders.value}</th>
            <th scope="col" className="num">{text.statHeaders.threshold}</th>
            <th scope="col" className="num">{text.statHeaders.pAdjusted}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((row) => (
            <tr key={row.id}>
              <th scope="row" title={messages.statistics[row.id].long}>{messages.statistics[row.id].short}</th>
              <td className={`num ${row.reachesThreshold ? 'text-medium' : ''}`}>
                {formatStatisticValue(row.id, row.value)}
                {row.approximate && <span className="approx" title={text.approximate(formatStatistic(row.errorBound))}> ≈</span>}
              </td>
              <td className="num muted">{formatThreshold(row.id, row.threshold)}</td>
              <td className={`num ${row.significant ? 'text-medium' : ''}`} title={row.pValue === undefined ? undefined : text.rawPValue(formatPValue(row.pValue))}>{formatPValue(row.pValueAdjusted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{text.statLegend(String(result.params.alpha))}</p>

      <SqlBlock statements={sql.statements} all={sql.all} />
    </section>
  );
}

function MissingBars({ reference, current }: { reference: number; current: number }) {
  const scale = Math.max(reference, current, 0.01);
  return (
    <div className="missing-bars" aria-hidden="true">
      <div className="missing-bar"><div className="missing-fill fill-reference" style={{ width: `${(reference / scale) * 100}%` }} /></div>
      <div className="missing-bar"><div className="missing-fill fill-current" style={{ width: `${(current / scale) * 100}%` }} /></div>
    </div>
  );
}

function SqlBlock({ statements, all }: { statements: string[]; all: boolean }) {
  const text = messages.detail;
  const [copied, setCopied] = useState(false);
  if (statements.length === 0) return <p className="muted small">{text.noSql}</p>;
  const copy = () => {
    void navigator.clipboard?.writeText(statements.join(';\n\n') + ';').then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    }, () => undefined);
  };
  return (
    <details className="sql" data-testid="sql">
      <summary>{all ? text.sqlAllTitle(statements.length) : text.sqlTitle(statements.length)}</summary>
      <div className="sql-actions"><button type="button" className="button button-small" onClick={copy}>{copied ? text.copied : text.copy}</button></div>
      {statements.map((statement, index) => <pre key={index} className="sql-statement mono">{statement}</pre>)}
    </details>
  );
}
