import { useCallback } from 'react';
import type { OverviewResult } from '../../../shared/overview/overviewResult';
import type { Role } from '../../../shared/roles/roles';
import { workbenchApi } from '../api/workbenchClient';
import { fileName } from '../format/display';
import { useRequestSlot } from '../jobs/useRequestSlot';
import { messages } from '../messages';

/** An overview together with the source path it was asked for (the result names the resolved input). */
export interface OverviewLoad {
  path: string;
  result: OverviewResult;
}

/** Loads the Overview of a source with the session's role overrides; a newer load replaces an older one. */
export function useOverview() {
  const slot = useRequestSlot<OverviewLoad>();
  const { start, clear } = slot;
  const load = useCallback((path: string, roles: Record<string, Role>) => start(messages.jobs.titles.overview(fileName(path)), async (options) => {
    const roleOverrides = Object.keys(roles).length > 0 ? { ...roles } : undefined;
    const result = await workbenchApi().overview({ path, ...(roleOverrides ? { roleOverrides } : {}) }, options);
    return { path, result };
  }), [start]);
  return { state: slot.state, load, clear };
}
