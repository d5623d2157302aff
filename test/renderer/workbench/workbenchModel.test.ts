import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { workspaceSchema } from '../../../shared/formats/workspace';
import {
  type WorkbenchAction, fromWorkspace, initialWorkbench, suggestedWorkspacePath, toWorkspace, workbenchReducer,
} from '../../../renderer/src/workbench/workbenchModel';

function apply(...actions: WorkbenchAction[]) {
  return actions.reduce(workbenchReducer, initialWorkbench());
}

describe('workbenchReducer', () => {
  test('opening a log goes to its Overview; another log starts a fresh session but keeps the notes', () => {
    const first = apply(
      { type: 'sourceOpened', path: '/a.parquet' },
      { type: 'roleChanged', column: 'email', role: 'pii' },
      { type: 'notesChanged', notes: 'seen at 14:00' },
      { type: 'columnSelected', column: 'score' },
    );
    assert.equal(first.page, 'overview');
    const second = workbenchReducer(first, { type: 'sourceOpened', path: '/b.parquet' });
    assert.equal(second.source, '/b.parquet');
    assert.deepEqual(second.roles, {});
    assert.equal(second.selectedColumn, undefined);
    assert.equal(second.notes, 'seen at 14:00');
    assert.equal(workbenchReducer(first, { type: 'sourceOpened', path: '/a.parquet' }).roles.email, 'pii', 'reopening the same log keeps the session');
  });

  test('a role reset removes the override', () => {
    const state = apply({ type: 'roleChanged', column: 'email', role: 'pii' }, { type: 'roleChanged', column: 'email', role: undefined });
    assert.deepEqual(state.roles, {});
  });

  test('suggested windows fill empty fields only; a brush sets one window and switches to time mode', () => {
    const suggestion = { reference: { start: '2026-02-01', end: '2026-02-15' }, current: { start: '2026-02-15', end: '2026-03-01' } };
    const typed = apply({ type: 'windowEdited', window: 'current', bound: 'start', text: '2026-02-19' }, { type: 'windowsSuggested', ...suggestion });
    assert.equal(typed.windows.reference.start, '', 'the analyst\'s own edit is never overwritten');
    const suggested = apply({ type: 'windowsSuggested', ...suggestion });
    assert.deepEqual(suggested.windows.reference, suggestion.reference);
    const brushed = workbenchReducer({ ...suggested, windows: { ...suggested.windows, mode: 'version' } },
      { type: 'windowSet', window: 'current', range: { start: '2026-02-19 14:00', end: '2026-02-21' } });
    assert.equal(brushed.windows.mode, 'time');
    assert.deepEqual(brushed.windows.current, { start: '2026-02-19 14:00', end: '2026-02-21' });
  });

  test('a reference log switches the comparison to sources; removing it goes back to time', () => {
    const withReference = apply({ type: 'sourceOpened', path: '/feb.parquet' }, { type: 'referenceSourceChanged', path: '/jan.parquet' });
    assert.equal(withReference.windows.mode, 'source');
    assert.equal(workbenchReducer(withReference, { type: 'referenceSourceChanged', path: undefined }).windows.mode, 'time');
  });
});

describe('workspace round trip', () => {
  const session = apply(
    { type: 'sourceOpened', path: '/data/log.parquet' },
    { type: 'referenceSourceChanged', path: '/data/january.parquet' },
    { type: 'windowModeChanged', mode: 'time' },
    { type: 'roleChanged', column: 'user_email', role: 'ignore' },
    { type: 'windowSet', window: 'reference', range: { start: '2026-02-01', end: '2026-02-15' } },
    { type: 'windowEdited', window: 'current', bound: 'start', text: '2026-02-19' },
    { type: 'notesChanged', notes: 'null spike' },
    { type: 'pageChanged', page: 'drift' },
    { type: 'columnSelected', column: 'device_trust_score' },
    { type: 'driftSettingsChanged', settings: { exact: true, overTimeStatistic: 'missing' } },
  );

  test('writes a document the workspace schema accepts, leaving empty bounds out', () => {
    const document = toWorkspace(session);
    assert.ok(document);
    assert.deepEqual(workspaceSchema.parse(document), document);
    assert.deepEqual(document.windows, { mode: 'time', reference: { start: '2026-02-01', end: '2026-02-15' }, current: { start: '2026-02-19' } });
    assert.deepEqual(document.view, { page: 'drift', selectedColumn: 'device_trust_score' });
    assert.deepEqual(document.sources, { current: '/data/log.parquet', reference: '/data/january.parquet' });
    assert.deepEqual(document.drift, { exact: true, overTimeStatistic: 'missing' });
  });

  test('opens a file saved before drift options were kept, with the default options', () => {
    const document = toWorkspace(session);
    assert.ok(document);
    const older = { ...document };
    delete older.drift;
    assert.deepEqual(fromWorkspace(workspaceSchema.parse(older)).driftSettings, initialWorkbench().driftSettings);
  });

  test('reads it back into the same session', () => {
    const document = toWorkspace(session);
    assert.ok(document);
    const restored = fromWorkspace(document);
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    assert.deepEqual(plain(restored), plain(session));
    assert.deepEqual(restored.driftSettings, { exact: true, overTimeStatistic: 'missing' });
  });

  test('drops roles a newer or hand-edited file names that this version does not know', () => {
    const document = toWorkspace(session);
    assert.ok(document);
    const restored = fromWorkspace({ ...document, roles: { a: 'feature', b: 'sparkle' } });
    assert.deepEqual(restored.roles, { a: 'feature' });
  });

  test('has nothing to save before a log is open, and suggests a file beside the log', () => {
    assert.equal(toWorkspace(initialWorkbench()), undefined);
    assert.equal(suggestedWorkspacePath(session), '/data/log.driftwood.json');
    assert.equal(suggestedWorkspacePath({ ...session, workspacePath: '/w/x.driftwood.json' }), '/w/x.driftwood.json');
    assert.equal(suggestedWorkspacePath({ ...session, source: '/data/logs/' }), '/data/logs.driftwood.json');
  });
});
