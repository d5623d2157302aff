import { driftwoodError } from '../errors/workbenchError';
import {
  isBooleanType, isIntegerType, isNumericListType, isNumericType, isStringType, isTemporalType,
} from '../sql/duckdbTypes';
import { type ColumnKind, type Role, isRole, roleNames, singletonRoles } from './roles';

/** What inference looks at for one column: its name, type and one-scan statistics. */
export interface ColumnProfile {
  name: string;
  type: string;
  rows: number;
  nulls: number;
  /** Approximate distinct non-null values. */
  distinct: number;
  /** Average string length, for string columns (tells free text from categories). */
  avgLength?: number | null;
  min?: unknown;
  max?: unknown;
}

export interface RoleAssignment {
  role: Role;
  kind: ColumnKind;
  /** Why inference chose this role, or 'override' when the user set it. */
  reason: string;
}

const piiPattern = /(^|_)(e_?mail|email_address|phone|phone_number|mobile|ssn|social_security(_number)?|ip|ip_addr|ip_address|client_ip|first_name|last_name|full_name|customer_name|user_name|username|street|street_address|home_address|postal_address|address|date_of_birth|dob|birth_date|passport|credit_card|card_number|iban)($|_)/i;
const exactPiiNames = /^(name)$/i;
const idPattern = /^(id|uuid|guid|key)$|(_id|_uuid|_key)$|^(request|event|row|transaction|txn|prediction|inference|record)_?(id|key|uuid)$/i;
const modelVersionPattern = /^(model_?)(version|ver|id|name|tag|release)$|^version$/i;
const predictedClassPattern = /^(y_?pred|y_?hat_?class|pred(icted)?_?(class|label)|prediction_?(class|label)|decision)$/i;
const predictionPattern = /(score|proba|probability|^prob$|_prob$|^pred$|^prediction$|^y_?hat$|^y_?pred_?proba$|confidence|logit)/i;
const labelPattern = /^(label|labels|target|y|y_?true|ground_?truth|outcome|actual|is_?fraud|class|.+_target|target_.+)$/i;
const timeNamePattern = /(^ts$|timestamp|_at$|_time$|^time$|datetime|^date$|_date$|^event_?time)/i;
const yearNamePattern = /^(year|yr)$/i;
const segmentWords = new Set([
  'region', 'country', 'state', 'device', 'device_type', 'platform', 'os', 'browser', 'app_version', 'channel', 'segment',
  'tier', 'market', 'locale', 'language', 'plan', 'cohort', 'store', 'site', 'source', 'surface', 'geo', 'client',
  'client_version', 'sdk_version', 'partner', 'product', 'category', 'customer_segment', 'user_segment',
]);

/** Infers a role for every column; `overrides` (column -> role) win and are validated against the columns. */
export function inferRoles(columns: readonly ColumnProfile[], overrides: Readonly<Record<string, string>> = {}): Map<string, RoleAssignment> {
  validateOverrides(columns, overrides);
  const assignments = new Map<string, RoleAssignment>();
  const taken = new Set<Role>();
  for (const role of Object.values(overrides)) if (singletonRoles.includes(role as Role)) taken.add(role as Role);

  // Pass order matters: stronger signals claim singleton roles first.
  const passes: Array<(column: ColumnProfile) => RoleAssignment | undefined> = [
    (column) => inferIgnored(column),
    (column) => inferPii(column),
    (column) => inferTimestamp(column, columns),
    (column) => inferId(column),
    (column) => inferModelVersion(column),
    (column) => inferPredictedClass(column),
    (column) => inferPrediction(column, columns),
    (column) => inferLabel(column),
    (column) => inferSegment(column),
  ];
  for (const pass of passes) {
    for (const column of columns) {
      if (assignments.has(column.name) || column.name in overrides) continue;
      const proposal = pass(column);
      if (!proposal) continue;
      if (singletonRoles.includes(proposal.role)) {
        if (taken.has(proposal.role)) continue;
        taken.add(proposal.role);
      }
      assignments.set(column.name, proposal);
    }
  }
  for (const column of columns) {
    const override = overrides[column.name];
    if (override !== undefined) {
      assignments.set(column.name, { role: override as Role, kind: kindForRole(override as Role, column), reason: 'override' });
    } else if (!assignments.has(column.name)) {
      assignments.set(column.name, { role: 'feature', kind: featureKind(column), reason: 'default: feature' });
    }
  }
  return assignments;
}

