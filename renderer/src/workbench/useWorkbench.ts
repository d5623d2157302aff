import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Role } from '../../../shared/roles/roles';
import { type DriftContext, buildDriftRequest } from '../drift/driftRequestModel';
import { useDrift } from '../drift/useDrift';
import { suggestWindows } from '../drift/windowsModel';
import { type OverviewLoad, useOverview } from '../overview/useOverview';
import { type DemoScenario, useSources } from '../sources/useSources';
import { useWorkspace } from '../workspace/useWorkspace';
import { type PageId, type WorkbenchAction, type WorkbenchState, fromWorkspace, initialWorkbench, toWorkspace, workbenchReducer } from './workbenchModel';

/** The drift request's view of the open log, from its overview (only when the overview is of that log). */
export function driftContextOf(overview: OverviewLoad | undefined, source: string | undefined): DriftContext {
  if (!overview || overview.path !== source) return {};
  const range = overview.result.inspect.time_range;
  return range ? { timeRange: { column: range.column, min: range.min, max: range.max } } : {};
}

/**
 * The workbench's orchestration: the session state (workbenchModel) plus the calls that follow from the
 * user's commands. Components get state and commands from here and never talk to the API themselves.
 */
export function useWorkbench(initialSource: string | undefined) {
  const [state, dispatch] = useReducer(workbenchReducer, undefined, initialWorkbench);
  const latestState = useRef(state);
  latestState.current = state;
  const overview = useOverview();
  const drift = useDrift();
  const sources = useSources();
  const workspace = useWorkspace();

  const { load: loadOverview, clear: clearOverview } = overview;
  const { run: startDrift, clear: clearDrift, cancel: cancelDrift } = drift;
  const { refreshRecent, inspectReference, clearReference, createDemo: writeDemo } = sources;
  const { saveTo, openFrom } = workspace;

  /** Dispatches and returns the state the reducer will produce, for commands that call on with it. */
  const apply = useCallback((action: WorkbenchAction): WorkbenchState => {
    const next = workbenchReducer(latestState.current, action);
    latestState.current = next;
    dispatch(action);
    return next;
  }, []);

  const loadAndSuggest = useCallback(async (next: WorkbenchState): Promise<OverviewLoad | undefined> => {
    if (!next.source) return undefined;
    const load = await loadOverview(next.source, next.roles);
    const range = load?.result.inspect.time_range;
    const suggestion = range ? suggestWindows(range.min, range.max) : undefined;
    if (suggestion && load?.path === latestState.current.source) apply({ type: 'windowsSuggested', ...suggestion });
    if (load) void refreshRecent();
    return load;
  }, [loadOverview, refreshRecent, apply]);

  const openSource = useCallback((path: string) => {
    const trimmed = path.trim();
    if (!trimmed) return;
    const previous = latestState.current.source;
    const next = apply({ type: 'sourceOpened', path: trimmed });
    if (previous === trimmed && overview.state.status !== 'failed') return;
    clearOverview();
    clearDrift();
    clearReference();
    void loadAndSuggest(next);
  }, [apply, clearOverview, clearDrift, clearReference, loadAndSuggest, overview.state.status]);

  const setReferenceSource = useCallback((path: string | undefined) => {
    const next = apply({ type: 'referenceSourceChanged', path: path?.trim() || undefined });
    if (next.referenceSource) void inspectReference(next.referenceSource, next.roles);
    else clearReference();
  }, [apply, inspectReference, clearReference]);

  const changeRole = useCallback((column: string, role: Role | undefined) => {
    const next = apply({ type: 'roleChanged', column, role });
    void loadAndSuggest(next);
  }, [apply, loadAndSuggest]);

  const runDrift = useCallback((from: WorkbenchState = latestState.current, load: OverviewLoad | undefined = overview.state.value) => {
    const built = buildDriftRequest(from, driftContextOf(load, from.source));
    if (built.ok) void startDrift(built.request);
    return built;
  }, [startDrift, overview.state.value]);

  const createDemo = useCallback(async (scenario: DemoScenario, rows: number) => {
    const demo = await writeDemo(scenario, rows);
    if (demo) openSource(demo.path);
  }, [writeDemo, openSource]);

  const saveWorkspace = useCallback(async (path: string) => {
    const document = toWorkspace(latestState.current);
    if (!document) return undefined;
    const saved = await saveTo(path.trim(), document);
    if (saved) apply({ type: 'workspaceSaved', path: saved.path });
    return saved;
  }, [saveTo, apply]);

  /** Restores a saved session: sources, roles, windows, notes, then the view (re-running drift if it was on screen). */
  const openWorkspace = useCallback(async (path: string) => {
    const opened = await openFrom(path.trim());
    if (!opened) return undefined;
    clearDrift();
    clearOverview();
    const next = apply({ type: 'workspaceRestored', workspace: opened.workspace, path: opened.path });
    if (next.referenceSource) void inspectReference(next.referenceSource, next.roles);
    else clearReference();
    const load = await loadAndSuggest(next);
    if (load && next.page === 'drift') runDrift(fromWorkspace(opened.workspace), load);
    return opened;
  }, [openFrom, clearDrift, clearOverview, apply, inspectReference, clearReference, loadAndSuggest, runDrift]);

  const setPage = useCallback((page: PageId) => apply({ type: 'pageChanged', page }), [apply]);

  // At start: the source named in the URL (`driftwood serve <log>`), and the recent list.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void refreshRecent();
    if (initialSource) openSource(initialSource);
  }, [initialSource, openSource, refreshRecent]);

  const commands = useMemo(() => ({
    dispatch: apply, setPage, openSource, setReferenceSource, changeRole, runDrift, cancelDrift, createDemo, saveWorkspace, openWorkspace, refreshRecent,
  }), [apply, setPage, openSource, setReferenceSource, changeRole, runDrift, cancelDrift, createDemo, saveWorkspace, openWorkspace, refreshRecent]);

  return { state, overview: overview.state, drift: drift.state, sources, workspace, commands };
}

export type Workbench = ReturnType<typeof useWorkbench>;
