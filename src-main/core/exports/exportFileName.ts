import type { CsvTable, ExportOptions } from '../../../shared/domain/exportOptions';

const CSV_TABLE_NAMES: Record<CsvTable, string> = {
  channels: 'kanalen',
  growth: 'groei',
  costLines: 'kostenlijnen',
  costTotals: 'kostentotalen',
};

const WINDOWS_REFUSES = '<>:"/\\|?*';

/**
 * The suggested file name: "Kanalenregister Voorbeeld Mechelen 2014 2026-11-25.xlsx", with the
 * table for a CSV ("... kanalen 2026-11-25.csv") and "tabellen" for the Word tables only.
 * Characters Windows refuses in file names become "-".
 */
export function exportFileName(
  registerName: string,
  options: Pick<ExportOptions, 'format' | 'csv' | 'docx'>,
  day: string,
): string {
  const what =
    options.format === 'csv'
      ? ` ${CSV_TABLE_NAMES[options.csv?.table ?? 'channels']}`
      : options.format === 'docx' && options.docx?.variant === 'tables'
        ? ' tabellen'
        : '';
  const name = [...`Kanalenregister ${registerName}${what} ${day}`]
    .map((char) => (char < ' ' || WINDOWS_REFUSES.includes(char) ? '-' : char))
    .join('');
  return `${name}.${options.format}`;
}
