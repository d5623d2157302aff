/**
 * The demo log generator as one DuckDB query: row numbers in, one row per request out, every value a
 * pure function of (row number, seed). Nothing is materialised in JavaScript, so 10M rows stream
 * through DuckDB's threads into Parquet.
 *
 * Randomness: each row gets a key hash(i, seed); stream k of the row is hash(key XOR constant_k) (see
 * streamConstant), used as one 53-bit uniform or split into two 32-bit ones. DuckDB's hash is
 * deterministic (unlike random(), which depends on thread scheduling), so the same seed gives the same
 * values in any order of execution; the file's row order is the row number under
 * preserve_insertion_order. Normals come from Box-Muller pairs, skew from lognormals, ties from rounding
 * to price points and integers, counts from geometric draws.
 *
 * Time: row i sits at position (i + 0.5) / rows of four equal weeks; inside a week the traffic profile
 * (trafficProfile.ts) maps the position to an hour, so volume follows the hour-of-day and weekday cycle
 * and event_time increases with the row number.
 *
 * Model: a hidden "true" log-odds f(x) + sd(region) * z, with z a risk factor nobody observes. The
 * deployed model v3.1 scores sigmoid(f(x') / kappa(region)), which is calibrated within every region
 * (probit approximation of the logistic-normal mean) and weakest where sd is large (latam). x' is what
 * the log holds after an incident (cents instead of dollars, imputed nulls); labels always come from the
 * true values, which is how an incident hurts the model without touching the ground truth.
 *
 * Limits: files are byte-identical for the same DuckDB version on the same platform; another DuckDB
 * version may hash differently, and another libm may round exp/ln/cos in the last bit. Only the bound
 * parameters change between scenarios; the SQL text is the same.
 */

import { DEMO_DAYS, DEMO_LABEL_CUTOFF_MS, DEMO_START_MS, epochMsFromIso } from './calendar';
import { INFERENCE_LOG_COLUMNS } from './columns';
import { BASE_MODEL_VERSION, type DemoScenario } from './scenarios';
import type { DemoSqlParam, DemoSqlStatement } from './sqlStatement';
import { quoteIdentifier } from './sqlText';
import { buildTrafficProfile, HOURS_PER_WEEK } from './trafficProfile';
import {
  APP_VERSIONS, CHANNELS, DEVICES, EMAIL_DOMAINS, EMAIL_FIRST_NAMES, EMAIL_LAST_NAMES, indexOfName,
  MERCHANT_CATEGORIES, MERCHANT_COUNT, PAYMENT_METHODS, REGIONS,
} from './vocabulary';

/** The region whose share the mix-shift scenario grows; the generator draws it first. */
export const WEAK_REGION = 'latam';

const MS_PER_DAY = 86_400_000;
/** 2^-53: maps the top 53 bits of a 64-bit hash to a double in [0, 1). */
const TOP_53_BITS_TO_UNIT = '1.1102230246251565e-16';
/** Days after which an inactive incident would start: never, within a 28-day log. */
const NEVER_MS = 1_000 * MS_PER_DAY;

/**
 * Random streams. Each number names one independent 64-bit hash per row, split into two 32-bit
 * uniforms where 2^-32 resolution is plenty (category draws, Box-Muller pairs); changing a number changes the data,
 * so they are fixed here and never reused for two purposes.
 */
const STREAM = {
  regionDevice: 1, channelApp: 2, paymentMerchant: 3, userModel: 4,
  normal1: 5, normal2: 6, normal3: 7, normal4: 8, normal5: 9,
  tieFailed: 10, chargebacksDiscount: 11, txnItems: 12, nullDraws: 13, label: 14,
  /** Keyed by merchant, not by row: the merchant's category. */
  merchantCategory: 101,
  /** Keyed by user: the parts of the user's e-mail address. */
  userEmail: 102,
  /** Keyed by seed only: offset of the request-id permutation. */
  requestId: 103,
} as const;

/**
 * Rows are numbered as block * ROWS_PER_BLOCK + k, with the block numbers read from a small Parquet
 * file written first (buildBlocksCopy). DuckDB's range() is a single-threaded source (it stays so on
 * purpose, see duckdb/duckdb#21807), and an order-preserving COPY from a source without batch indexes
 * (a materialised CTE, unnest) also runs on one thread. A Parquet scan has both: its row groups of
 * BLOCKS_PER_ROW_GROUP blocks are generated and encoded in parallel and still written in row order,
 * byte-identical for any thread count.
 */
