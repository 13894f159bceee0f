import { entityName, fieldName, type Description } from './describeChanges';
import type { SkippedChange } from './reverseChanges';

const SHOWN = 3;

const REASONS: Record<SkippedChange['reason'], Description> = {
  changed: { nl: 'intussen gewijzigd', en: 'changed since' },
  in_use: { nl: 'nog in gebruik', en: 'still in use' },
  refused: { nl: 'kon niet teruggezet worden', en: 'could not be put back' },
  unsupported: { nl: 'niet terug te zetten', en: 'cannot be put back' },
};

/**
 * "overgeslagen: kanaal "Stad Mechelen": status (intussen gewijzigd)" — which changes an undo or
 * redo left alone, the first few by name. Null when nothing was skipped.
 */
export function describeSkipped(skipped: readonly SkippedChange[]): Description | null {
  if (skipped.length === 0) return null;
  const items = skipped.slice(0, SHOWN).map((skip) => {
    const entity = entityName(skip.entity, 1);
    const field = skip.field === 'created' || skip.field === 'deletedAt' ? null : fieldName(skip.field);
    const what = (language: 'nl' | 'en') =>
      `${entity[language]}${skip.label ? ` "${skip.label}"` : ''}${field ? `: ${field[language]}` : ''} (${REASONS[skip.reason][language]})`;
    return { nl: what('nl'), en: what('en') };
  });
  const more = skipped.length - SHOWN;
  return {
    nl: `overgeslagen: ${items.map((i) => i.nl).join(', ')}${more > 0 ? ` en nog ${more}` : ''}`,
    en: `skipped: ${items.map((i) => i.en).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  };
}
