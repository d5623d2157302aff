import { useId } from 'react';
import { messages } from '../messages';

/** The session's notes for the postmortem; they travel in the workspace file. */
export function NotesDrawer({ notes, onChange, onClose }: { notes: string; onChange(notes: string): void; onClose(): void }) {
  const id = useId();
  return (
    <aside className="drawer" aria-label={messages.workspace.notes}>
      <div className="drawer-header">
        <label htmlFor={id} className="drawer-title">{messages.workspace.notesLabel}</label>
        <button type="button" className="button button-ghost button-small" onClick={onClose}>{messages.workspace.close}</button>
      </div>
      <textarea id={id} className="notes" value={notes} placeholder={messages.workspace.notesPlaceholder} onChange={(event) => onChange(event.target.value)}
        data-testid="notes" />
      <p className="muted small">{messages.workspace.notesHint}</p>
    </aside>
  );
}
