import type { ReactNode } from 'react';

/** A calm placeholder that says what is missing and offers the next step. */
export function EmptyState({ title, body, children, testId }: { title: string; body?: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId}>
      <svg className="empty-state-mark" viewBox="0 0 48 48" aria-hidden="true">
        <path d="M6 34c6-8 12-8 18 0s12 8 18 0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        <path d="M6 24c6-8 12-8 18 0s12 8 18 0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" opacity="0.55" />
        <path d="M6 14c6-8 12-8 18 0s12 8 18 0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" opacity="0.3" />
      </svg>
      <h2 className="empty-state-title">{title}</h2>
      {body && <p className="empty-state-body">{body}</p>}
      {children && <div className="empty-state-actions">{children}</div>}
    </div>
  );
}