function validateOverrides(columns: readonly ColumnProfile[], overrides: Readonly<Record<string, string>>): void {
  const names = new Set(columns.map((column) => column.name));
  const seenSingletons = new Map<string, string>();
  for (const [name, role] of Object.entries(overrides)) {
    if (!names.has(name)) {
      throw driftwoodError('UNKNOWN_COLUMN', `Column '${name}' in a role override is not in the source.`,
        `Use one of: ${[...names].slice(0, 30).join(', ')}${names.size > 30 ? ', …' : ''}.`);
    }
    if (!isRole(role)) {
      throw driftwoodError('UNKNOWN_ROLE', `Role '${role}' for column '${name}' is not a role.`, `Use one of: ${roleNames.join(', ')}.`);
    }
    if (singletonRoles.includes(role)) {
      const previous = seenSingletons.get(role);
      if (previous !== undefined) {
        throw driftwoodError('INVALID_ARGUMENT', `Both '${previous}' and '${name}' were given the role '${role}', which only one column can hold.`,
          'Give the role to one column.');
      }
      seenSingletons.set(role, name);
    }
  }
}

function nonNullRows(column: ColumnProfile): number {
  return column.rows - column.nulls;
}

function inferIgnored(column: ColumnProfile): RoleAssignment | undefined {
  if (column.rows > 0 && column.nulls === column.rows) return { role: 'ignore', kind: featureKind(column), reason: 'all values are null' };
  if (!isNumericType(column.type) && !isStringType(column.type) && !isBooleanType(column.type)
    && !isTemporalType(column.type) && !isNumericListType(column.type)) {
    return { role: 'ignore', kind: 'other', reason: `type ${column.type} is not analysed` };
  }
  return undefined;
}

function inferPii(column: ColumnProfile): RoleAssignment | undefined {
  if (!isStringType(column.type) && !isIntegerType(column.type)) return undefined;
  if (piiPattern.test(column.name) || exactPiiNames.test(column.name)) {
    return { role: 'pii', kind: featureKind(column), reason: 'name suggests personal data' };
  }
  return undefined;
}

function inferTimestamp(column: ColumnProfile, all: readonly ColumnProfile[]): RoleAssignment | undefined {
  if (isTemporalType(column.type)) {
    const temporal = all.filter((candidate) => isTemporalType(candidate.type));
    const preferred = temporal.find((candidate) => timeNamePattern.test(candidate.name)) ?? temporal[0];
    if (preferred.name === column.name) return { role: 'timestamp', kind: 'temporal', reason: `${column.type} column` };
    return undefined;
  }
  // A plain year column is the only time axis of some logs (e.g. census-style data).
  if (isIntegerType(column.type) && yearNamePattern.test(column.name) && !all.some((candidate) => isTemporalType(candidate.type))) {
    const min = Number(column.min);
    const max = Number(column.max);
    if (min >= 1900 && max <= 2200) return { role: 'timestamp', kind: 'numeric', reason: 'integer year column' };
  }
  return undefined;
}

function inferId(column: ColumnProfile): RoleAssignment | undefined {
  const present = nonNullRows(column);
  if (present === 0 || !(isStringType(column.type) || isIntegerType(column.type))) return undefined;
  const uniqueShare = column.distinct / present;
  if (idPattern.test(column.name) && uniqueShare >= 0.8) return { role: 'id', kind: 'other', reason: 'name and near-unique values' };
  if (isStringType(column.type) && present >= 100 && uniqueShare >= 0.95 && (column.avgLength ?? 0) < 64) {
    return { role: 'id', kind: 'other', reason: 'near-unique short strings' };
  }
  return undefined;
}

