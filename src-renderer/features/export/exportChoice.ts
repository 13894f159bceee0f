import type { CollegeNote } from '../../../shared/domain/collegeNote';
import {
  WORKBOOK_SHEETS,
  type CsvTable,
  type ExportFormat,
  type ExportOptions,
  type WorkbookSheet,
} from '../../../shared/domain/exportOptions';

/** What the Kanalen grid shows (search, filters, sort, grouping, deleted), as exports.prepare takes it. */
export type ChannelQuery = NonNullable<ExportOptions['query']>;

export type ChannelSource = 'all' | 'view' | 'current';
export type GrowthLayout = 'wide' | 'long';
export type DocxVariant = 'note' | 'tables';

/** Everything the Export page's form holds; turned into ExportOptions when the user exports. */
export interface ExportChoice {
  format: ExportFormat;
  source: ChannelSource;
  viewId: string;
  /** ISO dates; null while the field is empty or not a date. */
  from: string | null;
  to: string | null;
  sheets: WorkbookSheet[];
  growthLayout: GrowthLayout;
  docxVariant: DocxVariant;
  includeChart: boolean;
  csvTable: CsvTable;
}

/** A problem in the form, keyed by where it is shown. */
export interface ChoiceProblems {
  view?: 'viewRequired';
  from?: 'dateRequired';
  to?: 'dateRequired' | 'toBeforeFrom';
  sheets?: 'sheetRequired';
}

/** The local calendar day as ISO: "today" is the user's day, not UTC's. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The twelve months up to today, as the core's default period. */
export function lastTwelveMonths(today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate());
  return { from: isoDay(from), to: isoDay(today) };
}

export function initialChoice(fromChannels: boolean, today = new Date()): ExportChoice {
  return {
    format: 'xlsx',
    source: fromChannels ? 'current' : 'all',
    viewId: '',
    ...lastTwelveMonths(today),
    sheets: [...WORKBOOK_SHEETS],
    growthLayout: 'wide',
    docxVariant: 'note',
    includeChart: true,
    csvTable: 'channels',
  };
}

export function choiceProblems(choice: ExportChoice): ChoiceProblems {
  const problems: ChoiceProblems = {};
  if (choice.source === 'view' && !choice.viewId) problems.view = 'viewRequired';
  if (!choice.from) problems.from = 'dateRequired';
  if (!choice.to) problems.to = 'dateRequired';
  else if (choice.from && choice.to < choice.from) problems.to = 'toBeforeFrom';
  if (choice.format === 'xlsx' && choice.sheets.length === 0) problems.sheets = 'sheetRequired';
  return problems;
}

/**
 * The request for exports.prepare. Only the chosen format's options go along; the note texts only
 * for the full note (the tables-only variant has none).
 */
export function exportOptionsFor(choice: ExportChoice, handed: ChannelQuery | null, note: CollegeNote | null): ExportOptions {
  const options: ExportOptions = { format: choice.format, from: choice.from ?? undefined, to: choice.to ?? undefined };
  if (choice.source === 'view') options.viewId = choice.viewId;
  if (choice.source === 'current' && handed) options.query = handed;
  if (choice.format === 'xlsx') {
    // Keep the workbook's own sheet order whatever order the boxes were ticked in.
    options.xlsx = { sheets: WORKBOOK_SHEETS.filter((s) => choice.sheets.includes(s)), growthLayout: choice.growthLayout };
  } else if (choice.format === 'docx') {
    options.docx = { variant: choice.docxVariant, includeChart: choice.includeChart };
    if (choice.docxVariant === 'note' && note) options.docx.note = note;
  } else {
    options.csv = { table: choice.csvTable };
  }
  return options;
}
