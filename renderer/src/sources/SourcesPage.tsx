import { useId, useState } from 'react';
import type { InspectResult } from '../../../shared/inspect/inspectResult';
import { desktopShell } from '../api/workbenchClient';
import { fileName, folderOf, formatCount } from '../format/display';
import type { SlotState } from '../jobs/requestSlot';
import { messages } from '../messages';
import type { OverviewLoad } from '../overview/useOverview';
import { DialogButton } from '../ui/DialogButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { demoRowChoices, otherRecent, sourceFacts } from './sourcesModel';
import type { DemoScenario } from './useSources';

const scenarios: readonly DemoScenario[] = ['null-spike', 'unit-change', 'model-release', 'mix-shift'];

export interface SourcesPageProps {
  source?: string;
  sourceState: SlotState<OverviewLoad>;
  referenceSource?: string;
  referenceState: SlotState<{ path: string; result: InspectResult }>;
  recent: SlotState<{ paths: string[] }>;
  demo: SlotState<unknown>;
  onOpen(path: string): void;
  onSetReference(path: string | undefined): void;
  onCreateDemo(scenario: DemoScenario, rows: number): void;
  onGoToOverview(): void;
}

/** Sources: open a log by path (or the native dialog in Electron), add a reference log, reopen a recent one, or write the demo. */
export function SourcesPage(props: SourcesPageProps) {
  const { source, sourceState, referenceSource, referenceState, recent, demo } = props;
  const text = messages.sources;
  const recentPaths = otherRecent(recent.value?.paths ?? [], [source, referenceSource]);
  const sourceResult = sourceState.value?.path === source ? sourceState.value?.result.inspect : undefined;
  const referenceResult = referenceState.value?.path === referenceSource ? referenceState.value?.result : undefined;

  return (
    <div className="page page-sources">
      <header className="page-header">
        <div>
          <h1 className="page-title">{text.title}</h1>
          <p className="page-subtitle">{text.subtitle}</p>
        </div>
      </header>

      <div className="sources-columns">
        <div className="sources-column">
          <section className="card" aria-labelledby="open-title">
            <h2 className="card-title" id="open-title">{source ? text.openTitle : messages.empty.title}</h2>
            {!source && <p className="card-lead">{messages.empty.body}</p>}
            <PathForm label={text.pathLabel} placeholder={text.pathPlaceholder} submitLabel={text.open} onSubmit={props.onOpen} testId="source-path" primary />
            <p className="field-hint">{text.pathHint}</p>
            {source && sourceState.status === 'failed' && sourceState.error && <ErrorNotice title={messages.errors.title.source} error={sourceState.error} />}
          </section>

          <section className="card" aria-labelledby="recent-title">
            <h2 className="card-title" id="recent-title">{text.recentTitle}</h2>
            {recentPaths.length === 0 ? <p className="muted">{source ? text.recentNoOther : text.recentEmpty}</p> : (
              <ul className="recent-list">
                {recentPaths.map((path) => (
                  <li key={path} className="recent-item">
                    <button type="button" className="recent-open" onClick={() => props.onOpen(path)} title={path} aria-label={text.openRecent(fileName(path))}>
                      <span className="recent-name">{fileName(path)}</span>
                      <span className="recent-folder">{folderOf(path)}</span>
                    </button>
                    {source && <button type="button" className="button button-ghost button-small" onClick={() => props.onSetReference(path)}>{text.useAsReference}</button>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <DemoCard demo={demo} onCreate={props.onCreateDemo} />
        </div>

        <div className="sources-column">
          {source && (
            <section className="card" aria-labelledby="current-title" data-testid="current-source">
              <div className="card-heading">
                <h2 className="card-title" id="current-title">{text.currentTitle}</h2>
                <button type="button" className="button button-small" onClick={props.onGoToOverview}>{messages.pages.overview.label} →</button>
              </div>
              <SourceSummary path={source} result={sourceResult} loading={sourceState.status === 'running'} />
            </section>
          )}

          <section className="card" aria-labelledby="reference-title">
            <h2 className="card-title" id="reference-title">{text.referenceTitle}</h2>
            <p className="card-lead">{source ? text.referenceSubtitle : text.referenceNeedsSource}</p>
            {referenceSource ? (
              <>
                <SourceSummary path={referenceSource} result={referenceResult} loading={referenceState.status === 'running'} />
                <button type="button" className="button button-small" onClick={() => props.onSetReference(undefined)}>{text.removeReference}</button>
                {referenceState.status === 'failed' && referenceState.error && <ErrorNotice title={messages.errors.title.source} error={referenceState.error} />}
              </>
            ) : (
              <PathForm label={text.referencePathLabel} placeholder={text.pathPlaceholder} submitLabel={text.addReference} onSubmit={(path) => props.onSetReference(path)}
                testId="reference-path" disabled={!source} />
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function SourceSummary({ path, result, loading }: { path: string; result?: InspectResult; loading: boolean }) {
  return (
    <div className="source-summary">
      <div className="source-name" title={path}>{fileName(path)}</div>
      <div className="source-path mono">{path}</div>
      {result ? (
        <dl className="summary-list">
          {sourceFacts(result).map((fact) => (
            <div key={fact.label} className={fact.wide ? 'summary-wide' : undefined}><dt>{fact.label}</dt><dd>{fact.value}</dd></div>
          ))}
        </dl>
      ) : loading ? <p className="muted">{messages.overview.loading}</p> : null}
    </div>
  );
}

function PathForm({ label, placeholder, submitLabel, onSubmit, testId, primary, disabled }: {
  label: string; placeholder: string; submitLabel: string; onSubmit(path: string): void; testId: string; primary?: boolean; disabled?: boolean;
}) {
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const id = useId();
  const shell = desktopShell();
  const submit = (value: string) => {
    if (!value.trim()) {
      setProblem(messages.sources.pathRequired);
      return;
    }
    setProblem(undefined);
    onSubmit(value.trim());
  };
  return (
    <form className="path-form" onSubmit={(event) => { event.preventDefault(); submit(path); }}>
      <label className="field-label" htmlFor={id}>{label}</label>
      <div className="path-row">
        <input id={id} className="input mono" value={path} placeholder={placeholder} spellCheck={false} autoComplete="off" disabled={disabled}
          onChange={(event) => setPath(event.target.value)} data-testid={testId} aria-invalid={problem ? true : undefined} />
        {shell?.openFileDialog && <DialogButton label={messages.sources.browse} choose={shell.openFileDialog} disabled={disabled} onChosen={(chosen) => { setPath(chosen); submit(chosen); }} />}
        {shell?.openFolderDialog && <DialogButton label={messages.sources.browseFolder} choose={shell.openFolderDialog} disabled={disabled} onChosen={(chosen) => { setPath(chosen); submit(chosen); }} />}
        <button type="submit" className={`button ${primary ? 'button-primary' : ''}`} disabled={disabled}>{submitLabel}</button>
      </div>
      {problem && <p className="field-problem" role="alert">{problem}</p>}
    </form>
  );
}

function DemoCard({ demo, onCreate }: { demo: SlotState<unknown>; onCreate(scenario: DemoScenario, rows: number): void }) {
  const text = messages.sources;
  const [scenario, setScenario] = useState<DemoScenario>('null-spike');
  const [rows, setRows] = useState<number>(1_000_000);
  const scenarioId = useId();
  const rowsId = useId();
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 className="card-title" id="demo-title">{text.demoTitle}</h2>
      <p className="card-lead">{text.demoBody}</p>
      <div className="demo-fields">
        <div className="field">
          <label className="field-label" htmlFor={scenarioId}>{text.demoScenario}</label>
          <select id={scenarioId} className="input" value={scenario} onChange={(event) => setScenario(event.target.value as DemoScenario)}>
            {scenarios.map((name) => <option key={name} value={name}>{text.scenarios[name]}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={rowsId}>{text.demoRows}</label>
          <select id={rowsId} className="input" value={rows} onChange={(event) => setRows(Number(event.target.value))}>
            {demoRowChoices.map((count) => <option key={count} value={count}>{formatCount(count)}</option>)}
          </select>
        </div>
      </div>
      <button type="button" className="button button-primary" disabled={demo.status === 'running'} onClick={() => onCreate(scenario, rows)} data-testid="create-demo">
        {text.demoCreate}
      </button>
      {demo.status === 'failed' && demo.error && <ErrorNotice title={messages.errors.title.demo} error={demo.error} />}
    </section>
  );
}
