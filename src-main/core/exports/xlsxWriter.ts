import ExcelJS from 'exceljs';
import { WORKBOOK_SHEETS, type ExportOptions } from '../../../shared/domain/exportOptions';
import { formatShortDate } from './docxFormat';
import type { ExportDataset } from './exportDataset';
import { TextCells } from './textCells';
import { writeOverviewSheet, writePlatformSheets } from './xlsxChannelSheets';
import { writeCostsSheet } from './xlsxCostsSheet';
import { writeGrowthSheet } from './xlsxGrowthSheet';
import { writeRecommendationsSheet } from './xlsxRecommendationsSheet';
import { FICTITIOUS_NOTICE } from './xlsxNotices';

export interface XlsxResult {
  neutralisedCells: number;
  sheets: number;
}

/**
 * The Excel workbook: "Overzicht", a sheet per platform, "Groei", "Kosten" (or the ones asked
 * for) and "Aanbevelingen" when the review has any, written with exceljs's streaming writer straight to `target`: rows leave memory as they
 * are written (100,000 channels: seconds and a few hundred MB, where the in-memory writer needs
 * gigabytes). No shared strings, which would keep every text in memory until the end.
 */
export async function writeXlsx(
  dataset: ExportDataset,
  options: Pick<ExportOptions, 'xlsx'>,
  target: string,
): Promise<XlsxResult> {
  const texts = new TextCells();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useStyles: true, useSharedStrings: false });
  const period = `${formatShortDate(dataset.from)} – ${formatShortDate(dataset.to)}`;
  workbook.creator = 'Kanalenregister';
  workbook.lastModifiedBy = 'Kanalenregister';
  workbook.title = `Kanalenregister – ${dataset.registerName}`;
  workbook.subject = `${dataset.selectionLabel}, ${period}`;
  workbook.description = dataset.fictitious ? FICTITIOUS_NOTICE : '';
  workbook.created = new Date(dataset.generatedAt);
  // core.xml's dc:language; exceljs writes it from the workbook but does not type it.
  Object.assign(workbook, { language: 'nl-BE' });

  const wanted = new Set(options.xlsx?.sheets ?? WORKBOOK_SHEETS);
  let sheets = 0;
  if (wanted.has('overview')) {
    writeOverviewSheet(workbook, dataset, texts);
    sheets += 1;
  }
  if (wanted.has('platforms')) sheets += writePlatformSheets(workbook, dataset, texts);
  if (wanted.has('growth')) {
    writeGrowthSheet(workbook, dataset, options.xlsx?.growthLayout ?? 'wide', texts);
    sheets += 1;
  }
  if (wanted.has('costs')) {
    writeCostsSheet(workbook, dataset, texts);
    sheets += 1;
  }
  // The review's recommendations go with the overview, and only when there are any.
  if (wanted.has('overview') && (dataset.recommendations?.length ?? 0) > 0) {
    writeRecommendationsSheet(workbook, dataset, texts);
    sheets += 1;
  }
  // Excel refuses a workbook without sheets (only platform sheets asked, no channels): then the empty overview.
  if (sheets === 0) {
    writeOverviewSheet(workbook, dataset, texts);
    sheets = 1;
  }
  await workbook.commit();
  return { neutralisedCells: texts.neutralised, sheets };
}
