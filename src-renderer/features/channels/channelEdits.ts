import type { Input } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { ChannelEditableField } from '../../../shared/domain/channel';
import { parseDayText } from '../../../shared/domain/dayText';

type Patch = Input<'channels.update'>['patch'];

/** The channel fields holding a day: shown and typed as dd/mm/jjjj, sent as ISO. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['lastActivityOn', 'eventEndedOn', 'reviewedOn']);

/** An editor's raw value ('' for empty; codes and ids for selects; days as typed) as the patch the core expects. */
export function patchFor(field: ChannelEditableField, value: string): Patch {
  const empty = value.trim() === '';
  switch (field) {
    case 'createdByWebmasters':
    case 'hasPosted':
    case 'passwordsCentralised':
      return { [field]: empty ? null : value === 'yes' };
    case 'status':
      return { status: empty ? null : (value as Patch['status']) };
    case 'platform':
      return { platform: value as NonNullable<Patch['platform']> };
    case 'kind':
      return { kind: value as NonNullable<Patch['kind']> };
    case 'name':
      return { name: value };
    default:
      if (DATE_FIELDS.has(field) && !empty) {
        // dd/mm/jjjj becomes ISO (dayProblem refuses the rest; the core would too).
        return { [field]: parseDayText(value) ?? value.trim() };
      }
      return { [field]: empty ? null : value };
  }
}

/** A day field's text that is no day (31/02/2014), refused here with the format the user types in. */
export function dayProblem(field: ChannelEditableField, value: string): ApiError | null {
  const text = value.trim();
  if (!DATE_FIELDS.has(field) || text === '' || parseDayText(text)) return null;
  return {
    code: 'INVALID_INPUT',
    message: `"${text}" is geen datum (dd/mm/jjjj).`,
    messageEn: `"${text}" is not a date (dd/mm/yyyy).`,
  };
}
