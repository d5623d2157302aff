/**
 * Input and output of the multivariate drift signal (DESIGN.md §3.1, last line): a domain classifier that
 * tries to tell current rows from reference rows. Plain data only, so a result can cross a worker boundary
 * and go into an evidence packet unchanged.
 */

/** A bounded sample of both windows, column-wise, as the engine fetched it. */
export interface DomainSample {
  /** 0 = reference row, 1 = current row. */
  isCurrent: Uint8Array;
  /** NaN = missing. ±Infinity are ordinary (extreme) values. */
  numeric: Array<{ name: string; values: Float64Array }>;
  /** null = missing. */
  categorical: Array<{ name: string; values: (string | null)[] }>;
}

/** The parameters as recorded in a result: every default filled in (STYLE.md habit 9). */
export interface DomainClassifierParams {
  /** Cross-validation folds; default 5. */
  folds: number;
  /** Seeds the fold assignment; an integer in [0, 2^32). */
  seed: number;
  /** Most frequent categories kept per categorical column (pooled over both windows); the rest become `__other__`. Default 20. */
  maxCategoriesPerColumn?: number;
}

/** What a caller passes: only `seed` is required. */
export interface DomainClassifierOptions {
  folds?: number;
  seed: number;
  maxCategoriesPerColumn?: number;
}

export interface DomainDriver {
  column: string;
  /**
   * Share of the model's total split gain (squared-error reduction of the gradient fit) credited to splits on
   * this column, over all folds; drivers sum to 1, or are all 0 when no split was made.
   */
  importance: number;
  /**
   * Cross-validated AUC of the same model trained on this column alone, on the same folds; computed for the
   * DOMAIN_CLASSIFIER_SETTINGS.aucAloneColumns strongest drivers only, null for the others.
   */
  auc_alone: number | null;
}

/** The fixed model settings; recorded in the result so a reader knows exactly what ran. */
export interface DomainClassifierSettings {
  rounds: number;
  learningRate: number;
  maxDepth: number;
  /** L2 penalty on split means and leaf values (XGBoost's lambda). */
  l2: number;
  /** A split is refused when either side would hold fewer training rows. */
  minLeafRows: number;
  /** Quantile bins per numeric column, not counting the missing bin. */
  numericBins: number;
  /** How many of the strongest drivers get an `auc_alone`. */
  aucAloneColumns: number;
}

export interface DomainClassifierResult {
  /** Mean over folds of the held-out ROC AUC of telling current from reference (0.5 = indistinguishable). */
  auc: number;
  auc_folds: number[];
  rows: { reference: number; current: number };
  /** Every column, sorted by importance, descending (input order among ties). */
  drivers: DomainDriver[];
  /** What was actually used, in words. */
  model: string;
  settings: DomainClassifierSettings;
  params: DomainClassifierParams & { resolvedFolds: number };
}
