import { fileName } from '../format/display';
import { messages } from '../messages';

/** The app bar: product name, the open log, and the workspace's commands. */
export function TopBar({ source, workspacePath, notesOpen, onToggleNotes, onOpenWorkspace, onSaveWorkspace }: {
  source?: string; workspacePath?: string; notesOpen: boolean; onToggleNotes(): void; onOpenWorkspace(): void; onSaveWorkspace(): void;
}) {
  return (
    <header className="topbar">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M3 15c3-4 6-4 9 0s6 4 9 0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <path d="M3 9c3-4 6-4 9 0s6 4 9 0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" opacity="0.5" />
        </svg>
        <span className="brand-name">{messages.app.name}</span>
      </div>
      <div className="topbar-context" title={source}>
        {source ? <><span className="topbar-file">{fileName(source)}</span><span className="topbar-path">{source}</span></> : <span className="muted">{messages.app.tagline}</span>}
      </div>
      <div className="topbar-actions">
        <span className="topbar-workspace" title={workspacePath}>{workspacePath ? fileName(workspacePath) : messages.workspace.unsaved}</span>
        <button type="button" className={`button button-ghost ${notesOpen ? 'button-pressed' : ''}`} aria-pressed={notesOpen} onClick={onToggleNotes}>{messages.workspace.notes}</button>
        <button type="button" className="button button-ghost" onClick={onOpenWorkspace} data-testid="open-workspace">{messages.workspace.open}</button>
        <button type="button" className="button" onClick={onSaveWorkspace} disabled={!source} data-testid="save-workspace">{messages.workspace.save}</button>
      </div>
    </header>
  );
}
