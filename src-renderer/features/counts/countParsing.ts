/**
 * A count as people type it: "3107", "3.107" (nl-BE thousands), "3 107". Null for anything else
 * (decimals, negatives, letters): counts are whole numbers of people.
 */
export function parseCount(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(compact)) return null;
  const value = Number(compact.replace(/\./g, ''));
  return Number.isSafeInteger(value) && value <= 10_000_000_000 ? value : null;
}

/** Splits pasted spreadsheet lines into cells: tabs (what Excel copies), else semicolons, else commas. */
export function splitPastedLines(text: string): Array<{ line: number; cells: string[] }> {
  const result: Array<{ line: number; cells: string[] }> = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const separator = raw.includes('\t') ? '\t' : raw.includes(';') ? ';' : ',';
    result.push({
      line: index + 1,
      cells: raw
        .split(separator)
        .map((cell) => cell.trim())
        .slice(0, 10),
    });
  });
  return result;
}

/** The first day of this month (local time), as ISO: the usual date of the monthly count. */
export function firstOfThisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
}
