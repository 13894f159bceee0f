import { closeSync, openSync, writeSync } from 'node:fs';
import type { ChannelCostTotal } from '../../../shared/domain/costOverview';
import { COST_CATEGORY_LABELS, PLATFORM_LABELS } from '../../../shared/domain/labels';
import type { CsvTable, ExportOptions } from '../../../shared/domain/exportOptions';
import { channelColumns } from './channelColumns';
import { COST_LINE_COLUMNS } from './costColumns';
import { CSV_BOM, csvLine, type CsvCell } from './csvWriter';
import type { ExportColumn } from './exportColumns';
import type { ExportDataset } from './exportDataset';
import { GROWTH_LONG_COLUMNS, growthRows } from './growthColumns';
import { TextCells } from './textCells';

/** One row of the cost totals CSV: every total of the overview as one long table (one file, one table). */
interface CostTotalRow {
  level: 'Kanaal' | 'Organisatie' | 'Categorie' | 'Register';
  name: string;
  platform: string | null;
  organisation: string | null;
  year: number;
  cents: number;
}

const COST_TOTAL_COLUMNS: ExportColumn<CostTotalRow>[] = [
  { header: 'Totaal per', type: 'text', value: (row) => row.level },
  { header: 'Naam', type: 'text', value: (row) => row.name },
  { header: 'Platform', type: 'text', value: (row) => row.platform },
  { header: 'Organisatie', type: 'text', value: (row) => row.organisation },
  { header: 'Jaar', type: 'year', value: (row) => row.year },
  { header: 'Bedrag', type: 'euro', value: (row) => row.cents },
];

/** Lines are collected and written in blocks of about this many characters. */
const BLOCK = 1 << 20;

/**
 * One table as a CSV file Excel in nl-BE opens as it is (csvWriter.ts: BOM, ";", CRLF, decimal
 * comma). Dates are written as ISO text (2014-09-02): Excel reads that as a real date in every
 * language setting and shows it as 02/09/2014 in nl-BE, where "02/09/2014" would silently become
 * 9 February in an English Excel; LibreOffice and scripts read ISO without guessing too.
 * Money is written in euro with a decimal comma (60 or 1234,56), counts as whole numbers.
 */
export function writeCsv(
  dataset: ExportDataset,
  options: Pick<ExportOptions, 'csv'>,
  target: string,
): { neutralisedCells: number } {
  const texts = new TextCells();
  const file = openSync(target, 'w');
  try {
    let block = CSV_BOM;
    const write = (cells: readonly CsvCell[]) => {
      block += csvLine(cells);
      if (block.length >= BLOCK) {
        writeSync(file, block);
        block = '';
      }
    };
    const table = <R>(columns: readonly ExportColumn<R>[], rows: Iterable<R>) => {
      write(columns.map((column) => texts.text(column.header)));
      for (const row of rows) write(columns.map((column) => csvValue(column, row, texts)));
    };
    writeTable(options.csv?.table ?? 'channels', dataset, table);
    writeSync(file, block);
  } finally {
    closeSync(file);
  }
  return { neutralisedCells: texts.neutralised };
}

function writeTable(
  which: CsvTable,
  dataset: ExportDataset,
  table: <R>(columns: readonly ExportColumn<R>[], rows: Iterable<R>) => void,
): void {
  switch (which) {
    case 'channels':
      return table(channelColumns(dataset, { platform: true }), dataset.channels);
    case 'growth':
      return table(GROWTH_LONG_COLUMNS, growthRows(dataset));
    case 'costLines':
      return table(COST_LINE_COLUMNS, dataset.costLines);
    case 'costTotals':
      return table(COST_TOTAL_COLUMNS, costTotalRows(dataset));
  }
}

function csvValue<R>(column: ExportColumn<R>, row: R, texts: TextCells): CsvCell {
  const value = column.value(row);
  if (value === null) return null;
  switch (column.type) {
    case 'text':
    case 'link':
      return texts.text(String(value));
    case 'euro':
      return (value as number) / 100;
    case 'count':
    case 'year':
    case 'date':
      return value;
  }
}

/** Per channel, organisation and category, and for the whole register: the total of each year. */
function* costTotalRows(dataset: ExportDataset): Generator<CostTotalRow> {
  const overview = dataset.costOverview;
  const channel = (total: ChannelCostTotal) => ({
    level: 'Kanaal' as const,
    name: total.channelName,
    platform: PLATFORM_LABELS[total.platform].nl,
    organisation: total.organisationName,
  });
  for (const total of overview.byChannel) {
    for (const year of dataset.years) yield { ...channel(total), year, cents: total.byYear[year] ?? 0 };
  }
  for (const total of overview.byOrganisation) {
    for (const year of dataset.years) {
      yield {
        level: 'Organisatie',
        name: total.organisationName,
        platform: null,
        organisation: null,
        year,
        cents: total.byYear[year] ?? 0,
      };
    }
  }
  for (const total of overview.byCategory) {
    for (const year of dataset.years) {
      const name = COST_CATEGORY_LABELS[total.category].nl;
      yield { level: 'Categorie', name, platform: null, organisation: null, year, cents: total.byYear[year] ?? 0 };
    }
  }
  for (const total of overview.years) {
    yield {
      level: 'Register',
      name: dataset.registerName,
      platform: null,
      organisation: null,
      year: total.year,
      cents: total.totalCents,
    };
  }
}
