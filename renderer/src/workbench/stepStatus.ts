import type { DriftResult } from '../../../shared/drift/driftResult';
import { driftSummary } from '../drift/driftModel';
import { messages } from '../messages';
import type { SlotStatus } from '../jobs/requestSlot';
import type { PageId } from './workbenchModel';

export interface StepStatus {
  detail?: string;
  tone?: 'high' | 'medium' | 'low' | 'none' | 'busy';
}

/** What each step of the sidebar says about its state (pure): columns loaded, drift running, how many columns drifted. */
export function stepStatuses(overview: { status: SlotStatus; columns?: number }, drift: { status: SlotStatus; result?: DriftResult }): Partial<Record<PageId, StepStatus>> {
  const result: Partial<Record<PageId, StepStatus>> = {};
  if (overview.columns !== undefined) result.overview = { detail: messages.nav.columns(overview.columns) };
  else if (overview.status === 'running') result.overview = { detail: messages.overview.loading, tone: 'busy' };
  if (drift.status === 'running') result.drift = { detail: messages.drift.running, tone: 'busy' };
  else if (drift.result) {
    const summary = driftSummary(drift.result);
    result.drift = {
      detail: messages.nav.drifted(summary.detected, summary.compared),
      tone: summary.byLevel.high > 0 ? 'high' : summary.detected > 0 ? 'medium' : 'none',
    };
  }
  return result;
}