const ROWS_PER_BLOCK = 64;
const BLOCKS_PER_ROW_GROUP = 256;

/** Intercept of the true log-odds; sets the fraud rate near 9%. */
const INTERCEPT = -3.2;

/** Request ids are 'req_' + 10 hex digits: (i * odd multiplier + seeded offset) mod 2^40, a bijection. */
const REQUEST_ID_MODULUS = 1_099_511_627_776;
const REQUEST_ID_MULTIPLIER = 25_214_903_917;

/** A generator constant as a DOUBLE literal; only code constants go here, never user values. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Generator constant must be finite, got ${value}.`);
  return `${String(value)}::DOUBLE`;
}

/**
 * A 64-bit constant per stream (splitmix64 of the stream number). Streams must not be derived as
 * hash(i, seed, k): DuckDB combines multi-argument hashes linearly (multiply, then XOR the next hash),
 * so two streams would differ by a constant XOR and be strongly correlated (0.88 measured). Instead each
 * stream re-hashes the row key XOR its constant, and the hash finaliser's avalanche decorrelates them.
 */
export function streamConstant(stream: number): string {
  const mask = (1n << 64n) - 1n;
  let z = (BigInt(stream) * 0x9e3779b97f4a7c15n) & mask;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  return (z ^ (z >> 31n)).toString();
}

/** A well-mixed 64-bit hash of `key` (a UBIGINT expression) for one stream. */
function streamHash(key: string, stream: number): string {
  return `hash(xor(${key}, ${streamConstant(stream)}::UBIGINT))`;
}

/** Uniform in [0, 1) for this row and stream, from the top 53 bits of its hash. */
function uniform(stream: number): string {
  return `((${streamHash('"key"', stream)} >> 11)::DOUBLE * ${TOP_53_BITS_TO_UNIT})`;
}

const TWO_POW_MINUS_32 = '2.3283064365386963e-10';

/** Uniform in [0, 1) from the high 32 bits of a hash column. */
function highUniform(hashColumn: string): string {
  return `(("${hashColumn}" >> 32)::DOUBLE * ${TWO_POW_MINUS_32})`;
}

/** Uniform in [0, 1) from the low 32 bits of a hash column, independent of its high half. */
function lowUniform(hashColumn: string): string {
  return `(("${hashColumn}" & 4294967295::UBIGINT)::DOUBLE * ${TWO_POW_MINUS_32})`;
}

/** CASE expression drawing a 1-based index from cumulative shares with uniform `u`. */
function drawIndex(u: string, shares: readonly number[], indexes: readonly number[]): string {
  const total = shares.reduce((sum, share) => sum + share, 0);
  let cumulative = 0;
  const branches: string[] = [];
  for (let k = 0; k < shares.length - 1; k++) {
    cumulative += shares[k] / total;
    if (shares[k] > 0) branches.push(`WHEN ${u} < ${num(cumulative)} THEN ${indexes[k]}`);
  }
  return `CASE ${branches.join(' ')} ELSE ${indexes[indexes.length - 1]} END`;
}

function sequence(length: number): number[] {
  return Array.from({ length }, (_, k) => k + 1);
}

/**
 * True log-odds of fraud: the part shared by the hidden truth and the model (features no incident
 * touches), computed once per row as "base_logit".
 */
const BASE_LOGIT = [
  num(INTERCEPT),
  `- 0.35 * ln(("account_age_days" + 1.0) / 200.0)`,
  `+ 0.45 * least("failed_logins_24h", 5)`,
  `+ 1.1 * ("prior_chargebacks" > 0)::INTEGER`,
  `+ 0.9 * "discount_ratio"`,
  `- 0.12 * ln("session_length_s" / 170.0)`,
  `- 0.12 * ln(1.0 + "txn_count_30d")`,
  `+ 0.05 * ln("items_in_cart"::DOUBLE)`,
  `+ $region_effect["region_idx"] + $device_effect["device_idx"] + $channel_effect["channel_idx"]`,
  `+ $category_effect["category_idx"] + $payment_effect["payment_idx"]`,
].join(' ');

