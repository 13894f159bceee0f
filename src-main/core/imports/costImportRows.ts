import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { parseYesNo } from '../../../shared/domain/channelCells';
import { costLineFieldsSchema, type CostLineFields } from '../../../shared/domain/cost';
import { parseCostCategory, parseRecurrence } from '../../../shared/domain/costCells';
import type { CostImportField } from '../../../shared/domain/costImport';
import { COST_CATEGORY_LABELS, RECURRENCE_LABELS } from '../../../shared/domain/labels';
import { describeIssues } from '../../../shared/domain/validationMessages';
import { readAmount, readDate } from './costImportCells';
import type { CostImportLookups } from './costImportLookups';
import { lowerFirst, quote } from './importProblems';
import { rowCells, type RowCells } from './rowCells';
import type { SheetRow } from './sheetData';

export interface CostRowResult {
  row: number;
  /** Null when the row has problems: then nothing of it is imported. */
  fields: CostLineFields | null;
  problems: ImportProblem[];
}

type Cells = RowCells<CostImportField>;

/**
 * One finance row read as a cost line. Category, amount, date and an owner are required; the
 * owner is a live channel (by name or address) or, for a shared cost, a live organisation.
 * Nothing is ever created: an unknown channel or organisation is a problem in its column.
 */
export function readCostRow(
  source: SheetRow,
  columns: Map<CostImportField, number>,
  sheet: string | null,
  lookups: CostImportLookups,
): CostRowResult {
  const cells = rowCells(source, columns, sheet);
  const { problem, text, value } = cells;
  const owner = readOwner(cells, lookups);

  const categoryText = text('category');
  const category = categoryText === '' ? undefined : parseCostCategory(categoryText);
  if (categoryText === '') {
    problem(
      'category',
      `de categorie ontbreekt (${labelList(COST_CATEGORY_LABELS, 'nl')})`,
      `the category is missing (${labelList(COST_CATEGORY_LABELS, 'en')})`,
    );
  } else if (!category) {
    problem(
      'category',
      `onbekende categorie ${quote(categoryText)} (${labelList(COST_CATEGORY_LABELS, 'nl')})`,
      `unknown category ${quote(categoryText)} (${labelList(COST_CATEGORY_LABELS, 'en')})`,
    );
  }

  const amount = readAmount(value('amount'));
  if (!amount.ok) problem('amount', amount.nl, amount.en);

  const start = readDate(value('startDate'));
  if (!start.ok) problem('startDate', start.nl, start.en);
  else if (start.value === null) problem('startDate', 'de datum ontbreekt', 'the date is missing');
  const end = readDate(value('endDate'));
  if (!end.ok) problem('endDate', end.nl, end.en);

  const recurrenceText = text('recurrence');
  const recurrence = parseRecurrence(recurrenceText);
  if (!recurrence) {
    problem(
      'recurrence',
      `onbekende herhaling ${quote(recurrenceText)} (${labelList(RECURRENCE_LABELS, 'nl')} of leeg)`,
      `unknown recurrence ${quote(recurrenceText)} (${labelList(RECURRENCE_LABELS, 'en')} or blank)`,
    );
  }

  const vatText = text('vatIncluded');
  const vatIncluded = parseYesNo(vatText);
  if (vatIncluded === undefined)
    problem('vatIncluded', `${quote(vatText)} is geen ja of nee`, `${quote(vatText)} is not yes or no`);

  if (cells.problems.length > 0 || !owner || !category || !amount.ok || !start.ok || !start.value || !end.ok) {
    return { row: source.row, fields: null, problems: cells.problems };
  }
  const fields: CostLineFields = {
    ...owner,
    category,
    amountCents: amount.value,
    startDate: start.value,
    endDate: end.value,
    recurrence,
    vatIncluded: vatIncluded ?? null,
    description: text('description') || null,
    supplier: text('supplier') || null,
    reference: text('reference') || null,
    notes: text('notes') || null,
  };
  // Lengths and the date order, exactly as the register checks them.
  const checked = costLineFieldsSchema.safeParse(fields);
  if (!checked.success) {
    for (const issue of describeIssues(checked.error.issues)) {
      const path = issue.path.split('.')[0] ?? '';
      problem(SCHEMA_FIELDS[path] ?? 'description', issue.message.replace(/\.$/, ''), issue.messageEn.replace(/\.$/, ''));
    }
    return { row: source.row, fields: null, problems: cells.problems };
  }
  return { row: source.row, fields, problems: [] };
}

