import type ExcelJS from 'exceljs';
import { channelColumns } from './channelColumns';
import type { ExportDataset } from './exportDataset';
import type { TextCells } from './textCells';
import { datasetNotices, sheetName } from './xlsxNotices';
import { columnWidths, SheetWriter } from './xlsxSheet';

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

/** "Overzicht": every exported channel, in the order the user chose (the grid's or the view's). */
export function writeOverviewSheet(workbook: WorkbookWriter, dataset: ExportDataset, texts: TextCells): void {
  const columns = channelColumns(dataset, { platform: true });
  const sheet = new SheetWriter(
    workbook,
    'Overzicht',
    { widths: columnWidths(columns, dataset.channels), notices: datasetNotices(dataset) },
    texts,
  );
  sheet.filter(sheet.table(columns, dataset.channels), columns.length);
  sheet.commit();
}

/**
 * One sheet per platform present, grouped as the 2014 list: the city's own channels, then the
 * partner projects it supports under their own heading and header.
 */
export function writePlatformSheets(workbook: WorkbookWriter, dataset: ExportDataset, texts: TextCells): number {
  const columns = channelColumns(dataset, { platform: false });
  for (const group of dataset.byPlatform) {
    const sheet = new SheetWriter(
      workbook,
      sheetName(group.platformLabel),
      {
        widths: columnWidths(columns, [...group.cityChannels, ...group.partnerChannels]),
        notices: datasetNotices(dataset),
      },
      texts,
    );
    sheet.filter(sheet.table(columns, group.cityChannels), columns.length);
    if (group.partnerChannels.length > 0) {
      sheet.blank();
      sheet.title('Partnerprojecten');
      sheet.table(columns, group.partnerChannels);
    }
    sheet.commit();
  }
  return dataset.byPlatform.length;
}