/**
 * The terms an incident can distort. `amount`, `trust` and `distance` name the columns to use, so the
 * same formula serves the hidden truth (true values) and the model (the logged, possibly broken ones).
 */
function incidentTerms(amount: string, trust: string, distance: string): string {
  return `0.55 * ln(${amount} / 40.0) - 0.055 * (${trust} - 76.0) + 0.2 * ln((1.0 + ${distance}) / 8.0)`;
}

/**
 * The generator as a WITH query ending in `finalSelect`, which reads the CTE "rows" (so each COPY
 * computes only the columns it writes: the labels file skips every string of the log). `rowFilter`,
 * a condition on "elapsed_ms", drops rows before any value is drawn.
 */
function generatorSql(finalSelect: string, rowFilter = ''): string {
  const weakRegion = indexOfName(REGIONS, WEAK_REGION) + 1;
  const otherRegions = sequence(REGIONS.length).filter((index) => index !== weakRegion);
  const otherRegionDraw = drawIndex(
    `(("u_region" - "weak_share") / (1.0 - "weak_share"))`,
    otherRegions.map((index) => REGIONS[index - 1].share),
    otherRegions,
  );
  const paymentDraw = (deviceIndex: number): string => drawIndex(
    `"u_payment"`,
    PAYMENT_METHODS.map((method) => method.shareByDevice[deviceIndex]),
    sequence(PAYMENT_METHODS.length),
  );
  const appIndex = (name: (typeof APP_VERSIONS)[number]): number => APP_VERSIONS.indexOf(name) + 1;
  const webIndex = indexOfName(DEVICES, 'web') + 1;
  // Box-Muller: radius and angle first, so each pair costs one ln, one sqrt, one cos and one sin.
  const normalPolar = (pair: number): string =>
    `sqrt(-2.0 * ln(1.0 - ${highUniform(`h_normal${pair}`)})) AS "radius${pair}", ${num(2 * Math.PI)} * ${lowUniform(`h_normal${pair}`)} AS "angle${pair}"`;
  const normalPair = (pair: number, withSine: boolean): string => [
    `"radius${pair}" * cos("angle${pair}") AS "z${2 * pair - 1}"`,
    ...(withSine ? [`"radius${pair}" * sin("angle${pair}") AS "z${2 * pair}"`] : []),
  ].join(', ');
  const sigmoid = (logit: string): string => `(1.0 / (1.0 + exp(-(${logit}))))`;

  return `WITH
"blocks" AS (
  SELECT "block" FROM read_parquet($blocks_path)
),
"row_numbers" AS (
  SELECT "block" * ${ROWS_PER_BLOCK} + unnest(range(${ROWS_PER_BLOCK})) AS "i" FROM "blocks"
),
"positions" AS (
  SELECT "i", hash("i", $seed) AS "key", ("i"::DOUBLE + 0.5) / $rows::DOUBLE * $weeks AS "week_position"
  FROM "row_numbers"
  WHERE "i" < $rows
),
"week_split" AS (
  SELECT "i", "key", floor("week_position") AS "week", "week_position" - floor("week_position") AS "q"
  FROM "positions"
),
"hour_guess" AS (
  SELECT *, $hour_grid[1 + floor("q" * $grid_size)::INTEGER] AS "hour_guess" FROM "week_split"
),
"hour_of_week" AS (
  SELECT *, "hour_guess" + ("q" >= $hour_starts["hour_guess" + 2])::INTEGER AS "how" FROM "hour_guess"
),
"clock" AS (
  SELECT "i", "key", "how",
    floor(3600000.0 * ("week" * ${HOURS_PER_WEEK} + "how"
      + ("q" - $hour_starts["how" + 1]) / ($hour_starts["how" + 2] - $hour_starts["how" + 1])))::BIGINT AS "elapsed_ms"
  FROM "hour_of_week"
),
"hashes" AS (
  SELECT *,
    ${streamHash('"key"', STREAM.regionDevice)} AS "h_region_device",
    ${streamHash('"key"', STREAM.channelApp)} AS "h_channel_app",
    ${streamHash('"key"', STREAM.paymentMerchant)} AS "h_payment_merchant",
    ${streamHash('"key"', STREAM.userModel)} AS "h_user_model",
    ${streamHash('"key"', STREAM.normal1)} AS "h_normal1",
    ${streamHash('"key"', STREAM.normal2)} AS "h_normal2",
    ${streamHash('"key"', STREAM.normal3)} AS "h_normal3",
    ${streamHash('"key"', STREAM.normal4)} AS "h_normal4",
    ${streamHash('"key"', STREAM.normal5)} AS "h_normal5",
    ${streamHash('"key"', STREAM.tieFailed)} AS "h_tie_failed",
    ${streamHash('"key"', STREAM.chargebacksDiscount)} AS "h_chargebacks_discount",
    ${streamHash('"key"', STREAM.txnItems)} AS "h_txn_items",
    ${streamHash('"key"', STREAM.nullDraws)} AS "h_nulls"
  FROM "clock"${rowFilter ? `
  WHERE ${rowFilter}` : ''}
),
"timed" AS (
  SELECT *,
    "elapsed_ms" / ${num(MS_PER_DAY)} AS "t",
    ("how" < 24 OR "how" >= 144) AS "is_weekend",
    $weak_share_base + ($weak_share_target - $weak_share_base)
      * greatest(0.0, least(1.0, ("elapsed_ms" - $mix_start_ms) / $mix_ramp_ms)) AS "weak_share",
    ${highUniform('h_region_device')} AS "u_region",
    ${lowUniform('h_region_device')} AS "u_device",
    ${highUniform('h_channel_app')} AS "u_channel",
    ${lowUniform('h_channel_app')} AS "u_app",
    ${highUniform('h_payment_merchant')} AS "u_payment",
    ${lowUniform('h_payment_merchant')} AS "u_merchant",
    ${highUniform('h_user_model')} AS "u_user",
    ${lowUniform('h_user_model')} AS "u_model",
    ${highUniform('h_tie_failed')} AS "u_tie",
    ${lowUniform('h_tie_failed')} AS "u_failed",
    ${highUniform('h_chargebacks_discount')} AS "u_chargebacks",
    ${lowUniform('h_chargebacks_discount')} AS "u_discount",
    ${highUniform('h_txn_items')} AS "u_txn",
    ${lowUniform('h_txn_items')} AS "u_items",
    ${highUniform('h_nulls')} AS "u_trust_null",
    ${lowUniform('h_nulls')} AS "u_distance_null",
    ${normalPolar(1)}, ${normalPolar(2)}, ${normalPolar(3)}, ${normalPolar(4)}, ${normalPolar(5)}
  FROM "hashes"
),
"segments" AS (
  SELECT *,
    CASE WHEN "u_region" < "weak_share" THEN ${weakRegion} ELSE ${otherRegionDraw} END AS "region_idx",
    ${drawIndex('"u_device"', DEVICES.map((device) => device.share), sequence(DEVICES.length))} AS "device_idx",
    ${drawIndex('"u_channel"', CHANNELS.map((channel) => channel.share), sequence(CHANNELS.length))} AS "channel_idx",
    CASE WHEN "t" < 6.0 THEN 0.0 ELSE 0.45 / (1.0 + exp(-("t" - 12.0) / 2.2)) END AS "share_540",
    0.12 * exp(-"t" / 12.0) AS "share_521",
    least(${MERCHANT_COUNT}, floor(exp("u_merchant" * ln(${MERCHANT_COUNT + 1}.0))))::BIGINT AS "merchant_rank",
    1 + floor($users * "u_user" * "u_user")::BIGINT AS "user_key",
    ("elapsed_ms" >= $release_start_ms AND "u_model" < $release_share) AS "is_release"
  FROM "timed"
),
"draws" AS (
  SELECT *,
    CASE WHEN "device_idx" = ${webIndex} THEN ${appIndex('web')}
      WHEN "u_app" < "share_540" THEN ${appIndex('5.4.0')}
      WHEN "u_app" < "share_540" + "share_521" THEN ${appIndex('5.2.1')}
      ELSE ${appIndex('5.3.0')} END AS "app_idx",
    CASE "device_idx" WHEN 1 THEN ${paymentDraw(0)} WHEN 2 THEN ${paymentDraw(1)} ELSE ${paymentDraw(2)} END AS "payment_idx",
    1 + (${streamHash('hash("merchant_rank", $seed)', STREAM.merchantCategory)} % ${MERCHANT_CATEGORIES.length})::INTEGER AS "category_idx",
    ${normalPair(1, true)}, ${normalPair(2, true)}, ${normalPair(3, true)}, ${normalPair(4, true)}, ${normalPair(5, false)}
  FROM "segments"
),
"true_features" AS (
  SELECT *,
    exp($region_log_amount["region_idx"] + $category_log_amount["category_idx"] + 1.0 * "z1") AS "amount_raw",
    least(6000, floor(exp(ln(210.0) + 0.95 * "z2") * (1.0 + 0.3 * "t" / ${DEMO_DAYS}.0)))::INTEGER AS "account_age_days",
    greatest(1, round(exp(ln(170.0) + 0.75 * "z3" + CASE WHEN "is_weekend" THEN ln(1.4) ELSE 0.0 END)))::INTEGER AS "session_length_s",
    greatest(1, round(exp(1.55 + 0.45 * "z4" + 0.35 * "z3")))::INTEGER AS "pages_viewed",
    CASE WHEN "u_txn" < 0.17 THEN 0 ELSE 1 + floor(exp(1.3 + 0.9 * "z5")) END::INTEGER AS "txn_count_30d",
    round(exp(ln(7.0) + 1.35 * "z7"), 1) AS "distance_true",
    CASE WHEN "u_chargebacks" < 0.955 THEN 0
      ELSE least(12, 1 + floor(ln(1.0 - ("u_chargebacks" - 0.955) / 0.045) / ln(0.3))) END::INTEGER AS "prior_chargebacks",
    CASE WHEN "u_failed" < 0.87 THEN 0
      ELSE least(25, 1 + floor(ln(1.0 - ("u_failed" - 0.87) / 0.13) / ln(0.45))) END::INTEGER AS "failed_logins_24h",
    least(40, 1 + floor(ln(1.0 - "u_items") / ln(0.5)))::INTEGER AS "items_in_cart",
    CASE WHEN "u_discount" < 0.62 THEN 0.0
      ELSE round(0.05 + 0.55 * pow(("u_discount" - 0.62) / 0.38, 1.6), 2) END AS "discount_ratio"
  FROM "draws"
),
"priced" AS (
  SELECT *,
    CASE WHEN "u_tie" < 0.22 THEN greatest(5.0, round("amount_raw" / 5.0) * 5.0)
      WHEN "u_tie" < 0.37 THEN floor("amount_raw") + 0.99
      ELSE greatest(0.5, round("amount_raw", 2)) END AS "amount_true",
    least(100, greatest(0, round(76.0 + 13.0 * "z8" - 10.0 * ("prior_chargebacks" > 0)::INTEGER)))::INTEGER AS "trust_true"
  FROM "true_features"
),
"logged" AS (
  SELECT *,
    CASE WHEN "region_idx" = $unit_region_idx AND "elapsed_ms" >= $unit_start_ms
      THEN round("amount_true" * $unit_factor, 2) ELSE "amount_true" END AS "amount_usd",
    CASE WHEN "u_trust_null" < CASE
        WHEN "device_idx" = $null_device_idx AND "app_idx" = $null_app_idx AND "elapsed_ms" >= $null_start_ms THEN $null_rate
        ELSE 0.003 END
      THEN NULL ELSE "trust_true" END AS "device_trust_score",
    CASE WHEN "u_distance_null" < CASE WHEN "device_idx" = ${webIndex} THEN 0.05 ELSE 0.012 END
      THEN NULL ELSE "distance_true" END AS "distance_from_home_km",
    CASE WHEN "txn_count_30d" = 0 THEN NULL
      ELSE round(exp(0.55 * ln("amount_true") + 0.45 * $region_log_amount["region_idx"] + 0.45 * "z6"), 2) END AS "avg_amount_30d_usd",
    ${BASE_LOGIT} AS "base_logit"
  FROM "priced"
),
"scored" AS (
  SELECT *,
    ("base_logit" + ${incidentTerms('"amount_usd"', 'coalesce("device_trust_score", 76)', 'coalesce("distance_from_home_km", 7.0)')})
      / $region_kappa["region_idx"] AS "model_logit",
    "base_logit" + ${incidentTerms('"amount_true"', '"trust_true"', '"distance_true"')} + $region_noise["region_idx"] * "z9" AS "true_logit"
  FROM "logged"
),
"rounded" AS (
  SELECT *,
    round(CASE WHEN "is_release" THEN ${sigmoid('$release_slope * "model_logit" + $release_shift')}
      ELSE ${sigmoid('"model_logit"')} END, 6) AS "score",
    ${streamHash('hash("user_key", $seed)', STREAM.userEmail)} AS "email_hash"
  FROM "scored"
),
"rows" AS (
  SELECT
    printf('req_%010x', ("i" * ${REQUEST_ID_MULTIPLIER}
      + (${streamHash('hash($seed)', STREAM.requestId)} % ${REQUEST_ID_MODULUS})::BIGINT) % ${REQUEST_ID_MODULUS}) AS "request_id",
    make_timestamp($start_us + "elapsed_ms" * 1000) AS "event_time",
    CASE WHEN "is_release" THEN $release_version ELSE $base_version END AS "model_version",
    $region_names["region_idx"] AS "region",
    $device_names["device_idx"] AS "device",
    $app_versions["app_idx"] AS "app_version",
    $channel_names["channel_idx"] AS "channel",
    concat(
      $first_names[1 + ("email_hash" % ${EMAIL_FIRST_NAMES.length})::INTEGER], '.',
      $last_names[1 + ("email_hash" // ${EMAIL_FIRST_NAMES.length} % ${EMAIL_LAST_NAMES.length})::INTEGER],
      ("user_key" % 1000)::VARCHAR, '@',
      $email_domains[1 + ("email_hash" // ${EMAIL_FIRST_NAMES.length * EMAIL_LAST_NAMES.length} % ${EMAIL_DOMAINS.length})::INTEGER])
      AS "user_email",
    concat('m_', lpad("merchant_rank"::VARCHAR, 5, '0')) AS "merchant_id",
    $category_names["category_idx"] AS "merchant_category",
    $payment_names["payment_idx"] AS "payment_method",
    "amount_usd", "account_age_days", "session_length_s", "pages_viewed", "items_in_cart", "discount_ratio",
    "distance_from_home_km", "device_trust_score", "failed_logins_24h", "prior_chargebacks", "txn_count_30d",
    "avg_amount_30d_usd",
    "score",
    ("score" >= 0.5)::INTEGER AS "predicted_class",
    (${uniform(STREAM.label)} < ${sigmoid('"true_logit"')})::INTEGER AS "label"
  FROM "rounded"
)
${finalSelect}`;
}

