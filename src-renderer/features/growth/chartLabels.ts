import { labelsFor, METRIC_LABELS, PLATFORM_LABELS } from '../../../shared/domain/labels';
import type { Language } from '../../i18n/i18n';

/** "Stad Mechelen (Twitter / X)": channel names repeat across platforms, so the platform goes with them. */
export function seriesLabel(name: string, platform: string, language: Language): string {
  const platforms = labelsFor(PLATFORM_LABELS, language);
  return `${name} (${platforms[platform as keyof typeof platforms] ?? platform})`;
}

export function metricLabel(metric: string | null, language: Language): string {
  if (!metric) return '';
  const metrics = labelsFor(METRIC_LABELS, language);
  return metrics[metric as keyof typeof metrics] ?? metric;
}
