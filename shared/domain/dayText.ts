/**
 * A date as a Belgian user types it or a spreadsheet shows it: ISO (2014-09-02) or day/month/year
 * with slashes, dashes or dots (02/09/2014, 2-9-2014, 2.9.2014). Never month/day: 02/09 is the
 * 2nd of September here. Returns the ISO date, or null when it is not a real calendar day.
 */
export function parseDayText(text: string): string | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [year, month, day] = [Number(dmy[4]), Number(dmy[3]), Number(dmy[1])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