/** Neutral settings: every incident off. A scenario switches exactly one on. */
function incidentParams(scenario: DemoScenario): Record<string, DemoSqlParam> {
  const startMs = epochMsFromIso(scenario.incident.start) - DEMO_START_MS;
  const weakBase = REGIONS[indexOfName(REGIONS, WEAK_REGION)].share;
  const params: Record<string, DemoSqlParam> = {
    null_device_idx: { type: 'BIGINT', value: 0 },
    null_app_idx: { type: 'BIGINT', value: 0 },
    null_rate: { type: 'DOUBLE', value: 0 },
    null_start_ms: { type: 'BIGINT', value: NEVER_MS },
    unit_region_idx: { type: 'BIGINT', value: 0 },
    unit_factor: { type: 'DOUBLE', value: 1 },
    unit_start_ms: { type: 'BIGINT', value: NEVER_MS },
    release_version: { type: 'VARCHAR', value: BASE_MODEL_VERSION },
    release_share: { type: 'DOUBLE', value: 0 },
    release_slope: { type: 'DOUBLE', value: 1 },
    release_shift: { type: 'DOUBLE', value: 0 },
    release_start_ms: { type: 'BIGINT', value: NEVER_MS },
    weak_share_base: { type: 'DOUBLE', value: weakBase },
    weak_share_target: { type: 'DOUBLE', value: weakBase },
    mix_start_ms: { type: 'DOUBLE', value: NEVER_MS },
    mix_ramp_ms: { type: 'DOUBLE', value: 1 },
  };
  const knobs = scenario.knobs;
  switch (knobs.kind) {
    case 'null_spike':
      params.null_device_idx = { type: 'BIGINT', value: indexOfName(DEVICES, knobs.device) + 1 };
      params.null_app_idx = { type: 'BIGINT', value: indexOfName(APP_VERSIONS, knobs.appVersion) + 1 };
      params.null_rate = { type: 'DOUBLE', value: knobs.nullRate };
      params.null_start_ms = { type: 'BIGINT', value: startMs };
      break;
    case 'unit_change':
      params.unit_region_idx = { type: 'BIGINT', value: indexOfName(REGIONS, knobs.region) + 1 };
      params.unit_factor = { type: 'DOUBLE', value: knobs.factor };
      params.unit_start_ms = { type: 'BIGINT', value: startMs };
      break;
    case 'model_release':
      params.release_version = { type: 'VARCHAR', value: knobs.version };
      params.release_share = { type: 'DOUBLE', value: knobs.trafficShare };
      params.release_slope = { type: 'DOUBLE', value: knobs.logitSlope };
      params.release_shift = { type: 'DOUBLE', value: knobs.logitShift };
      params.release_start_ms = { type: 'BIGINT', value: startMs };
      break;
    case 'mix_shift':
      if (knobs.region !== WEAK_REGION) {
        throw new Error(`The mix-shift generator grows '${WEAK_REGION}' only; scenario '${scenario.name}' names '${knobs.region}'.`);
      }
      params.weak_share_target = { type: 'DOUBLE', value: knobs.targetShare };
      params.mix_start_ms = { type: 'DOUBLE', value: startMs };
      params.mix_ramp_ms = { type: 'DOUBLE', value: knobs.rampHours * 3_600_000 };
      break;
  }
  return params;
}

