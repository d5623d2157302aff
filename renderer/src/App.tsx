import { useState } from 'react';
import type { InspectResult } from '../../shared/inspect/inspectResult';
import { formatCount } from '../../shared/format/numbers';
import { workbenchApi } from './api/workbenchClient';

/** The workbench shell. First slice: open the demo log and show what it holds. */
export function App() {
  const [source, setSource] = useState<InspectResult | null>(null);
  const [status, setStatus] = useState<string>('');

  const openDemo = async () => {
    setStatus('Writing the demo log…');
    const demo = await workbenchApi().createDemo({}, { onProgress: (progress) => setStatus(`${progress.message} ${Math.round(progress.fraction * 100)}%`) });
    setStatus('Inspecting…');
    setSource(await workbenchApi().openSource({ path: demo.path }));
    setStatus('');
  };

  return (
    <main>
      <h1>Driftwood</h1>
      <button type="button" onClick={() => void openDemo()}>Open the demo log</button>
      <p role="status">{status}</p>
      {source && <p data-testid="row-count">{formatCount(source.rows)} rows, {source.columns.length} columns</p>}
    </main>
  );
}
