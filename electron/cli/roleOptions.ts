import { driftwoodError } from '../../shared/errors/workbenchError';

/** The role flags every command takes: --role C=role (repeatable), --label C, --prediction C, --time-column C. */
export interface RoleFlags {
  role?: string[];
  label?: string;
  prediction?: string;
  timeColumn?: string;
}

export function collectRepeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function roleOverridesFrom(flags: RoleFlags): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const entry of flags.role ?? []) {
    const separator = entry.lastIndexOf('=');
    if (separator <= 0 || separator === entry.length - 1) {
      throw driftwoodError('INVALID_ARGUMENT', `--role '${entry}' is not COLUMN=ROLE.`, 'Write it as --role amount=feature (quote names with spaces).');
    }
    overrides[entry.slice(0, separator)] = entry.slice(separator + 1);
  }
  if (flags.label) overrides[flags.label] = 'label';
  if (flags.prediction) overrides[flags.prediction] = 'prediction';
  if (flags.timeColumn) overrides[flags.timeColumn] = 'timestamp';
  return overrides;
}
