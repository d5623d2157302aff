import { formatCount, fileName } from '../format/display';
import { messages } from '../messages';
import type { StepStatus } from './stepStatus';
import type { PageId } from './workbenchModel';
import { pageIds } from './workbenchModel';

/** The workflow's steps (Sources → Overview → Drift) with what each holds right now. */
export function Sidebar({ page, onPage, status, source, rows }: {
  page: PageId; onPage(page: PageId): void; status: Partial<Record<PageId, StepStatus>>; source?: string; rows?: number;
}) {
  return (
    <nav className="sidebar" aria-label={messages.nav.steps}>
      <div className="sidebar-source" title={source}>
        <span className="sidebar-source-name">{source ? fileName(source) : messages.nav.noSource}</span>
        {rows !== undefined && <span className="sidebar-source-rows">{messages.nav.rows(formatCount(rows))}</span>}
      </div>
      <ol className="steps">
        {pageIds.map((id, index) => {
          const step = status[id];
          return (
            <li key={id}>
              <button type="button" className={`step ${page === id ? 'step-active' : ''}`} aria-current={page === id ? 'page' : undefined}
                onClick={() => onPage(id)} title={`${messages.pages[id].hint} (${messages.nav.shortcut(index + 1)})`} data-testid={`nav-${id}`}>
                <span className="step-index">{index + 1}</span>
                <span className="step-text">
                  <span className="step-label">{messages.pages[id].label}</span>
                  <span className={`step-detail ${step?.tone ? `tone-${step.tone}` : ''}`}>{step?.detail ?? messages.pages[id].hint}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="sidebar-footer">{messages.app.offline}</div>
    </nav>
  );
}
