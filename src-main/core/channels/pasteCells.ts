import {
  CHANNEL_STATUSES,
  channelFieldsSchema,
  channelPatchSchema,
  type ChannelEditableField,
  type ChannelKind,
  type Platform,
} from '../../../shared/domain/channel';
import { parseKind, parsePlatform, parseStatus, parseYesNo } from '../../../shared/domain/channelCells';
import { detectChannelUrl } from '../../../shared/domain/channelUrl';
import { parseDayText } from '../../../shared/domain/dayText';
import { STATUS_LABELS } from '../../../shared/domain/labels';
import type { CellProblem } from '../../../shared/domain/paste';
import { describeIssues } from '../../../shared/domain/validationMessages';
import type { NameIndex } from './nameIndex';

export type Cells = Partial<Record<ChannelEditableField, string>>;

/** What one pasted line asks for: a patch of typed values, or the reasons it cannot be applied. */
export type ReadRow = { ok: true; values: Record<string, unknown> } | { ok: false; problems: CellProblem[] };

export interface CellContext {
  organisations: NameIndex;
  people: NameIndex;
}

const TEXT_FIELDS = new Set<ChannelEditableField>(['name', 'handle', 'audience', 'purpose', 'notes']);

const STATUS_CHOICES = {
  nl: CHANNEL_STATUSES.map((s) => STATUS_LABELS[s].nl).join(', '),
  en: CHANNEL_STATUSES.map((s) => STATUS_LABELS[s].en).join(', '),
};

/**
 * Reads the raw text of one pasted line into channel values: labels and codes for the coded
 * fields, names for the organisation and the responsible person, yes/no. An empty cell clears
 * the field (except the name, which a channel must have). A line for a new channel (`isNew`)
 * gets its kind, platform and handle from its URL when those cells are not given.
 */
export function readPastedRow(row: number, cells: Cells, isNew: boolean, context: CellContext): ReadRow {
  const problems: CellProblem[] = [];
  const problem = (field: string, message: string, messageEn: string) => problems.push({ row, field, message, messageEn });
  const values: Record<string, unknown> = {};

  for (const [field, raw] of Object.entries(cells) as Array<[ChannelEditableField, string | undefined]>) {
    if (raw === undefined) continue;
    const text = raw.trim();
    if (TEXT_FIELDS.has(field)) {
      values[field] = text === '' && field !== 'name' ? null : text;
      continue;
    }
    switch (field) {
      case 'kind':
      case 'platform': {
        if (text === '') {
          if (!isNew) {
            const label = field === 'kind' ? { nl: 'Soort', en: 'Kind' } : { nl: 'Platform', en: 'Platform' };
            problem(field, `${label.nl} mag niet leeg zijn.`, `${label.en} must not be empty.`);
          }
          break;
        }
        const parsed = field === 'kind' ? parseKind(text) : parsePlatform(text);
        if (parsed) values[field] = parsed;
        else if (field === 'kind')
          problem(
            field,
            `Onbekende soort "${text}" (website of sociale media).`,
            `Unknown kind "${text}" (website or social media).`,
          );
        else problem(field, `Onbekend platform "${text}".`, `Unknown platform "${text}".`);
        break;
      }
      case 'status': {
        const parsed = parseStatus(text);
        if (parsed === undefined) {
          problem(
            field,
            `Onbekende status "${text}"; kies uit ${STATUS_CHOICES.nl}.`,
            `Unknown status "${text}"; choose from ${STATUS_CHOICES.en}.`,
          );
        } else values.status = parsed;
        break;
      }
      case 'createdByWebmasters':
      case 'hasPosted':
      case 'passwordsCentralised': {
        const parsed = parseYesNo(text);
        if (parsed === undefined) problem(field, `"${text}" is geen ja of nee.`, `"${text}" is not yes or no.`);
        else values[field] = parsed;
        break;
      }
      case 'lastActivityOn':
      case 'eventEndedOn':
      case 'reviewedOn': {
        // An empty cell clears the date; anything else must be a real day (02/09/2014 or 2014-09-02).
        const parsed = text === '' ? null : parseDayText(text);
        if (parsed === null && text !== '')
          problem(field, `"${text}" is geen datum (dd/mm/jjjj).`, `"${text}" is not a date (dd/mm/yyyy).`);
        else values[field] = parsed;
        break;
      }
      case 'url': {
        if (text === '') {
          values.url = null;
          break;
        }
        const detected = detectChannelUrl(text);
        if (!detected)
          problem(
            field,
            `"${text}" is geen webadres (http:// of https://).`,
            `"${text}" is not a web address (http:// or https://).`,
          );
        // Typed addresses are kept as typed; only a bare "www.mechelen.be" gets its scheme.
        else values.url = /^https?:\/\//i.test(text) ? text : detected.url;
        break;
      }
      case 'organisationId':
      case 'responsiblePersonId': {
        if (text === '') {
          values[field] = null;
          break;
        }
        const isOrganisation = field === 'organisationId';
        const found = (isOrganisation ? context.organisations : context.people).find(text);
        const what = isOrganisation
          ? { nl: 'organisatie', en: 'organisation', many: 'organisaties' }
          : { nl: 'persoon', en: 'person', many: 'personen' };
        if (found.length === 1) values[field] = found[0];
        else if (found.length === 0) problem(field, `Onbekende ${what.nl} "${text}".`, `Unknown ${what.en} "${text}".`);
        else
          problem(
            field,
            `Er zijn ${found.length} ${what.many} met de naam "${text}"; kies er één in de lijst.`,
            `There are ${found.length} ${isOrganisation ? 'organisations' : 'people'} named "${text}"; pick one from the list.`,
          );
        break;
      }
    }
  }

  if (isNew) {
    if (typeof values.name !== 'string' || values.name === '') {
      problem('name', 'Een nieuwe rij heeft minstens een naam nodig.', 'A new row needs at least a name.');
    }
    fillFromUrl(values);
  }
  const schema = isNew ? channelFieldsSchema : channelPatchSchema;
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error.issues)) {
      // A field already reported (an unknown label) is not reported twice.
      if (!problems.some((p) => p.field === issue.path)) problem(issue.path || 'row', issue.message, issue.messageEn);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, values: parsed.data as Record<string, unknown> };
}

/** A line for a new channel: what the URL says about the kind, platform and handle, where the line says nothing. */
function fillFromUrl(values: Record<string, unknown>): void {
  const detected = typeof values.url === 'string' ? detectChannelUrl(values.url) : null;
  const kind = values.kind as ChannelKind | undefined;
  const platform = (values.platform as Platform | undefined) ?? detected?.platform ?? (kind === 'website' ? 'website' : 'other');
  values.platform = platform;
  values.kind = kind ?? (platform === 'website' ? 'website' : 'social');
  if (values.handle === undefined && detected?.handle) values.handle = detected.handle;
}

/** Whether a line past the end holds anything at all (a trailing blank line is no new channel). */
export function hasContent(cells: Cells): boolean {
  return Object.values(cells).some((text) => text !== undefined && text.trim() !== '');
}
