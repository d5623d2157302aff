import type { OverTimeStatistic } from '../../../shared/drift/driftOverTime';
import { type Workspace, workspaceSchemaId } from '../../../shared/formats/workspace';
import { type Role, isRole } from '../../../shared/roles/roles';

/**
 * The session the user builds (pure state transitions): which source is open, the reference source,
 * role edits, the drift windows, notes, and what is on screen. Exactly what a workspace file stores
 * (shared/formats/workspace.ts), plus the drift settings the file has no place for yet.
 */
export type PageId = 'sources' | 'overview' | 'drift';
export const pageIds: readonly PageId[] = ['sources', 'overview', 'drift'];

export type WindowMode = 'time' | 'version' | 'source';
export type WindowName = 'reference' | 'current';

/** A time window as the user typed it: ISO dates or date-times, half-open [start, end). */
export interface TimeWindowText {
  start: string;
  end: string;
}

export interface WindowsState {
  mode: WindowMode;
  reference: TimeWindowText;
  current: TimeWindowText;
  referenceVersion: string;
  currentVersion: string;
}

export interface DriftSettings {
  /** Raw-value statistics even above 1M rows per window (slower). */
  exact: boolean;
  overTimeStatistic: OverTimeStatistic;
}

export interface WorkbenchState {
  page: PageId;
  /** The source under study (the current window's source). */
  source?: string;
  /** A second source to compare against (window mode 'source'). */
  referenceSource?: string;
  /** Role overrides by column, sent as `roleOverrides`. */
  roles: Record<string, Role>;
  windows: WindowsState;
  driftSettings: DriftSettings;
  notes: string;
  selectedColumn?: string;
  /** Where the workspace was last saved or opened from. */
  workspacePath?: string;
}

export type WorkbenchAction =
  | { type: 'pageChanged'; page: PageId }
  | { type: 'sourceOpened'; path: string }
  | { type: 'referenceSourceChanged'; path: string | undefined }
  | { type: 'roleChanged'; column: string; role: Role | undefined }
  | { type: 'windowModeChanged'; mode: WindowMode }
  | { type: 'windowEdited'; window: WindowName; bound: keyof TimeWindowText; text: string }
  | { type: 'windowSet'; window: WindowName; range: TimeWindowText }
  | { type: 'windowsSuggested'; reference: TimeWindowText; current: TimeWindowText }
  | { type: 'versionChanged'; window: WindowName; version: string }
  | { type: 'driftSettingsChanged'; settings: Partial<DriftSettings> }
  | { type: 'columnSelected'; column: string }
  | { type: 'notesChanged'; notes: string }
  | { type: 'workspaceRestored'; workspace: Workspace; path: string }
  | { type: 'workspaceSaved'; path: string };

const emptyWindow: TimeWindowText = { start: '', end: '' };

export function initialWorkbench(): WorkbenchState {
  return {
    page: 'sources',
    roles: {},
    windows: { mode: 'time', reference: emptyWindow, current: emptyWindow, referenceVersion: '', currentVersion: '' },
    driftSettings: { exact: false, overTimeStatistic: 'psi' },
    notes: '',
  };
}

