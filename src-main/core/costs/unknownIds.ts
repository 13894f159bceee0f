import { DomainError } from '../errors';

const LISTED_IDS = 10;

/** "These cost lines do not exist: a, b and 3 more. Nothing was changed." for a refused bulk action. */
export function unknownIds(
  what: { one: { nl: string; en: string }; many: { nl: string; en: string } },
  missing: readonly string[],
): DomainError {
  const subject = missing.length === 1 ? what.one : what.many;
  const shown = missing.slice(0, LISTED_IDS).join(', ');
  const more = missing.length - LISTED_IDS;
  return new DomainError(
    'NOT_FOUND',
    `${subject.nl} niet: ${shown}${more > 0 ? ` en nog ${more}` : ''}. Er is niets gewijzigd.`,
    `${subject.en} not exist: ${shown}${more > 0 ? ` and ${more} more` : ''}. Nothing was changed.`,
    { ids: missing },
  );
}
