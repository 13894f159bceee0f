import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/adapters/cli';
import { Register } from '../../../src-main/core/register/register';
import { tempDir, testAuthor, useTempDirs } from '../../helpers/tempRegister';
import { readWorkbook, sheetRows } from './exportTestRegisters';

useTempDirs();

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', tempDir()], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sampleFile(): Promise<string> {
  const db = join(tempDir(), 'Voorbeeld Mechelen 2014.sqlite');
  expect((await cli(['load-sample', '--db', db])).code).toBe(0);
  return db;
}

describe('kanalenregister export', () => {
  it('xlsx: writes the workbook for the period and says what it wrote', async () => {
    const db = await sampleFile();
    const out = join(tempDir(), 'kanalen.xlsx');
    const result = await cli([
      'export',
      'xlsx',
      '--db',
      db,
      '--out',
      out,
      '--from',
      '01/01/2013',
      '--to',
      '2014-12-31',
      '--layout',
      'long',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `Geschreven / written: ${out}\n` +
        '44 kanalen; 10 teksten die met =, +, -, @ of een tab begonnen als tekst geschreven\n' +
        '44 channels; 10 texts starting with =, +, -, @ or a tab written as text',
    );
    const workbook = await readWorkbook(out);
    expect(sheetRows(workbook.getWorksheet('Overzicht')!)[0]).toContain('Groei 01/01/2013 – 31/12/2014');
    expect(sheetRows(workbook.getWorksheet('Groei')!)[0]).toEqual([
      'Kanaal',
      'Platform',
      'Organisatie',
      'Datum',
      'Aantal',
      'Eenheid',
    ]);
  });

  it("csv --table and --view <name>: only the view's channels, in that table", async () => {
    const db = await sampleFile();
    const register = Register.open(db, testAuthor());
    register.views.save(undefined, { name: 'Enkel Twitter', definition: { filters: { platforms: ['twitter'] } } });
    register.close();
    const out = join(tempDir(), 'groei.csv');
    const result = await cli([
      'export',
      'csv',
      '--db',
      db,
      '--out',
      out,
      '--view',
      'enkel twitter',
      '--table',
      'growth',
      '--from',
      '2014-01-01',
    ]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Kanaal;Platform;Organisatie;Datum;Aantal;Eenheid');
    expect(lines.slice(1).every((line) => line.includes(';Twitter / X;'))).toBe(true);
    expect(lines).toHaveLength(1 + 5);
  });

  it("docx: the note with the register's template, or --tables-only", async () => {
    const db = await sampleFile();
    for (const args of [[], ['--tables-only']]) {
      const out = join(tempDir(), 'nota.docx');
      const result = await cli(['export', 'docx', '--db', db, '--out', out, ...args]);
      expect(result.code, args.join(' ')).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('wrong arguments exit 2 and write nothing', async () => {
    const db = await sampleFile();
    const out = join(tempDir(), 'x.xlsx');
    const cases: Array<[string[], RegExp]> = [
      [['export', '--db', db, '--out', out], /Geef het formaat/],
      [['export', 'pdf', '--db', db, '--out', out], /Geef het formaat/],
      [['export', 'xlsx', '--db', db], /--out <bestand> ontbreekt/],
      [['export', 'xlsx', '--db', db, '--out', out, '--table', 'growth'], /--table hoort bij export csv/],
      [['export', 'csv', '--db', db, '--out', out, '--layout', 'long'], /--layout hoort bij export xlsx/],
      [['export', 'xlsx', '--db', db, '--out', out, '--tables-only'], /--tables-only hoort bij export docx/],
      [['export', 'csv', '--db', db, '--out', out, '--table', 'people'], /--table moet een van deze zijn/],
      [['export', 'xlsx', '--db', db, '--out', out, '--from', '31/02/2014'], /--from moet een datum zijn/],
      [['export', 'xlsx', '--db', db, '--out', out, '--from', '2014-12-31', '--to', '2014-01-01'], /--to ligt vóór --from/],
      [['list', '--db', db, '--out', out], /--out hoort bij export/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err, args.join(' ')).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown view or register is refused in Dutch and English (exit 1), without a file', async () => {
    const db = await sampleFile();
    const out = join(tempDir(), 'x.xlsx');
    const view = await cli(['export', 'xlsx', '--db', db, '--out', out, '--view', 'Bestaat niet']);
    expect(view.code).toBe(1);
    expect(view.err).toBe(
      'Er is geen weergave "Bestaat niet" in dit register. Weergaven: -\nThere is no view "Bestaat niet" in this register. Views: -',
    );
    const missing = await cli(['export', 'xlsx', '--db', join(tempDir(), 'weg.sqlite'), '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/bestaat niet[\s\S]*does not exist/);
    expect(existsSync(out)).toBe(false);
  });
});
