import { upperRegularizedGamma } from './gamma';

/**
 * Standard normal survival function P(Z > z), as `scipy.stats.norm.sf(z)`.
 *
 * Uses erfc(t) = Q(½, t²) so the upper tail keeps full relative precision (no 1 − Φ cancellation) down to
 * the underflow limit near z ≈ 37.5, where it returns 0.
 */
export function normalSurvival(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const tail = 0.5 * upperRegularizedGamma(0.5, (z * z) / 2);
  return z >= 0 ? tail : 1 - tail;
}

/** Two-sided normal p-value 2·P(Z > |z|), as `2 * scipy.stats.norm.sf(abs(z))`. */
export function normalTwoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return upperRegularizedGamma(0.5, (z * z) / 2);
}
