import { useEffect, useState } from 'react';
import { labelsFor, PLATFORM_LABELS } from '../../../shared/domain/labels';
import { invoke } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/**
 * "Stad Mechelen (Twitter / X)" for channel ids that results report (duplicates, flags) but whose
 * names the view does not have: fetched once each with channels.get.
 */
export function useChannelNames(ids: string[], known: Map<string, { name: string; platform: string }> = new Map()) {
  const { language } = useI18n();
  const [fetched, setFetched] = useState<Map<string, { name: string; platform: string }>>(new Map());
  const missing = [...new Set(ids)].filter((id) => !known.has(id) && !fetched.has(id)).sort();
  const missingKey = missing.join(',');

  useEffect(() => {
    if (missingKey === '') return;
    let cancelled = false;
    const wanted = missingKey.split(',');
    void Promise.all(wanted.map((id) => invoke('channels.get', { id }))).then((answers) => {
      if (cancelled) return;
      setFetched((previous) => {
        const next = new Map(previous);
        answers.forEach((answer, index) => {
          next.set(
            wanted[index]!,
            answer.ok ? { name: answer.value.name, platform: answer.value.platform } : { name: wanted[index]!, platform: '' },
          );
        });
        return next;
      });
    });
    return () => {
      cancelled = true;
    };
  }, [missingKey]);

  const platforms = labelsFor(PLATFORM_LABELS, language);
  return (id: string, fallback = '…'): string => {
    const found = known.get(id) ?? fetched.get(id);
    if (!found) return fallback;
    const platform = platforms[found.platform as keyof typeof platforms];
    return platform ? `${found.name} (${platform})` : found.name;
  };
}