/** A cost line field (as the schema names it) -> the import column it came from. */
const SCHEMA_FIELDS: Record<string, CostImportField> = {
  channelId: 'channel',
  organisationId: 'organisation',
  amountCents: 'amount',
  description: 'description',
  category: 'category',
  vatIncluded: 'vatIncluded',
  startDate: 'startDate',
  endDate: 'endDate',
  recurrence: 'recurrence',
  supplier: 'supplier',
  reference: 'reference',
  notes: 'notes',
};

/**
 * The row's owner. A channel (by address or name) must be unique among live channels; an
 * organisation in the same row tells apart channels with the same name and must be the
 * channel's own. A row with only an organisation is that organisation's shared cost.
 */
function readOwner(
  { problem, text }: Cells,
  lookups: CostImportLookups,
): { channelId: string; organisationId: null } | { channelId: null; organisationId: string } | null {
  const channelText = text('channel');
  const organisationText = text('organisation');
  const organisationIds = organisationText === '' ? null : lookups.organisations.find(organisationText);
  if (organisationIds?.length === 0) {
    problem(
      'organisation',
      `onbekende organisatie ${quote(organisationText)}; de import maakt geen organisaties aan: voeg ze eerst toe op de pagina Organisaties, of verbeter de naam`,
      `unknown organisation ${quote(organisationText)}; the import creates no organisations: add it on the Organisations page first, or correct the name`,
    );
    return null;
  }

  if (channelText === '') {
    if (organisationIds === null) {
      problem(
        'channel',
        'kanaal en organisatie zijn leeg: een kost hoort bij een kanaal, of als gedeelde kost bij een organisatie',
        'channel and organisation are blank: a cost belongs to a channel, or as a shared cost to an organisation',
      );
      return null;
    }
    if (organisationIds.length > 1) {
      problem(
        'organisation',
        `${organisationIds.length} organisaties heten ${quote(organisationText)}; geef ze eerst verschillende namen`,
        `${organisationIds.length} organisations are named ${quote(organisationText)}; give them different names first`,
      );
      return null;
    }
    return { channelId: null, organisationId: organisationIds[0]! };
  }

  const found = lookups.channel(channelText, organisationText);
  if (!found.ok) {
    problem('channel', lowerFirst(found.message), lowerFirst(found.messageEn));
    return null;
  }
  const { channel } = found;
  if (organisationIds && !(channel.organisationId !== null && organisationIds.includes(channel.organisationId))) {
    const own = channel.organisationName;
    problem(
      'organisation',
      own
        ? `het kanaal ${quote(channel.name)} hoort bij ${quote(own)}, niet bij ${quote(organisationText)}`
        : `het kanaal ${quote(channel.name)} hoort bij geen organisatie, niet bij ${quote(organisationText)}`,
      own
        ? `the channel ${quote(channel.name)} belongs to ${quote(own)}, not to ${quote(organisationText)}`
        : `the channel ${quote(channel.name)} belongs to no organisation, not to ${quote(organisationText)}`,
    );
    return null;
  }
  return { channelId: channel.id, organisationId: null };
}

function labelList(labels: Record<string, { nl: string; en: string }>, language: 'nl' | 'en'): string {
  return Object.values(labels)
    .map((label) => label[language])
    .join(', ');
}
