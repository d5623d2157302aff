import { LOG_SQRT_2PI, stirlingError } from './gamma';

/**
 * Exact distributions of Kolmogorov–Smirnov statistics for a sample of size n:
 *  - `kolmogornSurvival(n, x)` = P(D_n ≥ x) for the two-sided statistic, as `scipy.stats.kstwo.sf(x, n)`
 *    (scipy.stats._ksstats.kolmogn with cdf=False: Simard & L'Ecuyer 2011, choosing between Ruben–Gambino
 *    closed forms, Durbin's matrix (Marsaglia–Tsang–Wang), Pomeranz's recursion, Pelz–Good and 2·smirnov);
 *  - `smirnovSurvival(n, x)` = P(D+_n ≥ x) for the one-sided statistic, as `scipy.special.smirnov(n, x)`
 *    (Birnbaum–Tingey sum, xsf/cephes/kolmogorov.h).
 *
 * The branch structure and thresholds are scipy's. Arithmetic differs in two places, each documented where
 * it happens: scipy's `smirnov` sums in double-double, we evaluate each term in a saddle-point log form that
 * is accurate to ~1e-13 relative; and for n > SMIRNOV_DIRECT_MAX_N we sum the (smooth, unimodal) terms on a
 * power-of-two stride with an embedded error check, because the direct O(n) sum costs scipy over a second
 * at n = 10^6. The oracle fixtures pin agreement with scipy.
 */

const E128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const DOUBLE_EPSILON = 2.220446049250313e-16;
/** cephes MINLOG = log(2^-1075): exp() of anything below is 0. */
const CEPHES_MIN_LOG = -745.1332191019412;
/** Above this n scipy's smirnov switches to the approximation exp(−(6nx+1)²/(18n)). */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
const SM_UPPER_MAX_TERMS = 3;
const SM_UPPERSUM_MIN_N = 10;
/** Up to this n the Birnbaum–Tingey sum is evaluated term by term, with scipy's early exit. */
export const SMIRNOV_DIRECT_MAX_N = 20_000;

// B_2j/(2j)/(2j-1) for j = 8..1, from scipy's _ksstats._STIRLING_COEFFS.
const STIRLING_COEFFS = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
  -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];

function clipProbability(p: number): number {
  if (Number.isNaN(p)) return p;
  return Math.min(1, Math.max(0, p));
}

function selectAndClip(cdfProbability: number, sfProbability: number, cdf: boolean): number {
  return clipProbability(cdf ? cdfProbability : sfProbability);
}

/** x·2^exponent without intermediate overflow or underflow for |exponent| up to a few thousand. */
function scaleByPowerOfTwo(x: number, exponent: number): number {
  let result = x;
  let remaining = exponent;
  while (remaining > 1000) {
    result *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    result *= 2 ** -1000;
    remaining += 1000;
  }
  return result * 2 ** remaining;
}

/** log(n!/n^n) by Stirling, removing n·log(n) up front (scipy `_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  const argument = rn / n;
  for (const coefficient of STIRLING_COEFFS) poly = poly * argument + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/**
 * P(D_n ≤ d) by Durbin's matrix algorithm as evaluated by Marsaglia, Tsang & Wang (scipy `_kolmogn_DMTW`).
 * We need only row k of H^n, so the odd-power products are accumulated into a row vector instead of a
 * full matrix: same arithmetic up to rounding, half the matrix products.
 */
function kolmogornDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = factorial;
    factorial /= j; // may underflow; harmless
    v[j - 1] *= factorial;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * factorial;

  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let row = i - 1; row < m; row++) H[row * m + i] = w[row - (i - 1)];
  }
  for (let row = 0; row < m; row++) H[row * m] = v[row];
  for (let column = 0; column < m; column++) H[(m - 1) * m + column] = v[m - 1 - column];

  let row = new Float64Array(m);
  row[k - 1] = 1;
  let scratchRow = new Float64Array(m);
  let scratch = new Float64Array(m * m);
  let exponent = 0;
  let hExponent = 0;
  let remaining = n;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      scratchRow.fill(0);
      for (let i = 0; i < m; i++) {
        const ri = row[i];
        if (ri === 0) continue;
        const offset = i * m;
        for (let j = 0; j < m; j++) scratchRow[j] += ri * H[offset + j];
      }
      [row, scratchRow] = [scratchRow, row];
      exponent += hExponent;
    }
    remaining = Math.floor(remaining / 2);
    if (remaining === 0) break; // scipy squares once more here, but never uses the result
    scratch.fill(0);
    for (let i = 0; i < m; i++) {
      const rowOffset = i * m;
      for (let l = 0; l < m; l++) {
        const a = H[rowOffset + l];
        if (a === 0) continue;
        const lOffset = l * m;
        for (let j = 0; j < m; j++) scratch[rowOffset + j] += a * H[lOffset + j];
      }
    }
    [H, scratch] = [scratch, H];
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
      for (let i = 0; i < m * m; i++) H[i] /= E128;
      hExponent += 128;
    }
  }

  let p = row[k - 1];
  // Multiply by n!/n^n, rescaling to stay clear of underflow.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p = scaleByPowerOfTwo(p, exponent);
  return clipProbability(p);
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n ≤ x) by Pomeranz's recursion (scipy `_kolmogn_Pomeranz`); used only for n ≤ 140. */
function kolmogornPomeranz(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powerCount = 2 * (ll + 1);
  const gPower = new Float64Array(powerCount);
  const twoGPower = new Float64Array(powerCount);
  const oneMinusTwoGPower = new Float64Array(powerCount);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  let exponent = 0;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < powerCount; m++) {
    gPower[m] = (gPower[m - 1] * gOverN) / m;
    twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
  }

  let V0 = new Float64Array(powerCount);
  let V1 = new Float64Array(powerCount);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      // conv = np.convolve(V0[k1-V0s : k1-V0s+length], powers[:length]); keep conv[j1-k1 .. j2-k1].
      const sliceStart = k1 - V0s;
      const sliceLength = Math.max(0, Math.min(length, powerCount - sliceStart));
      const powersLength = Math.min(length, powerCount);
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      let maximum = 0;
      for (let c = 0; c < convLength; c++) {
        const index = convStart + c;
        let sum = 0;
        const lower = Math.max(0, index - (powersLength - 1));
        const upper = Math.min(index, sliceLength - 1);
        for (let a = lower; a <= upper; a++) sum += V0[sliceStart + a] * powers[index - a];
        V1[c] = sum;
        if (sum > maximum) maximum = sum;
      }
      if (maximum > 0 && maximum < EM128) {
        // Rescale to avoid underflow.
        for (let c = 0; c < powerCount; c++) V1[c] *= E128;
        exponent -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }

  let answer = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > E128) {
      answer *= EM128;
      exponent += 128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = scaleByPowerOfTwo(answer, exponent);
  return clipProbability(answer);
}

/** Pelz–Good approximation to P(D_n ≤ x), unclipped (scipy `_kolmogn_PelzGood` with cdf=True). */
function kolmogornPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const zSquared = z ** 2;
  const zThree = z ** 3;
  const zFour = z ** 4;
  const zSix = z ** 6;
  const qLog = -PI_SQUARED / 8 / zSquared;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);

  const k1a = -zSquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zSix + 2 * zFour;
  const k2b = ((2 * zFour - 5 * zSquared) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * zSquared)) / 16;
  const k3d = (PI_SIX * (5 - 30 * zSquared)) / 64;
  const k3c = (PI_FOUR * (-60 * zSquared + 212 * zFour)) / 16;
  const k3b = (PI_SQUARED * (135 * zFour - 96 * zSix)) / 4;
  const k3a = -30 * zSix - 90 * z ** 8;

  const K = [0, 0, 0, 0];
  // Horner scheme for sums c_i q^(i^2) over odd i.
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const mSquared = m ** 2;
    const mFour = m ** 4;
    const mSix = m ** 6;
    const qPower = q ** (8 * k);
    K[0] = K[0] * qPower + 1;
    K[1] = K[1] * qPower + (k1a + k1b * mSquared);
    K[2] = K[2] * qPower + (k2a + k2b * mSquared + k2c * mFour);
    K[3] = K[3] * qPower + (k3a + k3b * mSquared + k3c * mFour + k3d * mSix);
  }
  const divisors = [z, 6 * zFour, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT_2PI) / divisors[i];

  // The remaining sums over all integers k.
  q = Math.exp(-PI_SQUARED / 2 / zSquared);
  const sqrt3z = SQRT3 * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxK; k > 0; k--) {
    const kSquared = k * k;
    const qPowers = q ** kSquared;
    const kPi = Math.PI * k;
    k2extra += kSquared * qPowers;
    k3extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPowers;
  }
  K[2] += k2extra * ((PI_SQUARED * SQRT_2PI) / (-36 * zThree));
  K[3] += k3extra * ((PI_SQUARED * SQRT_2PI) / (216 * zSix));
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}

