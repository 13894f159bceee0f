import { parseYesNo } from '../../../shared/domain/channelCells';
import { COST_CATEGORIES, RECURRENCES, type CostEditableField } from '../../../shared/domain/cost';
import { parseCostCategory, parseRecurrence } from '../../../shared/domain/costCells';
import { parseDayText } from '../../../shared/domain/dayText';
import { COST_CATEGORY_LABELS, RECURRENCE_LABELS } from '../../../shared/domain/labels';
import { EURO_PARSE_MESSAGES, parseEuro } from '../../../shared/domain/money';
import type { CellProblem } from '../../../shared/domain/paste';
import type { NameIndex } from '../channels/nameIndex';
import type { ChannelLookup } from './channelLookup';

export type CostCells = Partial<Record<CostEditableField, string>>;

/** What one pasted line asks for: typed values (a patch), or the reasons it cannot be applied. */
export type ReadCostCells = { ok: true; values: Record<string, unknown> } | { ok: false; problems: CellProblem[] };

export interface CostCellContext {
  channels: ChannelLookup;
  organisations: NameIndex;
}

const TEXT_FIELDS = new Set<CostEditableField>(['description', 'supplier', 'reference', 'notes']);

/** Fields a line cannot do without: an empty cell is refused on an existing line and reported as missing on a new one. */
const REQUIRED = {
  category: { nl: 'De categorie', en: 'The category' },
  amountCents: { nl: 'Het bedrag', en: 'The amount' },
  startDate: { nl: 'De datum', en: 'The date' },
} as const;

const choices = (labels: Record<string, { nl: string; en: string }>, codes: readonly string[]) => ({
  nl: codes.map((code) => labels[code]!.nl).join(', '),
  en: codes.map((code) => labels[code]!.en).join(', '),
});
const CATEGORY_CHOICES = choices(COST_CATEGORY_LABELS, COST_CATEGORIES);
const RECURRENCE_CHOICES = choices(RECURRENCE_LABELS, RECURRENCES);

/**
 * Reads the raw text of one pasted line into cost line values: "1.234,56" or "1234.56" for the
 * amount, dd/mm/jjjj or ISO dates, category and recurrence labels, ja/nee for VAT, a channel by
 * name or address, an organisation by name. An empty cell clears an optional field; on a line
 * for a new cost (`isNew`) an empty required cell is left for the caller's "missing" check.
 */
export function readCostCells(row: number, cells: CostCells, isNew: boolean, context: CostCellContext): ReadCostCells {
  const problems: CellProblem[] = [];
  const problem = (field: string, message: string, messageEn: string) => problems.push({ row, field, message, messageEn });
  const values: Record<string, unknown> = {};

  for (const [field, raw] of Object.entries(cells) as Array<[CostEditableField, string | undefined]>) {
    if (raw === undefined) continue;
    const text = raw.trim();
    if (TEXT_FIELDS.has(field)) {
      values[field] = text === '' ? null : text;
      continue;
    }
    if (text === '' && field in REQUIRED) {
      const what = REQUIRED[field as keyof typeof REQUIRED];
      if (!isNew) problem(field, `${what.nl} mag niet leeg zijn.`, `${what.en} must not be empty.`);
      continue;
    }
    switch (field) {
      case 'amountCents': {
        const parsed = parseEuro(text);
        if (parsed.ok) values.amountCents = parsed.cents;
        else {
          const message = EURO_PARSE_MESSAGES[parsed.reason];
          problem(field, `"${text}": ${message.nl}`, `"${text}": ${message.en}`);
        }
        break;
      }
      case 'startDate':
      case 'endDate': {
        if (text === '') {
          values.endDate = null;
          break;
        }
        const day = parseDayText(text);
        if (day) values[field] = day;
        else
          problem(
            field,
            `"${text}" is geen datum (dd/mm/jjjj of jjjj-mm-dd).`,
            `"${text}" is not a date (dd/mm/yyyy or yyyy-mm-dd).`,
          );
        break;
      }
      case 'category': {
        const category = parseCostCategory(text);
        if (category) values.category = category;
        else
          problem(
            field,
            `Onbekende categorie "${text}"; kies uit ${CATEGORY_CHOICES.nl}.`,
            `Unknown category "${text}"; choose from ${CATEGORY_CHOICES.en}.`,
          );
        break;
      }
      case 'recurrence': {
        const recurrence = parseRecurrence(text);
        if (recurrence) values.recurrence = recurrence;
        else
          problem(
            field,
            `Onbekende herhaling "${text}"; kies uit ${RECURRENCE_CHOICES.nl}.`,
            `Unknown recurrence "${text}"; choose from ${RECURRENCE_CHOICES.en}.`,
          );
        break;
      }
      case 'vatIncluded': {
        const vat = parseYesNo(text);
        if (vat === undefined) problem(field, `"${text}" is geen ja of nee.`, `"${text}" is not yes or no.`);
        else values.vatIncluded = vat;
        break;
      }
      case 'channelId': {
        if (text === '') {
          values.channelId = null;
          break;
        }
        const found = context.channels.find(text);
        if (found.ok) values.channelId = found.id;
        else problem(field, found.message, found.messageEn);
        break;
      }
      case 'organisationId': {
        if (text === '') {
          values.organisationId = null;
          break;
        }
        const found = context.organisations.find(text);
        if (found.length === 1) values.organisationId = found[0];
        else if (found.length === 0) problem(field, `Onbekende organisatie "${text}".`, `Unknown organisation "${text}".`);
        else
          problem(
            field,
            `Er zijn ${found.length} organisaties met de naam "${text}"; kies er één in de lijst.`,
            `There are ${found.length} organisations named "${text}"; pick one from the list.`,
          );
        break;
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
