import { Sparkline } from '../charts/Sparkline';
import { messages } from '../messages';
import { type DriftRow, formatStatisticValue, formatThreshold } from './driftModel';

/** The ranked columns: severity in colour, the statistic that decided, missingness, and drift over time. */
export function DriftTable({ rows, selected, overTimeLabel, overTimeThreshold, onSelect }: {
  rows: DriftRow[]; selected?: string; overTimeLabel?: string; overTimeThreshold?: number; onSelect(column: string): void;
}) {
  const headers = messages.drift.headers;
  return (
    <div className="table-scroll">
      <table className="table table-drift" data-testid="drift-table">
        <thead>
          <tr>
            <th scope="col" className="num">{headers.rank}</th>
            <th scope="col">{headers.column}</th>
            <th scope="col">{headers.severity}</th>
            <th scope="col">{headers.status}</th>
            <th scope="col">{headers.statistic}</th>
            {overTimeLabel && <th scope="col" title={overTimeLabel}>{headers.overTime}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isSelected = row.name === selected;
            return (
              <tr key={row.name} className={`drift-row ${isSelected ? 'row-selected' : ''}`} data-selected={isSelected} onClick={() => onSelect(row.name)}
                data-testid="drift-row" data-column={row.name} data-level={row.level}>
                <td className="num muted">{row.rank}</td>
                <th scope="row" className="cell-name">
                  <button type="button" className="row-button mono" onClick={(event) => { event.stopPropagation(); onSelect(row.name); }}
                    aria-label={messages.drift.selectColumn(row.name)} aria-pressed={isSelected}>{row.name}</button>
                  <span className="cell-sub">{messages.roles[row.role]} · {row.kind}</span>
                </th>
                <td>
                  <div className="severity" title={messages.drift.statusHint[row.level]}>
                    <div className="severity-track"><div className={`severity-fill level-${row.level}`} style={{ width: `${Math.max(2, row.severity * 100)}%` }} /></div>
                    <span className="severity-value">{row.severity.toFixed(2)}</span>
                  </div>
                </td>
                <td><span className={`badge badge-${row.level}`} title={messages.drift.statusHint[row.level]}>{messages.drift.status[row.level]}</span></td>
                <td className="cell-stat" title={row.headline ? messages.drift.headlineTitle(messages.statistics[row.headline.id].long, formatStatisticValue(row.headline.id, row.headline.value), formatThreshold(row.headline.id, row.headline.threshold)) : undefined}>
                  {row.headline ? (
                    <>
                      <span className="stat-name">{messages.statistics[row.headline.id].tiny}</span>{' '}
                      <span className={`stat-value ${row.headline.ratio >= 1 ? `text-${row.level === 'none' ? 'low' : row.level}` : ''}`}>{formatStatisticValue(row.headline.id, row.headline.value)}</span>
                    </>
                  ) : '—'}
                </td>
                {overTimeLabel && (
                  <td className="cell-spark">
                    {row.overTime ? <Sparkline values={row.overTime} threshold={overTimeThreshold} level={row.level} label={messages.drift.sparklineAria(row.name, overTimeLabel)} width={96} /> : '—'}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

