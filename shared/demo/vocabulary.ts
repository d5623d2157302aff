/**
 * The values the demo generator draws from, with their shares and their effect on the hidden "true"
 * model. Shares are the weights of a categorical draw (they sum to 1 per list). Effects are additive
 * log-odds terms that the deployed model learned correctly, so they shape the score without making the
 * model wrong; the only place the model is systematically weak is `noiseSd` (latam).
 */

export interface RegionSpec {
  readonly name: string;
  readonly share: number;
  /** Mean of ln(amount in dollars) for purchases in this region. */
  readonly logAmountMean: number;
  /** Log-odds offset of the true model. */
  readonly effect: number;
  /** Standard deviation of a hidden risk factor the model cannot see: larger means a weaker model here. */
  readonly noiseSd: number;
}

/** Uneven regions; `latam` is small and the model has always been weakest there (mix-shift grows it). */
export const REGIONS: readonly RegionSpec[] = [
  { name: 'us-east', share: 0.28, logAmountMean: 3.75, effect: 0.0, noiseSd: 0.7 },
  { name: 'us-west', share: 0.18, logAmountMean: 3.8, effect: -0.05, noiseSd: 0.7 },
  { name: 'eu-west', share: 0.17, logAmountMean: 3.6, effect: -0.1, noiseSd: 0.7 },
  { name: 'eu-central', share: 0.11, logAmountMean: 3.55, effect: -0.15, noiseSd: 0.7 },
  { name: 'apac-south', share: 0.1, logAmountMean: 3.3, effect: 0.1, noiseSd: 0.8 },
  { name: 'apac-east', share: 0.09, logAmountMean: 3.5, effect: 0.05, noiseSd: 0.75 },
  { name: 'latam', share: 0.07, logAmountMean: 3.35, effect: 0.35, noiseSd: 2.0 },
];

export interface WeightedValue {
  readonly name: string;
  readonly share: number;
  readonly effect: number;
}

export const DEVICES: readonly WeightedValue[] = [
  { name: 'ios', share: 0.44, effect: -0.1 },
  { name: 'android', share: 0.41, effect: 0.05 },
  { name: 'web', share: 0.15, effect: 0.3 },
];

export const CHANNELS: readonly WeightedValue[] = [
  { name: 'organic', share: 0.42, effect: -0.1 },
  { name: 'paid_search', share: 0.22, effect: 0.05 },
  { name: 'social', share: 0.14, effect: 0.15 },
  { name: 'email', share: 0.1, effect: -0.2 },
  { name: 'referral', share: 0.07, effect: 0.0 },
  { name: 'affiliate', share: 0.05, effect: 0.5 },
];

/**
 * App versions. Mobile traffic moves from 5.3.0 to 5.4.0 over the month (a benign slow drift);
 * web traffic always reports `web`. The rollout curve lives in generatorSql.ts.
 */
export const APP_VERSIONS = ['5.2.1', '5.3.0', '5.4.0', 'web'] as const;

export interface MerchantCategorySpec {
  readonly name: string;
  /** Added to ln(amount): travel is expensive, digital goods cheap. */
  readonly logAmountShift: number;
  readonly effect: number;
}

/** Each merchant belongs to one category (a seeded hash of its id picks it). */
export const MERCHANT_CATEGORIES: readonly MerchantCategorySpec[] = [
  { name: 'grocery', logAmountShift: -0.3, effect: -0.5 },
  { name: 'fashion', logAmountShift: 0.1, effect: 0.0 },
  { name: 'electronics', logAmountShift: 0.9, effect: 0.45 },
  { name: 'travel', logAmountShift: 1.3, effect: 0.3 },
  { name: 'gaming', logAmountShift: -0.4, effect: 0.55 },
  { name: 'digital_goods', logAmountShift: -0.7, effect: 0.7 },
  { name: 'home', logAmountShift: 0.4, effect: -0.2 },
  { name: 'health', logAmountShift: 0.0, effect: -0.3 },
  { name: 'restaurants', logAmountShift: -0.2, effect: -0.4 },
  { name: 'gift_cards', logAmountShift: 0.5, effect: 0.9 },
];

/** Number of distinct merchants; their traffic follows a Zipf-like (log-uniform rank) law. */
export const MERCHANT_COUNT = 20_000;

export interface PaymentMethodSpec {
  readonly name: string;
  readonly effect: number;
  /** Share of the method per device, in DEVICES order (ios, android, web). */
  readonly shareByDevice: readonly [number, number, number];
}

export const PAYMENT_METHODS: readonly PaymentMethodSpec[] = [
  { name: 'card', effect: 0.15, shareByDevice: [0.5, 0.55, 0.6] },
  { name: 'apple_pay', effect: -0.45, shareByDevice: [0.3, 0, 0] },
  { name: 'google_pay', effect: -0.35, shareByDevice: [0, 0.25, 0] },
  { name: 'paypal', effect: -0.1, shareByDevice: [0.15, 0.15, 0.3] },
  { name: 'bank_transfer', effect: -0.6, shareByDevice: [0.05, 0.05, 0.1] },
];

/** Parts of the synthetic `user_email` (PII role). Domains are reserved example domains (RFC 2606). */
export const EMAIL_FIRST_NAMES: readonly string[] = [
  'alex', 'amara', 'ana', 'ben', 'carla', 'chen', 'dana', 'david', 'elena', 'emma', 'farah', 'felix',
  'grace', 'hana', 'ivan', 'jia', 'jonas', 'kai', 'lars', 'lea', 'lucas', 'maria', 'mateo', 'mei',
  'nadia', 'noah', 'olga', 'omar', 'priya', 'quinn', 'rafael', 'rosa', 'sam', 'sara', 'taro', 'tom',
  'uma', 'victor', 'wei', 'yara',
];
export const EMAIL_LAST_NAMES: readonly string[] = [
  'adams', 'alvarez', 'berg', 'brown', 'costa', 'dubois', 'evans', 'fischer', 'garcia', 'gupta',
  'hansen', 'ito', 'jensen', 'kim', 'kowalski', 'lee', 'lopez', 'meyer', 'moreau', 'nakamura', 'nguyen',
  'novak', 'okafor', 'patel', 'perez', 'rossi', 'santos', 'schmidt', 'silva', 'singh', 'smith', 'tanaka',
  'torres', 'wang', 'weber', 'williams', 'wong', 'yilmaz', 'zhang', 'zimmer',
];
export const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net', 'mail.example.com'];

/** Zero-based position of a name in a list; throws with the valid names when it is missing. */
export function indexOfName(list: readonly { readonly name: string }[] | readonly string[], name: string): number {
  const names = list.map((item) => (typeof item === 'string' ? item : item.name));
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`Unknown value '${name}'; expected one of: ${names.join(', ')}.`);
  return index;
}

/** The region whose share the mix-shift scenario grows; the generator draws it first. */
export const WEAK_REGION = 'latam';
