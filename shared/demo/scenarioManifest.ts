/**
 * scenario.json: the ground truth of one demo log (what, where, when), the benign changes that must not
 * be blamed, the column roles, and the files written. Deterministic: no generation time, so two runs
 * with the same options give the same bytes.
 */

import { DEMO_END_MS, DEMO_LABEL_CUTOFF_MS, DEMO_LABEL_DELAY_DAYS, DEMO_START_MS, isoFromEpochMs } from './calendar';
import { INFERENCE_LOG_COLUMNS, LABEL_COLUMNS, type DemoColumn } from './columns';
import { DEMO_BENIGN_CHANGES, type DemoScenario } from './scenarios';

export const DEMO_SCENARIO_SCHEMA = 'driftwood.demo-scenario/v1';

export const DEMO_FILE_NAMES = {
  inferenceLog: 'inference_log.parquet',
  labels: 'labels.parquet',
  scenario: 'scenario.json',
} as const;

export interface DemoFileSummary {
  readonly name: string;
  readonly bytes: number;
  /** Rows in a Parquet file; absent for scenario.json. */
  readonly rows?: number;
}

export interface DemoScenarioManifest {
  readonly schema: typeof DEMO_SCENARIO_SCHEMA;
  readonly scenario: string;
  readonly title: string;
  readonly description: string;
  readonly seed: number;
  readonly rows: number;
  /** Half-open [start, end), UTC; event_time is a naive TIMESTAMP in UTC. */
  readonly time_range: { readonly start: string; readonly end: string };
  readonly labels: {
    readonly file: string;
    readonly join_on: string;
    /** Events at or after this instant have no label yet (delayed labels). */
    readonly unlabelled_from: string;
    readonly delay_days: number;
  };
  readonly incident: {
    readonly kind: string;
    readonly description: string;
    readonly columns: readonly string[];
    readonly segment: Readonly<Record<string, string>>;
    readonly start: string;
    readonly expected_symptom: { readonly metrics: readonly string[]; readonly direction: string; readonly description: string };
    readonly hypothesis_kinds: readonly string[];
  };
  readonly benign: readonly { readonly column: string; readonly kind: string; readonly description: string }[];
  readonly columns: {
    readonly [file: string]: readonly { readonly name: string; readonly type: string; readonly role: string; readonly feature_kind?: string }[];
  };
  readonly files: readonly DemoFileSummary[];
}

export interface DemoManifestInput {
  readonly scenario: DemoScenario;
  readonly seed: number;
  readonly rows: number;
  /** The Parquet files written, with their sizes and row counts. */
  readonly files: readonly DemoFileSummary[];
}

/** The scenario.json document for one generated log. */
export function buildScenarioManifest(input: DemoManifestInput): DemoScenarioManifest {
  const { scenario } = input;
  const { incident } = scenario;
  return {
    schema: DEMO_SCENARIO_SCHEMA,
    scenario: scenario.name,
    title: scenario.title,
    description: scenario.description,
    seed: input.seed,
    rows: input.rows,
    time_range: { start: isoFromEpochMs(DEMO_START_MS), end: isoFromEpochMs(DEMO_END_MS) },
    labels: {
      file: DEMO_FILE_NAMES.labels,
      join_on: 'request_id',
      unlabelled_from: isoFromEpochMs(DEMO_LABEL_CUTOFF_MS),
      delay_days: DEMO_LABEL_DELAY_DAYS,
    },
    incident: {
      kind: incident.kind,
      description: incident.description,
      columns: incident.columns,
      segment: incident.segment,
      start: incident.start,
      expected_symptom: {
        metrics: incident.expectedSymptom.metrics,
        direction: incident.expectedSymptom.direction,
        description: incident.expectedSymptom.description,
      },
      hypothesis_kinds: incident.hypothesisKinds,
    },
    benign: DEMO_BENIGN_CHANGES.map((change) => ({ column: change.column, kind: change.kind, description: change.description })),
    columns: {
      [DEMO_FILE_NAMES.inferenceLog]: INFERENCE_LOG_COLUMNS.map(columnEntry),
      [DEMO_FILE_NAMES.labels]: LABEL_COLUMNS.map(columnEntry),
    },
    files: input.files,
  };
}

/** scenario.json as written: two-space indent and a final newline. */
export function serializeScenarioManifest(manifest: DemoScenarioManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function columnEntry(column: DemoColumn): { name: string; type: string; role: string; feature_kind?: string } {
  return column.featureKind
    ? { name: column.name, type: column.type, role: column.role, feature_kind: column.featureKind }
    : { name: column.name, type: column.type, role: column.role };
}
