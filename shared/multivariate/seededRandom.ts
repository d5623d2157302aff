/**
 * A small seeded pseudo-random generator, so shared/ never touches Math.random (STYLE.md §4, "Global
 * randomness"): the same seed gives the same stream on every platform, which keeps results byte-identical.
 *
 * mulberry32 (Tommy Ettinger's 32-bit generator, as popularised by bryc's PRNG notes): one uint32 of state,
 * period 2^32, passes gjrand/PractRand at the sizes we draw (a few hundred thousand numbers per call).
 * Limit: not cryptographic, and seeds s and s + 0x6d2b79f5 give streams shifted by one draw.
 */
export type RandomSource = () => number;

/** Returns a generator of floats in [0, 1) seeded by `seed` (taken modulo 2^32). */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place, driven by `random`. */
export function shuffleInPlace(values: Int32Array, random: RandomSource): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