function vocabularyParams(rows: number): Record<string, DemoSqlParam> {
  const profile = buildTrafficProfile();
  return {
    weeks: { type: 'DOUBLE', value: DEMO_DAYS / 7 },
    hour_grid: { type: 'INTEGER[]', value: profile.grid },
    grid_size: { type: 'DOUBLE', value: profile.grid.length },
    hour_starts: { type: 'DOUBLE[]', value: profile.hourStarts },
    start_us: { type: 'BIGINT', value: DEMO_START_MS * 1000 },
    users: { type: 'DOUBLE', value: Math.max(500, Math.floor(rows / 8)) },
    base_version: { type: 'VARCHAR', value: BASE_MODEL_VERSION },
    region_names: { type: 'VARCHAR[]', value: REGIONS.map((region) => region.name) },
    region_log_amount: { type: 'DOUBLE[]', value: REGIONS.map((region) => region.logAmountMean) },
    region_effect: { type: 'DOUBLE[]', value: REGIONS.map((region) => region.effect) },
    region_noise: { type: 'DOUBLE[]', value: REGIONS.map((region) => region.noiseSd) },
    // Logistic-normal mean ~ sigmoid(mu / sqrt(1 + pi sd^2 / 8)): dividing by kappa keeps v3.1 calibrated per region.
    region_kappa: { type: 'DOUBLE[]', value: REGIONS.map((region) => Math.sqrt(1 + (Math.PI * region.noiseSd ** 2) / 8)) },
    device_names: { type: 'VARCHAR[]', value: DEVICES.map((device) => device.name) },
    device_effect: { type: 'DOUBLE[]', value: DEVICES.map((device) => device.effect) },
    channel_names: { type: 'VARCHAR[]', value: CHANNELS.map((channel) => channel.name) },
    channel_effect: { type: 'DOUBLE[]', value: CHANNELS.map((channel) => channel.effect) },
    app_versions: { type: 'VARCHAR[]', value: [...APP_VERSIONS] },
    category_names: { type: 'VARCHAR[]', value: MERCHANT_CATEGORIES.map((category) => category.name) },
    category_log_amount: { type: 'DOUBLE[]', value: MERCHANT_CATEGORIES.map((category) => category.logAmountShift) },
    category_effect: { type: 'DOUBLE[]', value: MERCHANT_CATEGORIES.map((category) => category.effect) },
    payment_names: { type: 'VARCHAR[]', value: PAYMENT_METHODS.map((method) => method.name) },
    payment_effect: { type: 'DOUBLE[]', value: PAYMENT_METHODS.map((method) => method.effect) },
    first_names: { type: 'VARCHAR[]', value: EMAIL_FIRST_NAMES },
    last_names: { type: 'VARCHAR[]', value: EMAIL_LAST_NAMES },
    email_domains: { type: 'VARCHAR[]', value: EMAIL_DOMAINS },
  };
}

