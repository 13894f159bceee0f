import type ExcelJS from 'exceljs';
import type { ChannelStatus } from '../../../shared/domain/channel';
import type { UnknownCostChannel } from '../../../shared/domain/costOverview';
import { PLATFORM_LABELS, STATUS_LABELS } from '../../../shared/domain/labels';
import {
  categoryTotalColumns,
  channelTotalColumns,
  COST_LINE_COLUMNS,
  organisationTotalColumns,
  YEAR_TOTAL_COLUMNS,
} from './costColumns';
import { formatShortDate } from './docxFormat';
import type { ExportColumn } from './exportColumns';
import type { ExportDataset } from './exportDataset';
import { ALL_CHANNELS_LABEL } from './exportSelection';
import type { TextCells } from './textCells';
import { datasetNotices } from './xlsxNotices';
import { columnWidths, SheetWriter, widestColumns } from './xlsxSheet';

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

const UNKNOWN_COST_COLUMNS: ExportColumn<UnknownCostChannel>[] = [
  { header: 'Kanaal', type: 'text', value: (channel) => channel.channelName },
  { header: 'Platform', type: 'text', value: (channel) => PLATFORM_LABELS[channel.platform].nl },
  { header: 'Organisatie', type: 'text', value: (channel) => channel.organisationName },
  {
    header: 'Status',
    type: 'text',
    value: (channel) => STATUS_LABELS[(channel.status ?? 'unknown') as ChannelStatus | 'unknown'].nl,
  },
];

/**
 * "Kosten": the cost lines of the period's years (with the autofilter), then the totals the
 * "Kosten" page shows: per channel, organisation, category and year (with the budget), and the
 * channels whose cost is unknown. Shared costs are not allocated over channels.
 */
export function writeCostsSheet(workbook: WorkbookWriter, dataset: ExportDataset, texts: TextCells): void {
  const { costOverview: overview, years } = dataset;
  const sections = [
    section('Totaal per kanaal', channelTotalColumns(years), overview.byChannel, false),
    section('Totaal per organisatie', organisationTotalColumns(years), overview.byOrganisation, true),
    section('Totaal per categorie', categoryTotalColumns(years), overview.byCategory, true),
    section('Totaal per jaar', YEAR_TOTAL_COLUMNS, overview.years, true),
    section('Kanalen zonder gekende kost', UNKNOWN_COST_COLUMNS, overview.unknownCost, false),
  ];
  const sheet = new SheetWriter(
    workbook,
    'Kosten',
    {
      widths: widestColumns(columnWidths(COST_LINE_COLUMNS, dataset.costLines), ...sections.map((section) => section.widths())),
      notices: datasetNotices(dataset),
    },
    texts,
  );
  const lines = sheet.table(COST_LINE_COLUMNS, dataset.costLines);
  sheet.filter(lines, COST_LINE_COLUMNS.length);
  const yearsText = years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`;
  if (dataset.costLines.length === 0) sheet.note(`Geen kostenlijnen in ${yearsText}.`);
  sheet.blank();
  sheet.note(
    `Kosten van ${yearsText}; lopende kosten tot ${formatShortDate(overview.asOf)}; gedeelde kosten van een organisatie zijn niet over haar kanalen verdeeld.`,
  );
  const partial = dataset.selectionLabel !== ALL_CHANNELS_LABEL;
  for (const { title, wholeRegister, write } of sections) {
    sheet.blank();
    sheet.title(title);
    if (partial && wholeRegister) sheet.note('Voor het hele register, niet enkel de gekozen kanalen.');
    write(sheet);
  }
  sheet.commit();
}

/** A totals table under its heading; `wholeRegister`: not narrowed to a selection of channels. */
function section<R>(title: string, columns: ExportColumn<R>[], rows: readonly R[], wholeRegister: boolean) {
  return {
    title,
    wholeRegister,
    widths: () => columnWidths(columns, rows),
    write: (sheet: SheetWriter) => sheet.table(columns, rows),
  };
}
