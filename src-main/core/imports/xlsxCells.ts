import { FORMULA_WITHOUT_VALUE, type CellValue } from './sheetData';

/**
 * One cell value as the streaming workbook reader gives it, turned into the text the user
 * sees (numbers keep their value too). Formulas are never evaluated: their stored (cached)
 * result is used. Error values are kept as errors so the row that needs them gets a problem.
 */
export function cellFromWorkbook(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return { number: value, text: formatNumber(value) };
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoText(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.error === 'string') return { error: object.error };
    if (Array.isArray(object.richText)) {
      return (object.richText as Array<{ text?: unknown }>)
        .map((part) => (typeof part.text === 'string' ? part.text : ''))
        .join('');
    }
    if ('formula' in object || 'sharedFormula' in object) {
      const result = object.result;
      if (result === undefined || result === null || (typeof result === 'number' && Number.isNaN(result))) {
        return { error: FORMULA_WITHOUT_VALUE };
      }
      return cellFromWorkbook(result);
    }
    if (typeof object.text === 'string') return object.text; // a hyperlink cell: the text shown
    if (typeof object.text === 'object') return cellFromWorkbook(object.text);
  }
  return '';
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  // 0.1 + 0.2 is stored as 0.30000000000000004; Excel shows 15 significant digits.
  return String(Number(value.toPrecision(15)));
}

/** A date cell as ISO text: "2014-09-02", or "2014-09-02T10:30:00" when it has a time. */
function isoText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