export interface DemoGeneratorInput {
  readonly scenario: DemoScenario;
  readonly rows: number;
  readonly seed: number;
  /** The block-number file written by buildBlocksCopy for the same row count. */
  readonly blocksPath: string;
}

/**
 * `COPY` writing the block numbers 0 .. ceil(rows / 64) - 1 to `$out_path`: the parallel, ordered
 * source of the generator. A scratch file; it never leaves the temporary folder.
 */
export function buildBlocksCopy(rows: number, outPath: string): DemoSqlStatement {
  return {
    sql: `COPY (SELECT "block" FROM range(($rows + ${ROWS_PER_BLOCK - 1}) // ${ROWS_PER_BLOCK}) AS "r"("block"))`
      + ` TO $out_path (FORMAT parquet, ROW_GROUP_SIZE ${BLOCKS_PER_ROW_GROUP})`,
    params: { rows: { type: 'BIGINT', value: rows }, out_path: { type: 'VARCHAR', value: outPath } },
  };
}

/**
 * The generator query: every inference-log column in catalogue order, plus `label`. Handy for
 * inspecting a tiny log and for tests; the COPY statements below embed their own final SELECT.
 */
function generatorParams(input: DemoGeneratorInput): Record<string, DemoSqlParam> {
  return {
    blocks_path: { type: 'VARCHAR', value: input.blocksPath },
    rows: { type: 'BIGINT', value: input.rows },
    seed: { type: 'BIGINT', value: input.seed },
    ...vocabularyParams(input.rows),
    ...incidentParams(input.scenario),
  };
}

