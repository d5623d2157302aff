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

import { DEMO_DAYS, DEMO_LABEL_CUTOFF_MS, DEMO_START_MS } from './calendar';
import { INFERENCE_LOG_COLUMNS } from './columns';
import { buildGeneratorParams, type DemoGeneratorInput } from './generatorParams';
import type { DemoSqlStatement } from './sqlStatement';
import { highUniform, lowUniform, streamHash, uniformFromKey } from './sqlRandom';
import { quoteIdentifier } from './sqlText';
import { HOURS_PER_WEEK } from './trafficProfile';
import {
  APP_VERSIONS, CHANNELS, DEVICES, EMAIL_DOMAINS, EMAIL_FIRST_NAMES, EMAIL_LAST_NAMES, indexOfName,
  MERCHANT_CATEGORIES, MERCHANT_COUNT, PAYMENT_METHODS, REGIONS, WEAK_REGION,
} from './vocabulary';

const MS_PER_DAY = 86_400_000;

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

/** Intercept of the true log-odds; puts the fraud (label) rate near 11%. */
const INTERCEPT = -3.2;

/** Request ids are 'req_' + 10 hex digits: (i * odd multiplier + seeded offset) mod 2^40, a bijection. */
const REQUEST_ID_MODULUS = 1_099_511_627_776;
const REQUEST_ID_MULTIPLIER = 25_214_903_917;

/** A generator constant as a DOUBLE literal; only code constants go here, never user values. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Generator constant must be finite, got ${value}.`);
  return `${String(value)}::DOUBLE`;
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
    '"u_other_region"',
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
"region_draw" AS (
  SELECT *, ("u_region" - "weak_share") / (1.0 - "weak_share") AS "u_other_region" FROM "timed"
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
  FROM "region_draw"
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
    (${uniformFromKey(STREAM.label)} < ${sigmoid('"true_logit"')})::INTEGER AS "label"
  FROM "rounded"
)
${finalSelect}`;
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

const LOG_COLUMN_LIST = INFERENCE_LOG_COLUMNS.map((column) => quoteIdentifier(column.name)).join(', ');

/**
 * The generator query: every inference-log column in catalogue order, plus `label`. Handy for
 * inspecting a tiny log and for tests; the COPY statements below embed their own final SELECT.
 */
export function buildDemoRowsQuery(input: DemoGeneratorInput): DemoSqlStatement {
  return { sql: generatorSql(`SELECT ${LOG_COLUMN_LIST}, "label" FROM "rows"`), params: buildGeneratorParams(input) };
}

/** Parquet options of both files: zstd, fixed row groups, so bytes only depend on the data. */
const PARQUET_OPTIONS = '(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)';

/** `COPY` writing inference_log.parquet (every log column, no label) to the bound `$out_path`. */
export function buildInferenceLogCopy(input: DemoGeneratorInput, outPath: string): DemoSqlStatement {
  return {
    sql: `COPY (${generatorSql(`SELECT ${LOG_COLUMN_LIST} FROM "rows"`)}) TO $out_path ${PARQUET_OPTIONS}`,
    params: { ...buildGeneratorParams(input), out_path: { type: 'VARCHAR', value: outPath } },
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
      ...buildGeneratorParams(input),
      label_cutoff_ms: { type: 'BIGINT', value: DEMO_LABEL_CUTOFF_MS - DEMO_START_MS },
      out_path: { type: 'VARCHAR', value: outPath },
    },
  };
}
