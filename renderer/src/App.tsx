import { useCallback, useMemo, useState } from 'react';
import { DriftPage } from './drift/DriftPage';
import { buildDriftRequest } from './drift/driftRequestModel';
import { JobsProvider } from './jobs/JobsContext';
import { JobsTray } from './jobs/JobsTray';
import { OverviewPage } from './overview/OverviewPage';
import { SourcesPage } from './sources/SourcesPage';
import { Sidebar } from './workbench/Sidebar';
import { stepStatuses } from './workbench/stepStatus';
import { TopBar } from './workbench/TopBar';
import { driftContextOf, useWorkbench } from './workbench/useWorkbench';
import { useDesktopShell } from './workbench/useDesktopShell';
import { useShortcuts } from './workbench/useShortcuts';
import { suggestedWorkspacePath } from './workbench/workbenchModel';
import { NotesDrawer } from './workspace/NotesDrawer';
import { WorkspaceDialog, type WorkspaceDialogMode } from './workspace/WorkspaceDialog';

/** The workbench: app bar, the steps, the page of the current step, and the jobs tray. */
export function App({ initialSource }: { initialSource?: string }) {
  return (
    <JobsProvider>
      <Workbench initialSource={initialSource} />
    </JobsProvider>
  );
}

function Workbench({ initialSource }: { initialSource?: string }) {
  const { state, overview, drift, sources, workspace, commands } = useWorkbench(initialSource);
  const [dialog, setDialog] = useState<WorkspaceDialogMode | undefined>();
  const [notesOpen, setNotesOpen] = useState(false);
  const { setPage } = commands;

  const load = overview.value?.path === state.source ? overview.value : undefined;
  const pending = useMemo(() => buildDriftRequest(state, driftContextOf(load, state.source)), [state, load]);
  const openSave = useCallback(() => { if (state.source) setDialog('save'); }, [state.source]);
  useShortcuts(setPage, openSave);
  useDesktopShell({
    openSource: commands.openSource,
    openWorkspace: (path) => void commands.openWorkspace(path),
    saveWorkspace: (path) => void commands.saveWorkspace(path),
  });

  const status = useMemo(() => stepStatuses(
    { status: overview.status, columns: load?.result.inspect.columns.length },
    { status: drift.status, result: drift.value?.result },
  ), [load, overview.status, drift.status, drift.value]);

  return (
    <div className={`app ${notesOpen ? 'app-notes' : ''}`}>
      <TopBar source={state.source} workspacePath={state.workspacePath} notesOpen={notesOpen} onToggleNotes={() => setNotesOpen((open) => !open)}
        onOpenWorkspace={() => setDialog('open')} onSaveWorkspace={openSave} />
      <Sidebar page={state.page} onPage={setPage} status={status} source={state.source} rows={load?.result.inspect.rows} />
      <main className="canvas" id="main">
        {state.page === 'sources' && (
          <SourcesPage source={state.source} sourceState={overview} referenceSource={state.referenceSource} referenceState={sources.reference}
            recent={sources.recent} demo={sources.demo} onOpen={commands.openSource} onSetReference={commands.setReferenceSource}
            onCreateDemo={(scenario, rows) => void commands.createDemo(scenario, rows)} onGoToOverview={() => setPage('overview')} />
        )}
        {state.page === 'overview' && (
          <OverviewPage source={state.source} overview={overview} roles={state.roles} onRoleChange={commands.changeRole}
            onGoToSources={() => setPage('sources')} onTryDemo={() => void commands.createDemo('null-spike', 1_000_000)} />
        )}
        {state.page === 'drift' && (
          <DriftPage state={state} overview={load?.result} drift={drift} pending={pending} dispatch={commands.dispatch}
            onRun={() => commands.runDrift()} onCancel={commands.cancelDrift} onGoToSources={() => setPage('sources')} />
        )}
      </main>
      {notesOpen && <NotesDrawer notes={state.notes} onChange={(notes) => commands.dispatch({ type: 'notesChanged', notes })} onClose={() => setNotesOpen(false)} />}
      <JobsTray />
      {dialog && (
        <WorkspaceDialog mode={dialog} initialPath={dialog === 'save' ? suggestedWorkspacePath(state) : state.workspacePath ?? ''}
          slot={dialog === 'save' ? workspace.saveState : workspace.openState}
          onSubmit={(path) => (dialog === 'save' ? commands.saveWorkspace(path) : commands.openWorkspace(path))}
          onClose={() => setDialog(undefined)} />
      )}
    </div>
  );
}