function inferModelVersion(column: ColumnProfile): RoleAssignment | undefined {
  if (!modelVersionPattern.test(column.name) || column.distinct > 200) return undefined;
  return { role: 'model_version', kind: 'categorical', reason: 'name suggests a model version' };
}

function inferPredictedClass(column: ColumnProfile): RoleAssignment | undefined {
  const lowCardinality = column.distinct <= 50;
  if (predictedClassPattern.test(column.name) && lowCardinality) {
    return { role: 'predicted_class', kind: 'categorical', reason: 'name suggests a predicted class' };
  }
  // "prediction" holding a few integer or string values is a class, not a score.
  if (/^prediction$/i.test(column.name) && lowCardinality && !isFloatingType(column.type)) {
    return { role: 'predicted_class', kind: 'categorical', reason: 'prediction column with few distinct values' };
  }
  return undefined;
}

const exactPredictionNames = /^(score|scores|prediction|pred|proba|probability|predicted_probability|predicted_proba|y_pred_proba|y_score|y_hat|yhat|model_score|risk_score|fraud_score)$/i;

/** How much a numeric column looks like the model's score: exact names first, then [0, 1] ranges. */
function predictionLikeness(column: ColumnProfile): number {
  if (!isNumericType(column.type) || !predictionPattern.test(column.name)) return 0;
  const min = Number(column.min);
  const max = Number(column.max);
  const inUnitInterval = Number.isFinite(min) && Number.isFinite(max) && min >= 0 && max <= 1;
  return 1 + (exactPredictionNames.test(column.name) ? 4 : 0) + (inUnitInterval ? 2 : 0);
}

/** Several columns may be named like scores (e.g. device_trust_score); the most score-like one is the prediction. */
function inferPrediction(column: ColumnProfile, all: readonly ColumnProfile[]): RoleAssignment | undefined {
  const likeness = predictionLikeness(column);
  if (likeness === 0) return undefined;
  const best = all.reduce((top, candidate) => (predictionLikeness(candidate) > predictionLikeness(top) ? candidate : top), column);
  if (best.name !== column.name) return undefined;
  return { role: 'prediction', kind: 'numeric', reason: 'numeric column named like a score' };
}

function inferLabel(column: ColumnProfile): RoleAssignment | undefined {
  if (!labelPattern.test(column.name)) return undefined;
  return { role: 'label', kind: featureKind(column), reason: 'name suggests a label' };
}

function inferSegment(column: ColumnProfile): RoleAssignment | undefined {
  const categoricalType = isStringType(column.type) || isBooleanType(column.type) || isIntegerType(column.type);
  if (!categoricalType || column.distinct > 100 || column.distinct < 2) return undefined;
  if (!segmentWords.has(column.name.toLowerCase())) return undefined;
  return { role: 'segment', kind: 'categorical', reason: 'low-cardinality dimension named like a segment' };
}

function isFloatingType(type: string): boolean {
  return /^(FLOAT|DOUBLE|REAL|DECIMAL)/i.test(type.trim());
}

/** The kind a feature column gets from its type and values. */
export function featureKind(column: ColumnProfile): ColumnKind {
  if (isNumericListType(column.type)) return 'embedding';
  if (isTemporalType(column.type)) return 'temporal';
  if (isNumericType(column.type)) return 'numeric';
  if (isBooleanType(column.type)) return 'categorical';
  if (isStringType(column.type)) {
    const present = nonNullRows(column);
    const mostlyUnique = present > 0 && column.distinct / present > 0.5;
    return mostlyUnique && (column.avgLength ?? 0) >= 20 ? 'text' : 'categorical';
  }
  return 'other';
}

function kindForRole(role: Role, column: ColumnProfile): ColumnKind {
  switch (role) {
    case 'timestamp': return isTemporalType(column.type) ? 'temporal' : 'numeric';
    case 'id': return 'other';
    case 'model_version': case 'segment': case 'predicted_class': return 'categorical';
    case 'prediction': return isNumericType(column.type) ? 'numeric' : 'categorical';
    default: return featureKind(column);
  }
}
