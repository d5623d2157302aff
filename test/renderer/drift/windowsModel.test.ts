import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { boundToMs, brushToWindow, normalizeBound, suggestWindows, windowRange, windowSpanMs } from '../../../renderer/src/drift/windowsModel';

describe('normalizeBound', () => {
  test('accepts dates, date-times with a space or a T, and numbers; empty means open', () => {
    assert.deepEqual(normalizeBound('2026-02-19'), { ok: true, value: '2026-02-19' });
    assert.deepEqual(normalizeBound(' 2026-02-19 14:00 '), { ok: true, value: '2026-02-19T14:00' });
    assert.deepEqual(normalizeBound('2026-02-19T14:00:30'), { ok: true, value: '2026-02-19T14:00:30' });
    assert.deepEqual(normalizeBound('2019'), { ok: true, value: '2019' });
    assert.deepEqual(normalizeBound(''), { ok: true, value: undefined });
  });

  test('refuses text that is neither, saying what it expects', () => {
    const result = normalizeBound('Feb 19');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problem, /2026-02-19/);
    assert.equal(normalizeBound('2026-13-45').ok, false);
  });
});

describe('windowRange', () => {
  test('builds the half-open A..B text of the drift request, either end open', () => {
    assert.deepEqual(windowRange({ start: '2026-02-01', end: '2026-02-15' }, 'reference'), { ok: true, range: '2026-02-01..2026-02-15' });
    assert.deepEqual(windowRange({ start: '', end: '2026-02-15' }, 'reference'), { ok: true, range: '..2026-02-15' });
  });

  test('refuses an empty window and one that ends before it starts', () => {
    assert.equal(windowRange({ start: '', end: '' }, 'current').ok, false);
    const backwards = windowRange({ start: '2026-02-15', end: '2026-02-01' }, 'current');
    assert.equal(backwards.ok, false);
    assert.match(backwards.ok ? '' : backwards.problem, /^Current: /);
  });
});

describe('suggestWindows', () => {
  test('splits a log\'s days in half: first half reference, second half current', () => {
    assert.deepEqual(suggestWindows('2026-02-01T00:00:16.598Z', '2026-02-28T23:59:52.263Z'), {
      reference: { start: '2026-02-01', end: '2026-02-15' },
      current: { start: '2026-02-15', end: '2026-03-01' },
    });
  });

  test('splits a log shorter than two days by the hour, and gives up on numeric time', () => {
    const short = suggestWindows('2026-02-01T03:10:00Z', '2026-02-01T20:50:00Z');
    assert.deepEqual(short, { reference: { start: '2026-02-01 03:00', end: '2026-02-01 12:00' }, current: { start: '2026-02-01 12:00', end: '2026-02-01 21:00' } });
    assert.equal(suggestWindows(2019, 2024), undefined);
  });
});

describe('brushToWindow', () => {
  test('rounds a brushed range out to whole hours, in either drag direction', () => {
    assert.deepEqual(brushToWindow('2026-02-19 14:12:40.5', '2026-02-22 03:01'), { start: '2026-02-19 14:00', end: '2026-02-22 04:00' });
    assert.deepEqual(brushToWindow('2026-02-22', '2026-02-19 00:00'), { start: '2026-02-19', end: '2026-02-22' });
    assert.equal(brushToWindow('nonsense', '2026-02-19'), undefined);
  });
});

describe('spans', () => {
  test('measures a window, filling an open end with the log\'s edge', () => {
    assert.equal(boundToMs('2026-02-19'), Date.UTC(2026, 1, 19));
    assert.equal(windowSpanMs({ start: '2026-02-19', end: '2026-02-20' }), 86_400_000);
    assert.equal(windowSpanMs({ start: '2026-02-27', end: '' }, '2026-02-01T00:00:00Z', '2026-02-28T00:00:00Z'), 86_400_000);
  });
});
