import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  fileName, folderOf, formatDuration, formatElapsed, formatPointChange, formatPValue, formatStatistic, formatTimestamp, formatValue, sentenceCase,
} from '../../../renderer/src/format/display';

describe('formatStatistic', () => {
  test('keeps three significant digits and switches to scientific notation below 0.001', () => {
    assert.equal(formatStatistic(0.66820582), '0.668');
    assert.equal(formatStatistic(0.1), '0.1');
    assert.equal(formatStatistic(0.00026751), '2.7e-4');
    assert.equal(formatStatistic(0), '0');
    assert.equal(formatStatistic(-0.05), '\u22120.05');
  });

  test('puts thousands separators on large values and a dash on missing ones', () => {
    assert.equal(formatStatistic(25812.459), '25,812');
    assert.equal(formatStatistic(undefined), '—');
    assert.equal(formatStatistic(Number.NaN), '—');
  });
});

describe('formatPValue', () => {
  test('shows an underflow to zero as a bound, tiny values in scientific notation, others with 3 digits', () => {
    assert.equal(formatPValue(0), '< 1e-300');
    assert.equal(formatPValue(3.6e-147), '3.6e-147');
    assert.equal(formatPValue(0.43302314), '0.433');
    assert.equal(formatPValue(1), '1');
  });
});

describe('formatPointChange', () => {
  test('reads a rate change in signed percentage points', () => {
    assert.equal(formatPointChange(0.1566), '+15.7 pp');
    assert.equal(formatPointChange(-0.001), '\u22120.1 pp');
    assert.equal(formatPointChange(0.0001), '0 pp');
    assert.equal(formatPointChange(0.25), '+25 pp');
  });
});

describe('time formatting', () => {
  test('prints UTC timestamps without a zone suffix, seconds only when set', () => {
    assert.equal(formatTimestamp('2026-02-19T14:00:00Z'), '2026-02-19 14:00');
    assert.equal(formatTimestamp('2026-02-01T00:00:16.598Z'), '2026-02-01 00:00:16');
  });

  test('names durations in the largest sensible unit', () => {
    assert.equal(formatDuration(28 * 86_400_000), '28 days');
    assert.equal(formatDuration(3.5 * 3_600_000), '3.5 hours');
    assert.equal(formatDuration(40 * 60_000), '40 min');
    assert.equal(formatElapsed(1234), '1.2 s');
    assert.equal(formatElapsed(125_000), '2 min 05 s');
  });
});

describe('values and paths', () => {
  test('formats distribution values to four significant digits and ISO text as timestamps', () => {
    assert.equal(formatValue(0.000714213), '0.0007142');
    assert.equal(formatValue(8442), '8442');
    assert.equal(formatValue(200000), '200,000');
    assert.equal(formatValue('2026-02-28T23:59:52.263Z'), '2026-02-28 23:59:52');
    assert.equal(formatValue(null), '—');
  });

  test('splits POSIX and Windows paths', () => {
    assert.equal(fileName('/tmp/demo/inference_log.parquet'), 'inference_log.parquet');
    assert.equal(folderOf('/tmp/demo/inference_log.parquet'), '/tmp/demo');
    assert.equal(fileName('C:\\logs\\a.parquet'), 'a.parquet');
    assert.equal(sentenceCase('drift aggregates ready'), 'Drift aggregates ready');
  });
});