/** scipy `_kolmogn(n, x, cdf)`: the method choice of Simard & L'Ecuyer (2011). n is a positive integer. */
function kolmogorovN(n: number, x: number, cdf: boolean): number {
  if (x >= 1) return selectAndClip(1, 0, cdf);
  if (x <= 0) return selectAndClip(0, 1, cdf);
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/(2n) ≤ x ≤ 1/n.
    if (t <= 0.5) return selectAndClip(0, 1, cdf);
    let probability: number;
    if (n <= 140) {
      probability = 1;
      for (let i = 1; i <= n; i++) probability *= i * (1 / n) * (2 * t - 1);
    } else {
      probability = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return selectAndClip(probability, 1 - probability, cdf);
  }
  if (t >= n - 1) {
    // Ruben–Gambino upper end.
    const probability = 2 * (1 - x) ** n;
    return selectAndClip(1 - probability, probability, cdf);
  }
  if (x >= 0.5) {
    // Exact: the one-sided events cannot both happen.
    const probability = 2 * smirnovSurvival(n, x);
    return selectAndClip(1 - probability, probability, cdf);
  }
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) {
      const probability = kolmogornDurbin(n, x);
      return selectAndClip(probability, 1 - probability, cdf);
    }
    if (nxSquared <= 4) {
      const probability = kolmogornPomeranz(n, x);
      return selectAndClip(probability, 1 - probability, cdf);
    }
    const probability = 2 * smirnovSurvival(n, x);
    return selectAndClip(1 - probability, probability, cdf);
  }
  if (!cdf) {
    if (nxSquared >= 370) return 0;
    if (nxSquared >= 2.2) return clipProbability(2 * smirnovSurvival(n, x));
  }
  let cdfProbability: number;
  if (nxSquared >= 18) {
    cdfProbability = 1;
  } else if (n <= 100000 && n * x ** 1.5 <= 1.4) {
    cdfProbability = kolmogornDurbin(n, x);
  } else {
    cdfProbability = kolmogornPelzGood(n, x);
  }
  return selectAndClip(cdfProbability, 1 - cdfProbability, cdf);
}

function kstwoAtSupport(n: number, x: number, cdf: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(n) || !(n >= 1) || !Number.isInteger(n)) return NaN;
  // rv_continuous: at or below the support's lower end 0.5/n the sf is 1; at or above 1 it is 0.
  if (x <= 0.5 / n) return cdf ? 0 : 1;
  if (x >= 1) return cdf ? 1 : 0;
  return kolmogorovN(n, x, cdf);
}

/**
 * P(D_n ≥ x) for the two-sided one-sample Kolmogorov–Smirnov statistic D_n of n observations, exactly as
 * `scipy.stats.kstwo.sf(x, n)` (including its support handling: 1 for x ≤ 0.5/n, 0 for x ≥ 1).
 * n must be a positive integer; NaN otherwise.
 */
export function kolmogornSurvival(n: number, x: number): number {
  return kstwoAtSupport(n, x, false);
}

/** P(D_n ≤ x), as `scipy.stats.kstwo.cdf(x, n)`. */
export function kolmogornDistribution(n: number, x: number): number {
  return kstwoAtSupport(n, x, true);
}

// ---------------------------------------------------------------------------------------------------------
// Smirnov (one-sided)

/** Dekker split for the exact product below. */
function split(a: number): [number, number] {
  const c = 134217729 * a;
  const high = c - (c - a);
  return [high, a - high];
}

/**
 * floor(n·x) and its fractional part, computed from the exact product (scipy's `modNX` uses double-double
 * for the same reason: n·x rounded to a double can land on the wrong side of an integer).
 */
function floorAndFraction(n: number, x: number): { floor: number; fraction: number } {
  const product = n * x;
  const [nHigh, nLow] = split(n);
  const [xHigh, xLow] = split(x);
  const error = nHigh * xHigh - product + nHigh * xLow + nLow * xHigh + nLow * xLow;
  let floor = Math.floor(product);
  let fraction = product - floor + error;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction = 0;
  }
  return { floor, fraction };
}

/**
 * log of the Birnbaum–Tingey term A_v = C(n, v) (1 − x − v/n)^(n−v) (x + v/n)^(v−1), for 1 ≤ v < n − nx,
 * in Loader's saddle-point form: A_v = dbinom(v; n, p)/p with p = x + v/n. With nx = n·x,
 *   log dbinom = stirlerr(n) − stirlerr(v) − stirlerr(n−v) + ½ log(n/(2π v (n−v))) − bd0(v, np) − bd0(n−v, nq)
 * and bd0(v, v+nx) + bd0(n−v, n−v−nx) = −v·log1p(nx/v) − (n−v)·log1p(−nx/(n−v)): two O(nx) terms with no
 * large cancelling n·log n parts, unlike log C(n, v) + (n−v)·log(…) + (v−1)·log(…).
 */
function logSmirnovTerm(n: number, v: number, nxFloor: number, nxFraction: number, stirlingN: number): number {
  const nx = nxFloor + nxFraction;
  const rest = n - v;
  const minusDeviance = v * Math.log1p(nx / v) + rest * Math.log1p(-nx / rest);
  const logBinomialDensity =
    stirlingN - stirlingError(v) - stirlingError(rest) + 0.5 * Math.log(n / (v * rest)) - LOG_SQRT_2PI + minusDeviance;
  const p = (nxFloor + v + nxFraction) / n;
  return logBinomialDensity - Math.log(p);
}