const LOG_COLUMN_LIST = INFERENCE_LOG_COLUMNS.map((column) => quoteIdentifier(column.name)).join(', ');

export function buildDemoRowsQuery(input: DemoGeneratorInput): DemoSqlStatement {
  return { sql: generatorSql(`SELECT ${LOG_COLUMN_LIST}, "label" FROM "rows"`), params: generatorParams(input) };
}

/** Parquet options of both files: zstd, fixed row groups, so bytes only depend on the data. */
const PARQUET_OPTIONS = '(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)';

/** `COPY` writing inference_log.parquet (every log column, no label) to the bound `$out_path`. */
export function buildInferenceLogCopy(input: DemoGeneratorInput, outPath: string): DemoSqlStatement {
  return {
    sql: `COPY (${generatorSql(`SELECT ${LOG_COLUMN_LIST} FROM "rows"`)}) TO $out_path ${PARQUET_OPTIONS}`,
    params: { ...generatorParams(input), out_path: { type: 'VARCHAR', value: outPath } },
  };
}

/**
 * `COPY` writing labels.parquet (request_id, label) to `$out_path`, leaving out events at or after
 * the label cutoff (delayed labels). It re-runs the generator; DuckDB prunes the columns the label
 * does not need (the strings above all), which costs less than writing the log twice.
 */
export function buildLabelsCopy(input: DemoGeneratorInput, outPath: string): DemoSqlStatement {
  // Filtering on elapsed time before the draws skips the work for unlabelled rows; row values do not
  // depend on which rows are kept, so labelled rows are the same as in the log.
  const sql = generatorSql('SELECT "request_id", "label" FROM "rows"', '"elapsed_ms" < $label_cutoff_ms');
  return {
    sql: `COPY (${sql}) TO $out_path ${PARQUET_OPTIONS}`,
    params: {
      ...generatorParams(input),
      label_cutoff_ms: { type: 'BIGINT', value: DEMO_LABEL_CUTOFF_MS - DEMO_START_MS },
      out_path: { type: 'VARCHAR', value: outPath },
    },
  };
}
