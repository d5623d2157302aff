/**
 * A column discretised for the tree learner: one small integer code per row. Code 0 is always "missing"
 * (NaN or null), so a change in the missing share is a split like any other.
 */
export interface BinnedColumn {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Codes run 0 .. binCount−1; 0 = missing. At most 256 so they fit a Uint8Array. */
  binCount: number;
  codes: Uint8Array;
}

export const MISSING_BIN = 0;
