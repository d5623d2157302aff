/**
 * Request volume over the week: an hour-of-day curve times a day-of-week factor, repeated for each of
 * the four weeks (a benign seasonality that volume checks must not flag).
 *
 * The generator turns row number i into a time by inverting the cumulative volume: rows are spread
 * evenly over four equal weeks, and inside a week the position q in [0, 1) falls into the hour h with
 * hourStarts[h] <= q < hourStarts[h + 1]. A lookup grid makes this O(1) in SQL without a join: grid[j]
 * is the hour containing j / gridSize, and because every hour is wider than one grid cell the true hour
 * is grid[j] or grid[j] + 1.
 */

/** Relative request volume per hour of day (UTC), night trough, lunch and evening peaks. */
export const HOUR_OF_DAY_WEIGHTS: readonly number[] = [
  0.25, 0.17, 0.12, 0.1, 0.1, 0.14, 0.28, 0.5, 0.72, 0.85, 0.93, 1.0,
  1.08, 1.02, 0.95, 0.93, 0.97, 1.05, 1.18, 1.3, 1.35, 1.22, 0.9, 0.5,
];

/** Relative volume per day of week, Sunday first (the log starts on a Sunday). */
export const DAY_OF_WEEK_FACTORS: readonly number[] = [1.1, 0.92, 0.95, 0.97, 1.0, 1.08, 1.18];

export const HOURS_PER_WEEK = 168;
export const DEFAULT_TRAFFIC_GRID_SIZE = 4096;

export interface TrafficProfile {
  /** 169 cumulative shares: hourStarts[h] is where hour-of-week h starts; hourStarts[168] = 1. */
  readonly hourStarts: readonly number[];
  /** gridSize hour indexes: grid[j] = the hour containing position j / gridSize. */
  readonly grid: readonly number[];
}

/** Builds the cumulative hour-of-week shares and the lookup grid the generator SQL binds. */
export function buildTrafficProfile(gridSize: number = DEFAULT_TRAFFIC_GRID_SIZE): TrafficProfile {
  const weights: number[] = [];
  for (let hour = 0; hour < HOURS_PER_WEEK; hour++) {
    weights.push(HOUR_OF_DAY_WEIGHTS[hour % 24] * DAY_OF_WEEK_FACTORS[Math.floor(hour / 24)]);
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const hourStarts: number[] = [0];
  let cumulative = 0;
  for (const weight of weights) {
    cumulative += weight;
    hourStarts.push(cumulative / total);
  }
  hourStarts[HOURS_PER_WEEK] = 1;

  const narrowest = Math.min(...weights) / total;
  if (!(narrowest > 1 / gridSize)) {
    // The SQL corrects the grid guess by at most one hour; that is exact only if no cell holds two boundaries.
    throw new Error(`Traffic grid of ${gridSize} cells is too coarse for an hour holding ${narrowest} of the week.`);
  }
  const grid: number[] = [];
  let hour = 0;
  for (let cell = 0; cell < gridSize; cell++) {
    const position = cell / gridSize;
    while (hourStarts[hour + 1] <= position) hour++;
    grid.push(hour);
  }
  return { hourStarts, grid };
}
