import { useEffect, useId, useRef, useState } from 'react';
import type { SlotState } from '../jobs/requestSlot';
import { desktopShell } from '../api/workbenchClient';
import { messages } from '../messages';
import { DialogButton } from '../ui/DialogButton';
import { ErrorNotice } from '../ui/ErrorNotice';

export type WorkspaceDialogMode = 'save' | 'open';

/** Save or open a `.driftwood.json` file by path (serve mode has no native dialog). */
export function WorkspaceDialog({ mode, initialPath, slot, onSubmit, onClose }: {
  mode: WorkspaceDialogMode; initialPath: string; slot: SlotState<unknown>;
  onSubmit(path: string): Promise<unknown>; onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [path, setPath] = useState(initialPath);
  const [submitted, setSubmitted] = useState(false);
  const inputId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const title = mode === 'save' ? messages.workspace.saveTitle : messages.workspace.openTitle;
  const shell = desktopShell();
  const nativeDialog = mode === 'save' ? shell?.saveWorkspaceDialog : shell?.openWorkspaceDialog;
  const busy = slot.status === 'running';
  const submit = async () => {
    if (!path.trim()) return;
    setSubmitted(true);
    if (await onSubmit(path)) onClose();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${inputId}-title`} onClose={onClose} data-testid="workspace-dialog">
      <form method="dialog" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <h2 id={`${inputId}-title`} className="dialog-title">{title}</h2>
        <p className="dialog-hint">{mode === 'save' ? messages.workspace.saveHint : messages.workspace.openHint}</p>
        <label className="field-label" htmlFor={inputId}>{messages.workspace.pathLabel}</label>
        <div className="path-row">
          <input id={inputId} className="input input-wide mono" value={path} onChange={(event) => setPath(event.target.value)} autoFocus spellCheck={false}
            data-testid="workspace-path" />
          {nativeDialog && <DialogButton label={messages.sources.browse} choose={nativeDialog} onChosen={setPath} />}
        </div>
        {submitted && slot.status === 'failed' && slot.error && <ErrorNotice title={messages.errors.title.workspace} error={slot.error} />}
        <div className="dialog-actions">
          <button type="button" className="button button-ghost" onClick={onClose}>{messages.workspace.close}</button>
          <button type="submit" className="button button-primary" disabled={busy || !path.trim()} data-testid="workspace-submit">
            {mode === 'save' ? messages.workspace.confirmSave : messages.workspace.confirmOpen}
          </button>
        </div>
      </form>
    </dialog>
  );
}
