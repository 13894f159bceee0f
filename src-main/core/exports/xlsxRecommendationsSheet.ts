import type ExcelJS from 'exceljs';
import type { ExportColumn } from './exportColumns';
import type { ExportDataset, ExportRecommendation } from './exportDataset';
import type { TextCells } from './textCells';
import { datasetNotices } from './xlsxNotices';
import { columnWidths, SheetWriter } from './xlsxSheet';

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

const RECOMMENDATION_COLUMNS: ExportColumn<ExportRecommendation>[] = [
  { header: 'Regel', type: 'text', value: (item) => item.details?.ruleTitle ?? item.title },
  { header: 'Kanalen', type: 'text', value: (item) => item.details?.channelNames.join('\n') ?? null },
  { header: 'Organisatie', type: 'text', value: (item) => item.details?.organisationName ?? null },
  { header: 'Aanbeveling', type: 'text', value: (item) => item.text },
  { header: 'Verantwoordelijke', type: 'text', value: (item) => item.details?.ownerName ?? null },
  { header: 'Tegen', type: 'date', value: (item) => item.details?.dueDate ?? null },
  { header: 'Status', type: 'text', value: (item) => (item.details?.done ? 'Uitgevoerd' : 'Aanvaard') },
];

/** "Aanbevelingen": the review's accepted (and done) recommendations, one per row, with the autofilter. */
export function writeRecommendationsSheet(workbook: WorkbookWriter, dataset: ExportDataset, texts: TextCells): void {
  const items = dataset.recommendations ?? [];
  const sheet = new SheetWriter(
    workbook,
    'Aanbevelingen',
    { widths: columnWidths(RECOMMENDATION_COLUMNS, items), notices: datasetNotices(dataset) },
    texts,
  );
  sheet.filter(sheet.table(RECOMMENDATION_COLUMNS, items), RECOMMENDATION_COLUMNS.length);
  sheet.commit();
}
