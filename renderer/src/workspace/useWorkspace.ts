import { useCallback } from 'react';
import type { Workspace } from '../../../shared/formats/workspace';
import { workbenchApi } from '../api/workbenchClient';
import { useRequestSlot } from '../jobs/useRequestSlot';
import { messages } from '../messages';

/** Saves and opens `.driftwood.json` workspace files through the Service (it writes atomically and validates on open). */
export function useWorkspace() {
  const save = useRequestSlot<{ path: string }>();
  const open = useRequestSlot<{ path: string; workspace: Workspace }>();
  const { start: startSave } = save;
  const { start: startOpen } = open;
  const saveTo = useCallback((path: string, workspace: Workspace) => startSave(messages.jobs.titles.saveWorkspace,
    (options) => workbenchApi().saveWorkspace({ path, workspace }, options)), [startSave]);
  const openFrom = useCallback((path: string) => startOpen(messages.jobs.titles.openWorkspace,
    async (options) => ({ path, workspace: await workbenchApi().openWorkspace({ path }, options) })), [startOpen]);
  return { saveState: save.state, openState: open.state, saveTo, openFrom };
}
