/**
 * The demo scenarios: each injects one documented incident at a known time and place into the same
 * realistic log, on top of benign changes that analyses must not blame. scenario.json carries this
 * ground truth so tests can score drift, segment and RCA results against it.
 *
 * Scenario logs with the same seed and row count are identical except where the incident acts (the
 * mix-shift scenario reassigns regions after its start, which redraws those rows' region-dependent values).
 */

export type DemoScenarioName = 'null-spike' | 'unit-change' | 'model-release' | 'mix-shift';

/** Every scenario name, in the order help text lists them. */
export const DEMO_SCENARIO_NAMES: readonly DemoScenarioName[] = ['null-spike', 'unit-change', 'model-release', 'mix-shift'];

export type DemoIncidentKind = 'null_spike' | 'unit_change' | 'model_release' | 'mix_shift';

/** Hypothesis kinds of DESIGN.md §3.5 that a correct RCA may rank first for the incident. */
export type DemoHypothesisKind = 'data_quality' | 'feature_drift' | 'segment' | 'model_version' | 'volume';

export interface DemoIncident {
  readonly kind: DemoIncidentKind;
  readonly description: string;
  /** Culprit columns: where the cause is visible in the log. */
  readonly columns: readonly string[];
  /** The slice where the incident acts, {dimension: value}; every condition holds at once. */
  readonly segment: Readonly<Record<string, string>>;
  /** Start of the incident, `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly start: string;
  readonly expectedSymptom: {
    /** Metric ids of DESIGN.md §5 that move, primary first. */
    readonly metrics: readonly string[];
    /** How the primary (first) metric moves. */
    readonly direction: 'up' | 'down';
    readonly description: string;
  };
  /** RCA hypothesis kinds that count as a correct answer, preferred first. */
  readonly hypothesisKinds: readonly DemoHypothesisKind[];
}

export interface DemoBenignChange {
  readonly column: string;
  readonly kind: 'seasonal' | 'slow_drift';
  readonly description: string;
}

/** Generator settings of one incident. Each scenario sets exactly one; the others stay inactive. */
export type DemoIncidentKnobs =
  | { readonly kind: 'null_spike'; readonly device: string; readonly appVersion: string; readonly nullRate: number }
  | { readonly kind: 'unit_change'; readonly region: string; readonly factor: number }
  | { readonly kind: 'model_release'; readonly version: string; readonly trafficShare: number; readonly logitSlope: number; readonly logitShift: number }
  | { readonly kind: 'mix_shift'; readonly region: string; readonly targetShare: number; readonly rampHours: number };

export interface DemoScenario {
  readonly name: DemoScenarioName;
  readonly title: string;
  /** One paragraph for help text and scenario.json. */
  readonly description: string;
  readonly incident: DemoIncident;
  readonly knobs: DemoIncidentKnobs;
}

/** The deployed model every scenario starts with. */
export const BASE_MODEL_VERSION = 'v3.1';

/** Benign changes present in every scenario. */
export const DEMO_BENIGN_CHANGES: readonly DemoBenignChange[] = [
  { column: 'session_length_s', kind: 'seasonal', description: 'Sessions are about 40% longer on Saturdays and Sundays (UTC); the model barely uses it.' },
  { column: 'event_time', kind: 'seasonal', description: 'Request volume follows an hour-of-day curve (night trough, evening peak) and is highest on Fridays and Saturdays.' },
  { column: 'account_age_days', kind: 'slow_drift', description: 'The user base matures: account age grows about 30% linearly over the 28 days; labels follow the same true model, so performance does not change.' },
  { column: 'app_version', kind: 'slow_drift', description: 'Mobile app 5.4.0 rolls out from day 6 on a logistic curve (about 45% of mobile traffic at the end) while 5.3.0 and 5.2.1 shrink.' },
];

