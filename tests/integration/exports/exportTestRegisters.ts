import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { FICTITIOUS_META_KEY, Register } from '../../../src-main/core/register/register';
import { loadSample } from '../../../src-main/core/sample/sampleRegister';
import { onCleanup, tempDir, testAuthor } from '../../helpers/tempRegister';

/** The 2014 sample in a temp dir, under the name the app gives it (the exports' titles and file names use it). */
export function sampleRegister(): { register: Register; path: string; dir: string } {
  const dir = tempDir();
  const path = join(dir, 'Voorbeeld Mechelen 2014.sqlite');
  const register = Register.create(path, testAuthor(), { isSample: true });
  onCleanup(() => register.close());
  loadSample(register);
  return { register, path, dir };
}

export function channelId(register: Register, name: string, platform: string): string {
  const row = register.channels.list({ search: name, limit: 100 }).rows.find((r) => r.name === name && r.platform === platform);
  if (!row) throw new Error(`no channel ${name} on ${platform}`);
  return row.id;
}

export function markFictitious(register: Register): void {
  register.db.prepare(`INSERT OR REPLACE INTO register_meta (key, value) VALUES (?, '1')`).run(FICTITIOUS_META_KEY);
}

/** Texts a spreadsheet would read as a formula (OWASP CSV injection), one per trigger character. */
export const FORMULA_TEXTS = ['=HYPERLINK("http://x","y")', '+32 15 29 76 54', '-1+1', '@SUM(A1)', '\tTab ervoor', '\rCR ervoor'];

/**
 * A register whose user-typed texts start with formula triggers wherever a text reaches an export:
 * channel names, handles, organisation, person, cost line description, supplier, reference and
 * notes; with counts and costs so every sheet and table has rows. The services trim what users
 * type, so the names with a leading tab or CR are written with SQL, as a file from elsewhere
 * could hold them: the export must be safe whatever is in the file.
 */
export function injectionRegister(): { register: Register; path: string } {
  const dir = tempDir();
  const path = join(dir, 'Injectie.sqlite');
  const register = Register.create(path, testAuthor());
  onCleanup(() => register.close());
  const organisation = register.organisations.create({ name: '=Organisatie()', kind: 'partnerproject' });
  const person = register.people.create({ name: '-Persoon' });
  FORMULA_TEXTS.forEach((name, index) => {
    const channel = register.channels.create({
      kind: 'social',
      platform: 'facebook',
      name: `kanaal ${index}`,
      handle: `@handle${index}`,
      url: `https://www.facebook.com/kanaal${index}`,
      organisationId: organisation.id,
      responsiblePersonId: person.id,
      notes: '=notitie',
    });
    register.db.prepare(`UPDATE channels SET name = ? WHERE id = ?`).run(name, channel.id);
    register.snapshots.add({ channelId: channel.id, date: '2024-01-01', count: 100 + index, metric: 'followers' });
    register.snapshots.add({ channelId: channel.id, date: '2024-06-01', count: 200 + index, metric: 'followers' });
    register.costs.create({
      channelId: channel.id,
      description: '=1+1',
      category: 'hosting',
      amountCents: 1250,
      startDate: '2024-03-01',
      supplier: '+Leverancier',
      reference: '@REF',
      notes: '-opmerking',
    });
  });
  register.costs.create({
    organisationId: organisation.id,
    description: '@gedeeld',
    category: 'licence_tool',
    amountCents: 5000,
    startDate: '2024-02-01',
  });
  return { register, path };
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The sheet's rows as arrays of cell values (index 0 = column A), from row 1. */
export function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).value);
  });
  return Array.from({ length: rows.length }, (_, index) => rows[index] ?? []);
}

/** The text of a cell: plain text, a hyperlink's text, or rich text joined. */
export function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  }
  return null;
}
