/** Column roles (DESIGN.md §2). Each column has exactly one; inference proposes, the user overrides. */
export const roleNames = [
  'timestamp', 'id', 'prediction', 'predicted_class', 'label', 'model_version', 'segment', 'feature', 'pii', 'ignore',
] as const;
export type Role = (typeof roleNames)[number];

/** Roles that at most one column may hold: analyses need to know which column is "the" label. */
export const singletonRoles: readonly Role[] = ['timestamp', 'prediction', 'predicted_class', 'label', 'model_version'];

/** How a column's values are treated by statistics. */
export type ColumnKind = 'numeric' | 'categorical' | 'text' | 'embedding' | 'temporal' | 'other';

export function isRole(value: string): value is Role {
  return (roleNames as readonly string[]).includes(value);
}
