import type { WorkbenchError } from '../../../shared/errors/workbenchError';
import { actionFor, messages } from '../messages';

/** A failure as the user needs it: what failed, and what to do next — never a stack trace. */
export function ErrorNotice({ title, error, onDismiss }: { title: string; error: WorkbenchError; onDismiss?: () => void }) {
  return (
    <div className="notice notice-error" role="alert" data-testid="error-notice">
      <div className="notice-body">
        <strong className="notice-title">{title}</strong>
        <p className="notice-message">{error.message}</p>
        <p className="notice-action"><span className="notice-label">{messages.errors.whatToDo}:</span> {actionFor(error)}</p>
      </div>
      {onDismiss && <button type="button" className="button button-ghost button-small" onClick={onDismiss}>{messages.jobs.dismiss}</button>}
    </div>
  );
}

export function InfoNotice({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return <div className="notice notice-info" role="status" data-testid={testId}>{children}</div>;
}
