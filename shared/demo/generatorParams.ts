/**
 * Bound values of the generator query: the user's choices (rows, seed), the vocabulary and traffic
 * profile as lists, and the incident knobs of the scenario. Every scenario binds every knob; the
 * inactive incidents get neutral values (start never, factor 1, share 0), so one SQL text serves all.
 */

import { DEMO_DAYS, DEMO_START_MS, epochMsFromIso } from './calendar';
import { BASE_MODEL_VERSION, type DemoScenario } from './scenarios';
import type { DemoSqlParam } from './sqlStatement';
import { buildTrafficProfile } from './trafficProfile';
import {
  APP_VERSIONS, CHANNELS, DEVICES, EMAIL_DOMAINS, EMAIL_FIRST_NAMES, EMAIL_LAST_NAMES, indexOfName,
  MERCHANT_CATEGORIES, PAYMENT_METHODS, REGIONS, WEAK_REGION,
} from './vocabulary';

const MS_PER_DAY = 86_400_000;
/** Start of an inactive incident: never, within a 28-day log. */
const NEVER_MS = 1_000 * MS_PER_DAY;

export interface DemoGeneratorInput {
  readonly scenario: DemoScenario;
  readonly rows: number;
  readonly seed: number;
  /** The block-number file written by buildBlocksCopy for the same row count. */
  readonly blocksPath: string;
}

/** Every bound value of the generator query for this input. */
export function buildGeneratorParams(input: DemoGeneratorInput): Record<string, DemoSqlParam> {
  return {
    blocks_path: { type: 'VARCHAR', value: input.blocksPath },
    rows: { type: 'BIGINT', value: input.rows },
    seed: { type: 'BIGINT', value: input.seed },
    ...vocabularyParams(input.rows),
    ...incidentParams(input.scenario),
  };
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
