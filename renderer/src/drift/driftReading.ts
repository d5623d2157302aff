import type { DriftFeature, DriftParams } from '../../../shared/drift/driftResult';
import { formatPercent, formatStatistic, formatValue } from '../format/display';
import { messages } from '../messages';
import { binShares, headlineStatistic, missingOf } from './driftModel';

/**
 * A one-line, plain-language reading of a column's drift (pure), beside the engine's technical reason:
 * what moved, by how much, in words an on-call analyst can paste into a postmortem.
 */
export function readFeature(feature: DriftFeature, params: DriftParams): string {
  const text = messages.reading;
  const headline = headlineStatistic(feature, params);
  const missing = missingOf(feature);
  const missingPValue = feature.stats.missing?.p_value_adjusted;
  const missingMoved = headline?.id === 'missing' && headline.ratio >= 1 && (missingPValue === undefined || missingPValue < params.alpha);

  if (feature.counts.reference.rows === 0 || feature.counts.current.rows === 0) return text.emptyWindow(feature.name);
  if (missingMoved) {
    return text.missing(feature.name, formatPercent(missing.reference.rate), formatPercent(missing.current.rate), missing.current.rate > missing.reference.rate);
  }
  if (feature.drift.detected) {
    if (feature.kind === 'categorical') {
      const mover = largestShareChange(feature);
      if (mover) return text.categoryMoved(feature.name, mover.label, formatPercent(mover.referenceShare), formatPercent(mover.currentShare));
    }
    const median = feature.quantiles?.p50;
    const distance = feature.stats.wasserstein_norm?.value;
    if (median && median.reference !== null && median.current !== null && distance !== undefined) {
      return text.numericMoved(feature.name, formatValue(median.reference), formatValue(median.current), formatStatistic(distance));
    }
    return text.detectedGeneric(feature.name);
  }
  if (headline && headline.ratio >= 1) {
    return text.notSupported(feature.name, messages.statistics[headline.id].short, formatStatistic(headline.value));
  }
  if (headline) {
    return text.stable(feature.name, messages.statistics[headline.id].short, formatStatistic(headline.value), formatStatistic(headline.threshold));
  }
  return text.stableGeneric(feature.name);
}

/** The category (or bin) whose share changed most between the windows. */
export function largestShareChange(feature: DriftFeature): ReturnType<typeof binShares>[number] | undefined {
  let best: ReturnType<typeof binShares>[number] | undefined;
  for (const share of binShares(feature)) {
    if (!best || Math.abs(share.currentShare - share.referenceShare) > Math.abs(best.currentShare - best.referenceShare)) best = share;
  }
  return best;
}
