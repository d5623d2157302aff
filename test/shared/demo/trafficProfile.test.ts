import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildTrafficProfile, DAY_OF_WEEK_FACTORS, HOUR_OF_DAY_WEIGHTS, HOURS_PER_WEEK,
} from '../../../shared/demo/trafficProfile';

test('hour starts rise from 0 to 1 over the 168 hours of a week', () => {
  const { hourStarts } = buildTrafficProfile();
  assert.equal(hourStarts.length, HOURS_PER_WEEK + 1);
  assert.equal(hourStarts[0], 0);
  assert.equal(hourStarts[HOURS_PER_WEEK], 1);
  for (let hour = 0; hour < HOURS_PER_WEEK; hour++) assert.ok(hourStarts[hour + 1] > hourStarts[hour], `hour ${hour} is empty`);
});

test('each hour gets the share of its hour-of-day weight times its weekday factor', () => {
  const { hourStarts } = buildTrafficProfile();
  const weight = (hour: number): number => HOUR_OF_DAY_WEIGHTS[hour % 24] * DAY_OF_WEEK_FACTORS[Math.floor(hour / 24)];
  // Saturday 20:00 against Monday 04:00, both against their weights.
  const saturdayEvening = hourStarts[6 * 24 + 21] - hourStarts[6 * 24 + 20];
  const mondayNight = hourStarts[24 + 5] - hourStarts[24 + 4];
  assert.ok(Math.abs(saturdayEvening / mondayNight - weight(6 * 24 + 20) / weight(24 + 4)) < 1e-9);
});

test('the grid guess is the true hour or the one before it, for positions all over the week', () => {
  const { hourStarts, grid } = buildTrafficProfile();
  const trueHour = (position: number): number => {
    let hour = 0;
    while (hourStarts[hour + 1] <= position) hour++;
    return hour;
  };
  for (let step = 0; step < 200_000; step++) {
    const position = step / 200_000;
    const guess = grid[Math.floor(position * grid.length)];
    const corrected = guess + (position >= hourStarts[guess + 1] ? 1 : 0);
    assert.equal(corrected, trueHour(position), `position ${position}`);
  }
});

test('refuses a grid too coarse for the narrowest hour', () => {
  assert.throws(() => buildTrafficProfile(100), /too coarse/);
});
