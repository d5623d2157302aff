import { useCallback } from 'react';
import type { InspectResult } from '../../../shared/inspect/inspectResult';
import type { Role } from '../../../shared/roles/roles';
import { workbenchApi } from '../api/workbenchClient';
import { fileName } from '../format/display';
import { useRequestSlot } from '../jobs/useRequestSlot';
import { messages } from '../messages';

export type DemoScenario = 'null-spike' | 'unit-change' | 'model-release' | 'mix-shift';

/** The Sources page's calls: recent sources, the demo log, and inspecting the reference source. */
export function useSources() {
  const recent = useRequestSlot<{ paths: string[] }>();
  const demo = useRequestSlot<{ path: string; scenario: string; rows: number }>();
  const reference = useRequestSlot<{ path: string; result: InspectResult }>();
  const { start: startRecent } = recent;
  const { start: startDemo } = demo;
  const { start: startReference, clear: clearReference } = reference;

  const refreshRecent = useCallback(() => startRecent(messages.jobs.titles.recent, (options) => workbenchApi().recentSources({}, options)), [startRecent]);
  const createDemo = useCallback((scenario: DemoScenario, rows: number) => startDemo(messages.jobs.titles.demo,
    (options) => workbenchApi().createDemo({ scenario, rows }, options)), [startDemo]);
  const inspectReference = useCallback((path: string, roles: Record<string, Role>) => startReference(messages.jobs.titles.reference(fileName(path)), async (options) => {
    const roleOverrides = Object.keys(roles).length > 0 ? { ...roles } : undefined;
    return { path, result: await workbenchApi().openSource({ path, ...(roleOverrides ? { roleOverrides } : {}) }, options) };
  }), [startReference]);

  return { recent: recent.state, demo: demo.state, reference: reference.state, refreshRecent, createDemo, inspectReference, clearReference };
}
