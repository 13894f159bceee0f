import type ExcelJS from 'exceljs';
import { formatCount, formatShortDate } from './docxFormat';
import type { ExportColumn } from './exportColumns';
import type { ExportChannel, ExportDataset } from './exportDataset';
import { GROWTH_LONG_COLUMNS, growthRowCount, growthRows } from './growthColumns';
import type { TextCells } from './textCells';
import { datasetNotices } from './xlsxNotices';
import { columnWidths, SheetWriter } from './xlsxSheet';

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

/** Excel's last row. */
export const EXCEL_MAX_ROWS = 1_048_576;
/**
 * At most this many date columns in the wide layout: a year of daily counts fits; more would be a
 * sheet nobody reads sideways (the long layout and the CSV hold every count).
 */
export const MAX_WIDE_DATES = 400;
const DATE_WIDTH = 11;

const WIDE_COLUMNS: ExportColumn<ExportChannel>[] = [
  { header: 'Kanaal', type: 'text', value: (channel) => channel.name },
  { header: 'Platform', type: 'text', value: (channel) => channel.platformLabel },
  { header: 'Organisatie', type: 'text', value: (channel) => channel.organisationName },
  { header: 'Eenheid', type: 'text', value: (channel) => channel.latestMetricLabel },
];

/** "Groei": the period's counts, one row per channel and a column per date ("wide"), or one row per count ("long"). */
export function writeGrowthSheet(
  workbook: WorkbookWriter,
  dataset: ExportDataset,
  layout: 'wide' | 'long',
  texts: TextCells,
): void {
  if (layout === 'wide') writeWide(workbook, dataset, texts);
  else writeLong(workbook, dataset, texts);
}

function periodText(dataset: ExportDataset): string {
  return `${formatShortDate(dataset.from)} – ${formatShortDate(dataset.to)}`;
}

function writeWide(workbook: WorkbookWriter, dataset: ExportDataset, texts: TextCells): void {
  const allDates = [...new Set(dataset.channels.flatMap((channel) => channel.countsInPeriod.map((count) => count.date)))].sort();
  const dates = spread(allDates, MAX_WIDE_DATES);
  const notices = datasetNotices(dataset);
  if (allDates.length === 0) notices.push(`Geen tellingen in de periode ${periodText(dataset)}.`);
  if (dates.length < allDates.length) {
    notices.push(
      `De periode heeft ${formatCount(allDates.length)} datums met tellingen; dit blad toont er ${formatCount(dates.length)}, ` +
        'gelijk verspreid over de periode (de eerste en de laatste inbegrepen). Kies het lange formaat voor alle tellingen.',
    );
  }
  const column = new Map(dates.map((date, index) => [date, WIDE_COLUMNS.length + index]));
  const sheet = new SheetWriter(
    workbook,
    'Groei',
    {
      widths: [...columnWidths(WIDE_COLUMNS, dataset.channels), ...dates.map(() => DATE_WIDTH)],
      notices,
      frozenColumns: 1,
      fitToWidth: false,
    },
    texts,
  );
  const headerRow = sheet.header(
    WIDE_COLUMNS.map((wide) => wide.header),
    dates,
  );
  const types = [...WIDE_COLUMNS.map((wide) => wide.type), ...dates.map(() => 'count' as const)];
  for (const channel of dataset.channels) {
    const values: Array<string | number | null> = [...WIDE_COLUMNS.map((wide) => wide.value(channel)), ...dates.map(() => null)];
    for (const count of channel.countsInPeriod) {
      const at = column.get(count.date);
      if (at !== undefined) values[at] = count.count;
    }
    sheet.row(types, values);
  }
  sheet.filter({ headerRow, lastRow: sheet.lastRow }, types.length);
  sheet.commit();
}

function writeLong(workbook: WorkbookWriter, dataset: ExportDataset, texts: TextCells): void {
  const total = growthRowCount(dataset);
  const notices = datasetNotices(dataset);
  if (total === 0) notices.push(`Geen tellingen in de periode ${periodText(dataset)}.`);
  // Room for the notices, the cut-off notice itself and the header.
  const room = EXCEL_MAX_ROWS - notices.length - 2;
  if (total > room) {
    notices.push(
      `De periode heeft ${formatCount(total)} tellingen; een Excel-blad heeft ${formatCount(EXCEL_MAX_ROWS)} rijen, ` +
        `dus dit blad stopt na ${formatCount(room)} tellingen. Kies een kortere periode of exporteer de tellingen als CSV.`,
    );
  }
  const sheet = new SheetWriter(
    workbook,
    'Groei',
    { widths: columnWidths(GROWTH_LONG_COLUMNS, growthRows(dataset, 10_000)), notices },
    texts,
  );
  sheet.filter(sheet.table(GROWTH_LONG_COLUMNS, growthRows(dataset, room)), GROWTH_LONG_COLUMNS.length);
  sheet.commit();
}

/** At most `max` of the sorted dates, evenly spread, the first and the last always among them. */
function spread(dates: readonly string[], max: number): string[] {
  if (dates.length <= max) return [...dates];
  const step = (dates.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, index) => dates[Math.round(index * step)]!);
}