export function workbenchReducer(state: WorkbenchState, action: WorkbenchAction): WorkbenchState {
  switch (action.type) {
    case 'pageChanged':
      return { ...state, page: action.page };
    case 'sourceOpened': {
      if (action.path === state.source) return { ...state, page: 'overview' };
      // Another log is another session: its columns, windows and roles start fresh; notes stay.
      const fresh = initialWorkbench();
      return { ...fresh, page: 'overview', source: action.path, notes: state.notes, driftSettings: state.driftSettings, workspacePath: state.workspacePath };
    }
    case 'referenceSourceChanged':
      return {
        ...state,
        referenceSource: action.path,
        windows: action.path ? { ...state.windows, mode: 'source' } : { ...state.windows, mode: state.windows.mode === 'source' ? 'time' : state.windows.mode },
      };
    case 'roleChanged': {
      const roles = { ...state.roles };
      if (action.role === undefined) delete roles[action.column];
      else roles[action.column] = action.role;
      return { ...state, roles };
    }
    case 'windowModeChanged':
      return { ...state, windows: { ...state.windows, mode: action.mode } };
    case 'windowEdited':
      return { ...state, windows: { ...state.windows, [action.window]: { ...state.windows[action.window], [action.bound]: action.text } } };
    case 'windowSet':
      return { ...state, windows: { ...state.windows, mode: 'time', [action.window]: action.range } };
    case 'windowsSuggested':
      if (!isEmptyWindow(state.windows.reference) || !isEmptyWindow(state.windows.current)) return state;
      return { ...state, windows: { ...state.windows, reference: action.reference, current: action.current } };
    case 'versionChanged':
      return { ...state, windows: { ...state.windows, [action.window === 'reference' ? 'referenceVersion' : 'currentVersion']: action.version } };
    case 'driftSettingsChanged':
      return { ...state, driftSettings: { ...state.driftSettings, ...action.settings } };
    case 'columnSelected':
      return { ...state, selectedColumn: action.column };
    case 'notesChanged':
      return { ...state, notes: action.notes };
    case 'workspaceRestored':
      return { ...fromWorkspace(action.workspace), workspacePath: action.path };
    case 'workspaceSaved':
      return { ...state, workspacePath: action.path };
  }
}

export function isEmptyWindow(window: TimeWindowText): boolean {
  return window.start.trim() === '' && window.end.trim() === '';
}

/** The workspace file for this session (shared/formats/workspace.ts); undefined until a source is open. */
export function toWorkspace(state: WorkbenchState): Workspace | undefined {
  if (!state.source) return undefined;
  const range = (window: TimeWindowText) => {
    const start = window.start.trim();
    const end = window.end.trim();
    if (!start && !end) return undefined;
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  };
  const { windows } = state;
  return {
    schema: workspaceSchemaId,
    sources: { current: state.source, ...(state.referenceSource ? { reference: state.referenceSource } : {}) },
    roles: { ...state.roles },
    windows: {
      mode: windows.mode,
      ...(range(windows.reference) ? { reference: range(windows.reference) } : {}),
      ...(range(windows.current) ? { current: range(windows.current) } : {}),
      ...(windows.referenceVersion ? { referenceVersion: windows.referenceVersion } : {}),
      ...(windows.currentVersion ? { currentVersion: windows.currentVersion } : {}),
    },
    drift: { exact: state.driftSettings.exact, overTimeStatistic: state.driftSettings.overTimeStatistic },
    notes: state.notes,
    view: { page: state.page, ...(state.selectedColumn ? { selectedColumn: state.selectedColumn } : {}) },
  };
}

/** A session from a workspace file (already validated by the Service); unknown roles are left out. */
export function fromWorkspace(workspace: Workspace): WorkbenchState {
  const initial = initialWorkbench();
  const roles: Record<string, Role> = {};
  for (const [column, role] of Object.entries(workspace.roles)) if (isRole(role)) roles[column] = role;
  const windows = workspace.windows;
  return {
    ...initial,
    page: workspace.view.page,
    source: workspace.sources.current,
    referenceSource: workspace.sources.reference,
    roles,
    windows: {
      mode: windows?.mode ?? 'time',
      reference: { start: windows?.reference?.start ?? '', end: windows?.reference?.end ?? '' },
      current: { start: windows?.current?.start ?? '', end: windows?.current?.end ?? '' },
      referenceVersion: windows?.referenceVersion ?? '',
      currentVersion: windows?.currentVersion ?? '',
    },
    driftSettings: { ...initial.driftSettings, ...workspace.drift },
    notes: workspace.notes,
    selectedColumn: workspace.view.selectedColumn,
  };
}

/** Where to suggest saving the workspace: beside the source, named after it. */
export function suggestedWorkspacePath(state: WorkbenchState): string {
  if (state.workspacePath) return state.workspacePath;
  if (!state.source) return '';
  const source = state.source.replace(/[\\/]+$/, '');
  const base = source.replace(/\.(parquet|csv|ndjson|jsonl|json)$/i, '').replace(/[*?]/g, '');
  return `${base.replace(/[\\/]+$/, '')}.driftwood.json`;
}
