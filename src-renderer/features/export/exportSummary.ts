import type { ExportOptions } from '../../../shared/domain/exportOptions';
import { formatNumber } from '../../format/nlBE';
import type { ExportMessages } from './messages';
import type { RunOutcome } from './useExportRun';

type Format = (template: string, values: Record<string, string | number>) => string;

const kilobytes = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** 12345 -> "12,1 kB" */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${formatNumber(bytes)} B` : `${kilobytes.format(bytes / 1024)} kB`;
}

/**
 * What was written, in the user's language: where it went, then e.g. "44 kanalen; bladen:
 * Overzicht, Groei (breed)", then how many texts were written as text rather than formula.
 */
export function exportSummary(outcome: RunOutcome, m: ExportMessages, format: Format): string[] {
  if (outcome.kind === 'cancelled') return [m.cancelled];
  const { prepared, options } = outcome;
  const where =
    outcome.kind === 'saved'
      ? format(m.saved, { path: outcome.path })
      : format(m.downloaded, { file: prepared.fileName, size: formatBytes(prepared.bytes) });
  const channels =
    prepared.channelCount === 1
      ? m.summaryChannelsOne
      : format(m.summaryChannels, { count: formatNumber(prepared.channelCount) });
  const lines = [where, `${channels}; ${contents(options, m, format)}.`];
  if (prepared.neutralisedCells > 0) {
    lines.push(
      prepared.neutralisedCells === 1
        ? m.neutralisedOne
        : format(m.neutralised, { count: formatNumber(prepared.neutralisedCells) }),
    );
  }
  return lines;
}

function contents(options: ExportOptions, m: ExportMessages, format: Format): string {
  if (options.format === 'xlsx') {
    const sheets = (options.xlsx?.sheets ?? []).map((sheet) =>
      sheet === 'growth'
        ? `${m.summarySheetNames.growth} (${m.summaryGrowthLayout[options.xlsx?.growthLayout ?? 'wide']})`
        : m.summarySheetNames[sheet],
    );
    return format(m.summarySheets, { sheets: sheets.join(', ') });
  }
  if (options.format === 'docx') {
    const variant = options.docx?.variant === 'tables' ? m.summaryTables : m.summaryNote;
    return `${variant}, ${options.docx?.includeChart === false ? m.summaryNoChart : m.summaryChart}`;
  }
  return format(m.summaryTable, { table: m.csvTables[options.csv?.table ?? 'channels'] });
}
