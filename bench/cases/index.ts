// Every case, in the order of the table.
import type { BenchCase } from './benchCase';
import { browserFirstRowsCase, browserGrowthChartCase, browserSortCase } from './browserCases';
import { channelListCase } from './channelList';
import { costTotalsCase } from './costTotals';
import { csvSnapshotImportCase } from './csvSnapshotImport';
import { docxNoteCase } from './docxNote';
import { growthSeriesCase } from './growthSeries';
import { openRegisterCase } from './openRegister';
import { xlsxExportCase } from './xlsxExport';
import { xlsxImportCase } from './xlsxImport';

export const CASES: readonly BenchCase[] = [
  csvSnapshotImportCase,
  growthSeriesCase,
  channelListCase,
  costTotalsCase,
  xlsxExportCase,
  docxNoteCase,
  xlsxImportCase,
  openRegisterCase,
  browserFirstRowsCase,
  browserSortCase,
  browserGrowthChartCase,
];

export const isBrowserCase = (benchCase: BenchCase) => benchCase.id.startsWith('browser-');