export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    name: 'null-spike',
    title: 'device_trust_score goes null on Android 5.4.0',
    description:
      'From 2026-02-19 14:00 UTC a fingerprinting SDK config push breaks the device trust score on Android app 5.4.0: '
      + 'about 90% of that segment logs device_trust_score as NULL, while other segments keep the usual 0.3% null rate. '
      + 'The model imputes the training mean for missing values, so its scores in the segment lose their strongest signal: '
      + 'discrimination (AUC) and log loss worsen there. Overall numbers move much less, because the segment is about a fifth of traffic.',
    incident: {
      kind: 'null_spike',
      description: 'device_trust_score is NULL for ~90% of rows with device = android and app_version = 5.4.0 from the start time on.',
      columns: ['device_trust_score'],
      segment: { device: 'android', app_version: '5.4.0' },
      start: '2026-02-19T14:00:00Z',
      expectedSymptom: {
        metrics: ['null_rate:device_trust_score', 'log_loss', 'auc'],
        direction: 'up',
        description: 'null_rate:device_trust_score jumps from ~0.3% to ~90% in the segment; inside it, log_loss rises and auc falls.',
      },
      hypothesisKinds: ['data_quality'],
    },
    knobs: { kind: 'null_spike', device: 'android', appVersion: '5.4.0', nullRate: 0.9 },
  },
  {
    name: 'unit-change',
    title: 'amount_usd logged in cents in eu-west',
    description:
      'From 2026-02-17 09:00 UTC a payment-gateway upgrade in eu-west starts sending amount_usd in cents instead of dollars. '
      + 'The model reads the inflated amounts as large purchases, so scores in eu-west jump: the positive rate and mean score rise, '
      + 'calibration breaks and log loss grows, while the true fraud rate there does not change.',
    incident: {
      kind: 'unit_change',
      description: 'amount_usd is multiplied by 100 (cents instead of dollars) for rows with region = eu-west from the start time on.',
      columns: ['amount_usd'],
      segment: { region: 'eu-west' },
      start: '2026-02-17T09:00:00Z',
      expectedSymptom: {
        metrics: ['positive_rate', 'score_mean', 'log_loss'],
        direction: 'up',
        description: 'In eu-west the median amount_usd grows 100x, score_mean and positive_rate jump, log_loss rises; label_rate stays flat.',
      },
      hypothesisKinds: ['data_quality', 'feature_drift'],
    },
    knobs: { kind: 'unit_change', region: 'eu-west', factor: 100 },
  },
  {
    name: 'model-release',
    title: 'model v3.2 ships without its calibration layer',
    description:
      'From 2026-02-18 10:00 UTC model v3.2 serves a random 35% of traffic. It ranks requests exactly like v3.1, but it was trained on '
      + 'down-sampled negatives and shipped without its calibration layer: its scores are overconfident and shifted upward. On v3.2 rows '
      + 'the mean score, positive rate, log loss and Brier score rise while the inputs, the AUC and the true fraud rate do not change.',
    incident: {
      kind: 'model_release',
      description: 'model_version = v3.2 on ~35% of rows from the start time on; its score is sigmoid(1.4 * logit(calibrated score) + 1.6).',
      columns: ['model_version', 'score'],
      segment: { model_version: 'v3.2' },
      start: '2026-02-18T10:00:00Z',
      expectedSymptom: {
        metrics: ['log_loss', 'brier', 'score_mean', 'positive_rate'],
        direction: 'up',
        description: 'On v3.2 rows score_mean roughly doubles, positive_rate, log_loss and brier rise well above v3.1 on the same days; auc and feature distributions are unchanged.',
      },
      hypothesisKinds: ['model_version'],
    },
    knobs: { kind: 'model_release', version: 'v3.2', trafficShare: 0.35, logitSlope: 1.4, logitShift: 1.6 },
  },
  {
    name: 'mix-shift',
    title: 'traffic shifts toward latam, where the model was always weaker',
    description:
      'From 2026-02-16 00:00 UTC a marketing campaign grows the share of latam traffic from 7% to about 35% over 48 hours. '
      + 'The model is unchanged and as good as ever inside every region, but it has always been weaker in latam (a risk factor it cannot see), '
      + 'so aggregate auc and accuracy fall and log loss rises: a population (mix) effect, not a rate effect.',
    incident: {
      kind: 'mix_shift',
      description: 'The share of region = latam ramps from 7% to 35% over 48 hours from the start time; per-region behaviour is unchanged.',
      columns: ['region'],
      segment: { region: 'latam' },
      start: '2026-02-16T00:00:00Z',
      expectedSymptom: {
        metrics: ['auc', 'accuracy', 'log_loss'],
        direction: 'down',
        description: 'Aggregate auc and accuracy fall and log_loss rises; the volume share of latam grows 5x while per-region metrics stay flat (mix dominates rate).',
      },
      hypothesisKinds: ['volume', 'segment'],
    },
    knobs: { kind: 'mix_shift', region: 'latam', targetShare: 0.35, rampHours: 48 },
  },
];

/** Type guard for user input such as a `--scenario` flag. */
export function isDemoScenarioName(value: unknown): value is DemoScenarioName {
  return typeof value === 'string' && (DEMO_SCENARIO_NAMES as readonly string[]).includes(value);
}

/** The scenario with this name; throws listing the valid names otherwise. */
export function getDemoScenario(name: string): DemoScenario {
  const scenario = DEMO_SCENARIOS.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`Unknown demo scenario '${name}'. Valid scenarios: ${DEMO_SCENARIO_NAMES.join(', ')}.`);
  return scenario;
}
