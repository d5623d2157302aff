import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEMO_DAYS, DEMO_END_MS, DEMO_LABEL_CUTOFF_MS, DEMO_LABEL_DELAY_DAYS, DEMO_START_MS, demoDayFromEpochMs,
  epochMsFromIso, isoFromEpochMs,
} from '../../../shared/demo/calendar';

test('the log covers four whole weeks starting on a Sunday at midnight UTC', () => {
  assert.equal(isoFromEpochMs(DEMO_START_MS), '2026-02-01T00:00:00Z');
  assert.equal(new Date(DEMO_START_MS).getUTCDay(), 0);
  assert.equal(DEMO_DAYS % 7, 0);
  assert.equal(isoFromEpochMs(DEMO_END_MS), '2026-03-01T00:00:00Z');
});

test('labels stop the configured number of days before the end', () => {
  assert.equal(demoDayFromEpochMs(DEMO_LABEL_CUTOFF_MS), DEMO_DAYS - DEMO_LABEL_DELAY_DAYS);
  assert.equal(isoFromEpochMs(DEMO_LABEL_CUTOFF_MS), '2026-02-26T00:00:00Z');
});

test('ISO times round-trip and other shapes are refused', () => {
  assert.equal(isoFromEpochMs(epochMsFromIso('2026-02-19T14:00:00Z')), '2026-02-19T14:00:00Z');
  assert.throws(() => epochMsFromIso('2026-02-19 14:00'), /Expected a UTC time/);
  assert.throws(() => epochMsFromIso('2026-02-19T14:00:00+01:00'), /Expected a UTC time/);
});
