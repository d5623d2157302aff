/**
 * The column catalogue of the demo files: name, DuckDB type, and the role (DESIGN.md §2) that role
 * inference is expected to find. scenario.json repeats it so later tests can score role inference.
 */

export type DemoColumnRole =
  | 'timestamp' | 'id' | 'prediction' | 'predicted_class' | 'label' | 'model_version' | 'segment' | 'feature' | 'pii';

export type DemoColumnType = 'VARCHAR' | 'TIMESTAMP' | 'DOUBLE' | 'INTEGER';

export interface DemoColumn {
  readonly name: string;
  readonly type: DemoColumnType;
  readonly role: DemoColumnRole;
  /** For features: how drift treats it (DESIGN.md §3.1). */
  readonly featureKind?: 'numeric' | 'categorical';
  readonly nullable: boolean;
  readonly description: string;
}

/** Columns of inference_log.parquet, in file order. */
export const INFERENCE_LOG_COLUMNS: readonly DemoColumn[] = [
  { name: 'request_id', type: 'VARCHAR', role: 'id', nullable: false, description: 'Unique request id (req_ + 10 hex digits); joins to labels.parquet.' },
  { name: 'event_time', type: 'TIMESTAMP', role: 'timestamp', nullable: false, description: 'When the model scored the request (UTC, naive TIMESTAMP); volume follows hour-of-day and weekday cycles.' },
  { name: 'model_version', type: 'VARCHAR', role: 'model_version', nullable: false, description: 'Model that produced the score: v3.1, plus v3.2 in the model-release scenario.' },
  { name: 'region', type: 'VARCHAR', role: 'segment', nullable: false, description: 'Serving region (7 values, uneven shares; the model is weakest in latam).' },
  { name: 'device', type: 'VARCHAR', role: 'segment', nullable: false, description: 'Client platform: ios, android, web.' },
  { name: 'app_version', type: 'VARCHAR', role: 'segment', nullable: false, description: 'Client build; 5.4.0 rolls out over the month, web clients report web.' },
  { name: 'channel', type: 'VARCHAR', role: 'segment', nullable: false, description: 'Acquisition channel of the session.' },
  { name: 'user_email', type: 'VARCHAR', role: 'pii', nullable: false, description: 'Synthetic e-mail address of the user (reserved example domains); must never leave a packet raw.' },
  { name: 'merchant_id', type: 'VARCHAR', role: 'feature', featureKind: 'categorical', nullable: false, description: 'Merchant (about 20k values, Zipf-like traffic); high-cardinality categorical, not a unique id.' },
  { name: 'merchant_category', type: 'VARCHAR', role: 'feature', featureKind: 'categorical', nullable: false, description: 'Category of the merchant (10 values).' },
  { name: 'payment_method', type: 'VARCHAR', role: 'feature', featureKind: 'categorical', nullable: false, description: 'Payment method; availability depends on device.' },
  { name: 'amount_usd', type: 'DOUBLE', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Purchase amount in dollars: lognormal, ties at price points (multiples of 5, x.99).' },
  { name: 'account_age_days', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Age of the account; drifts slowly upward (benign).' },
  { name: 'session_length_s', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Session length in seconds; about 40% longer on weekends (benign seasonality).' },
  { name: 'pages_viewed', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Pages viewed in the session; skewed count correlated with session length.' },
  { name: 'items_in_cart', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Items in the cart; geometric count, mostly 1.' },
  { name: 'discount_ratio', type: 'DOUBLE', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Discount as a share of the price, in [0, 0.6]; exactly 0 for most rows.' },
  { name: 'distance_from_home_km', type: 'DOUBLE', role: 'feature', featureKind: 'numeric', nullable: true, description: 'Distance from the billing address; heavy-tailed, about 2% null (geolocation unavailable).' },
  { name: 'device_trust_score', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: true, description: 'Device fingerprint trust score 0-100; rarely null (the null-spike target).' },
  { name: 'failed_logins_24h', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Failed logins in the last 24 hours; zero for most rows.' },
  { name: 'prior_chargebacks', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Chargebacks on the account so far; zero for about 95% of rows.' },
  { name: 'txn_count_30d', type: 'INTEGER', role: 'feature', featureKind: 'numeric', nullable: false, description: 'Purchases by the user in the last 30 days; zero-inflated, heavy tail.' },
  { name: 'avg_amount_30d_usd', type: 'DOUBLE', role: 'feature', featureKind: 'numeric', nullable: true, description: 'Mean purchase amount over 30 days; null exactly when txn_count_30d = 0 (structural nulls).' },
  { name: 'score', type: 'DOUBLE', role: 'prediction', nullable: false, description: 'Calibrated fraud probability from the deployed model (6 decimals).' },
  { name: 'predicted_class', type: 'INTEGER', role: 'predicted_class', nullable: false, description: '1 when score >= 0.5, else 0.' },
];

/** Columns of labels.parquet, in file order. Events of the last DEMO_LABEL_DELAY_DAYS days have no row. */
export const LABEL_COLUMNS: readonly DemoColumn[] = [
  { name: 'request_id', type: 'VARCHAR', role: 'id', nullable: false, description: 'Joins to inference_log.parquet.' },
  { name: 'label', type: 'INTEGER', role: 'label', nullable: false, description: '1 when the purchase turned out fraudulent (drawn from the hidden true model), else 0.' },
];