/**
 * P(D+_n ≥ x) for the one-sided statistic D+_n = sup(F_n − F), as `scipy.special.smirnov(n, x)`.
 * n a positive integer, 0 ≤ x ≤ 1; NaN otherwise.
 */
export function smirnovSurvival(n: number, x: number): number {
  if (!(n > 0 && Number.isInteger(n) && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxFloor, fraction: alpha } = floorAndFraction(n, x);
  let lastLowerTerm = n - nxFloor - (alpha === 0 ? 0 : 1);
  let firstUpperTerm = n - nxFloor;
  if (alpha === 0) {
    // n·x is an integer: that term belongs to neither sum.
    lastLowerTerm -= 1;
    firstUpperTerm += 1;
  }

  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    // x ≤ 1/n: closed form.
    const cdf = x * (1 + x) ** (n - 1);
    return clipProbability(1 - cdf);
  }
  if (-2 * n * x * x < CEPHES_MIN_LOG) return 0; // the sf underflows
  if (nxFloor >= n - 1) return clipProbability((1 - x) ** n); // x ≥ 1 − 1/n
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    // scipy's approximation for huge n: p ≈ exp(−(6nx+1)²/(18n)).
    const logP = -((6 * n * x + 1) ** 2) / 18 / n;
    if (logP < -Math.LN2) return clipProbability(Math.exp(logP));
    return clipProbability(1 - -Math.expm1(logP));
  }

  const upperTermCount = n - firstUpperTerm + 1;
  const useUpperSum =
    (upperTermCount <= 1 && x < 0.5) ||
    (n >= SM_UPPERSUM_MIN_N && upperTermCount <= SM_UPPER_MAX_TERMS && x <= 0.5 / Math.sqrt(n));
  if (useUpperSum) {
    // Few alternating terms v = n, n−1, …: the CDF directly.
    let sum = 0;
    let binomial = 1;
    for (let j = 0; j < upperTermCount; j++) {
      const v = n - j;
      const base = (j - nxFloor - alpha) / n; // 1 − x − v/n, negative here
      const term = binomial * base ** j * Math.exp((v - 1) * Math.log1p((nxFloor + alpha - j) / n));
      sum += term;
      binomial = (binomial * (n - j)) / (j + 1);
    }
    return clipProbability(1 - x * sum);
  }

  const termCount = lastLowerTerm + 1;
  const stirlingN = stirlingError(n);
  const firstTerm = Math.exp(n * Math.log1p(-x)) / x; // v = 0: (1 − x)^n / x
  const term = (v: number): number =>
    v === 0 ? firstTerm : Math.exp(logSmirnovTerm(n, v, nxFloor, alpha, stirlingN));

  let sum: number;
  if (n <= SMIRNOV_DIRECT_MAX_N) {
    sum = firstTerm;
    const middle = Math.floor(n / 2);
    for (let v = 1; v < termCount; v++) {
      const a = term(v);
      if (Number.isFinite(a) && a !== 0) sum += a;
      // scipy's early exit: the remaining terms cannot change the sum.
      if (a !== 0) {
        if (4 * (termCount - v) * Math.abs(a) < DOUBLE_EPSILON * sum && v !== termCount - 1) break;
      } else if (v > middle) {
        break;
      }
    }
  } else {
    sum = stridedSum(term, termCount, n);
  }
  return clipProbability(x * sum);
}

/**
 * Σ_{v=0}^{count−1} term(v) for large n. The terms are a smooth bell in v whose width is a fair fraction of n
 * (about n/80 or wider whenever the result is not negligible), so the trapezoid rule on a stride s ≪ width
 * converges geometrically. We compare stride s with stride 2s (a subset of the same samples) and halve s
 * until they agree to 1e-11; s = 1 is the exact sum.
 */
function stridedSum(term: (v: number) => number, count: number, n: number): number {
  let stride = 2 ** Math.max(0, Math.floor(Math.log2(n / 2048)));
  for (;;) {
    if (stride === 1) {
      let exact = 0;
      for (let v = 0; v < count; v++) exact += term(v);
      return exact;
    }
    let all = 0;
    let even = 0;
    for (let i = 0, v = 0; v < count; i++, v += stride) {
      const a = term(v);
      all += a;
      if (i % 2 === 0) even += a;
    }
    const fine = all * stride;
    const coarse = even * 2 * stride;
    if (Math.abs(fine - coarse) <= 1e-11 * Math.abs(fine)) return fine;
    stride /= 2;
  }
}
