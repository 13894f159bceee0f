import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../shared/domain/exportOptions';
import { writeExport } from '../../../src-main/core/exports/writeExport';
import { XLSX_FORMATS } from '../../../src-main/core/exports/xlsxSheet';
import { MAX_WIDE_DATES } from '../../../src-main/core/exports/xlsxGrowthSheet';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { cellText, channelId, markFictitious, readWorkbook, sampleRegister, sheetRows } from './exportTestRegisters';

useTempDirs();

const PERIOD = { from: '2013-01-01', to: '2014-12-31' };

async function exportXlsx(path: string, options: Omit<ExportOptions, 'format'> = PERIOD) {
  const target = join(tempDir(), 'export.xlsx');
  const result = await writeExport({ dbPath: path, options: { format: 'xlsx', ...options }, target });
  return { result, target, workbook: await readWorkbook(target) };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  expect(found, `sheet ${name}`).toBeDefined();
  return found!;
}

/** The data row of a channel on a sheet whose header is `headerRow`: cells by header name. */
function rowOf(worksheet: ExcelJS.Worksheet, name: string, platform?: string, headerRow = 1) {
  const rows = sheetRows(worksheet);
  const header = rows[headerRow - 1]!.map((value) => cellText(value));
  const index = rows.findIndex(
    (row, i) =>
      i >= headerRow &&
      cellText(row[header.indexOf('Naam')]!) === name &&
      (!platform || row[header.indexOf('Platform')] === platform),
  );
  expect(index, `row of ${name}`).toBeGreaterThan(0);
  const cells = worksheet.getRow(index + 1);
  return (column: string) => cells.getCell(header.indexOf(column) + 1);
}

describe('Excel export of the 2014 sample', () => {
  it('has Overzicht, a sheet per platform in the seed order, Groei and Kosten, with the document properties', async () => {
    const { path } = sampleRegister();
    const { result, workbook } = await exportXlsx(path);
    expect(result.channelCount).toBe(44);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Overzicht',
      'Website',
      'Facebook',
      'Twitter - X',
      'Instagram',
      'YouTube',
      'LinkedIn',
      'Flickr',
      'Pinterest',
      'SoundCloud',
      'Google+',
      'Groei',
      'Kosten',
    ]);
    expect(workbook.creator).toBe('Kanalenregister');
    expect(workbook.title).toBe('Kanalenregister – Voorbeeld Mechelen 2014');
  });

  it('Overzicht: every channel, real counts, dates, links and euros, a frozen filtered header', async () => {
    const { path } = sampleRegister();
    const { workbook } = await exportXlsx(path);
    const overview = sheet(workbook, 'Overzicht');
    const rows = sheetRows(overview);
    expect(rows[0]!.map(cellText)).toEqual([
      'Organisatie',
      'Soort organisatie',
      'Platform',
      'Naam',
      'Account',
      'URL',
      'Verantwoordelijke',
      'Status',
      'Laatste telling',
      'Eenheid',
      'Datum telling',
      'Groei 01/01/2013 – 31/12/2014',
      'Kost 2013',
      'Kost 2014',
      'Kost totaal',
    ]);
    expect(rows).toHaveLength(45);
    expect(overview.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(overview.autoFilter).toBe('A1:O45');
    expect(overview.getRow(1).getCell(1).font?.bold).toBe(true);

    const stad = rowOf(overview, 'Stadsbestuur Mechelen', 'Facebook');
    expect(stad('Organisatie').value).toBe('Stad Mechelen');
    expect(stad('Soort organisatie').value).toBe('Stadsdienst');
    expect(stad('Laatste telling').value).toBe(3107);
    expect(stad('Laatste telling').numFmt).toBe(XLSX_FORMATS.count);
    expect(stad('Eenheid').value).toBe('likes');
    expect(stad('Datum telling').value).toEqual(new Date(Date.UTC(2014, 8, 2)));
    expect(stad('Datum telling').numFmt).toBe(XLSX_FORMATS.date);
    expect(stad('URL').value).toEqual({
      text: 'https://www.facebook.com/StadMechelen',
      hyperlink: 'https://www.facebook.com/StadMechelen',
    });
    expect(stad('Kost 2013').value).toBe(60);
    expect(stad('Kost 2013').numFmt).toBe(XLSX_FORMATS.euro);
    expect(stad('Kost 2014').value).toBe(0);
    expect(stad('Kost totaal').value).toBe(60);
    // Without counts before the period, its growth is unknown: an empty cell, not 0.
    expect(stad('Groei 01/01/2013 – 31/12/2014').value).toBeNull();
    // A channel without any cost line has no known cost: empty, not € 0.
    expect(rowOf(overview, 'Bibliotheek Mechelen', 'Facebook')('Kost totaal').value).toBeNull();
  });

  it('Overzicht: growth over the period is the count at its end minus the count at its start', async () => {
    const { register, path } = sampleRegister();
    const stad = channelId(register, 'Stadsbestuur Mechelen', 'facebook');
    register.snapshots.add({ channelId: stad, date: '2012-12-01', count: 2950, metric: 'likes' });
    const { workbook } = await exportXlsx(path);
    const row = rowOf(sheet(workbook, 'Overzicht'), 'Stadsbestuur Mechelen', 'Facebook');
    expect(row('Groei 01/01/2013 – 31/12/2014').value).toBe(157);
  });

  it('a platform sheet lists the city channels first, from the city itself down, then the partner projects', async () => {
    const { path } = sampleRegister();
    const { workbook } = await exportXlsx(path);
    const facebook = sheetRows(sheet(workbook, 'Facebook'));
    const names = facebook.map((row) => cellText(row[2]!));
    expect(facebook[0]!.map(cellText)).not.toContain('Platform');
    expect(names[0]).toBe('Naam');
    expect(names[1]).toBe('Stadsbestuur Mechelen');
    const partners = facebook.findIndex((row) => row[0] === 'Partnerprojecten');
    expect(partners).toBeGreaterThan(1);
    expect(names.slice(1, partners - 1)).toHaveLength(11);
    expect(facebook[partners + 1]![2]).toBe('Naam');
    expect(names.slice(partners + 2)).toEqual([
      'Energiepunt Mechelen',
      'I love Mechels Jeugdwerk',
      'Mechelen Muurt',
      'Mechelen Urban Trail',
      'Mechels Natuurlijk',
      'Project Wolf',
    ]);
    expect(sheet(workbook, 'Facebook').autoFilter).toBe(`A1:N${partners - 1}`);
  });

  it('Groei (wide): a column per date with counts, the dates as real dates', async () => {
    const { register, path } = sampleRegister();
    const stad = channelId(register, 'Stadsbestuur Mechelen', 'facebook');
    register.snapshots.add({ channelId: stad, date: '2014-01-01', count: 2950, metric: 'likes' });
    const { workbook } = await exportXlsx(path);
    const growth = sheet(workbook, 'Groei');
    const header = growth.getRow(1);
    expect([1, 2, 3, 4].map((column) => header.getCell(column).value)).toEqual(['Kanaal', 'Platform', 'Organisatie', 'Eenheid']);
    expect(header.getCell(5).value).toEqual(new Date(Date.UTC(2014, 0, 1)));
    expect(header.getCell(6).value).toEqual(new Date(Date.UTC(2014, 8, 2)));
    expect(header.getCell(6).numFmt).toBe(XLSX_FORMATS.date);
    expect(growth.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    const rows = sheetRows(growth);
    const row = rows.find((cells) => cells[0] === 'Stadsbestuur Mechelen' && cells[1] === 'Facebook')!;
    expect(row.slice(3, 6)).toEqual(['likes', 2950, 3107]);
    expect(rows).toHaveLength(45);
  });

  it('Groei (long): a row per count', async () => {
    const { path } = sampleRegister();
    const { workbook } = await exportXlsx(path, { ...PERIOD, xlsx: { growthLayout: 'long' } });
    const rows = sheetRows(sheet(workbook, 'Groei'));
    expect(rows[0]).toEqual(['Kanaal', 'Platform', 'Organisatie', 'Datum', 'Aantal', 'Eenheid']);
    // The sample gives a count for 24 channels, all of 2 September 2014.
    expect(rows).toHaveLength(25);
    expect(rows).toContainEqual([
      'Stadsbestuur Mechelen',
      'Facebook',
      'Stad Mechelen',
      new Date(Date.UTC(2014, 8, 2)),
      3107,
      'likes',
    ]);
  });

  it(`Groei (wide) keeps at most ${MAX_WIDE_DATES} date columns, the first and last among them, and says so`, async () => {
    const { register, path } = sampleRegister();
    const stad = channelId(register, 'Stadsbestuur Mechelen', 'facebook');
    register.changeLog.batch((batch) => {
      for (let day = 0; day < 500; day += 1) {
        const date = new Date(Date.UTC(2013, 0, 1 + day)).toISOString().slice(0, 10);
        register.snapshots.add({ channelId: stad, date, count: 2000 + day, metric: 'likes' }, batch);
      }
    });
    const { workbook } = await exportXlsx(path);
    const growth = sheet(workbook, 'Groei');
    expect(String(growth.getRow(1).getCell(1).value)).toMatch(
      /^De periode heeft 501 datums met tellingen; dit blad toont er 400/,
    );
    const header = growth.getRow(2);
    expect(growth.views[0]).toMatchObject({ ySplit: 2 });
    expect(header.getCell(5).value).toEqual(new Date(Date.UTC(2013, 0, 1)));
    expect(header.getCell(4 + MAX_WIDE_DATES).value).toEqual(new Date(Date.UTC(2014, 8, 2)));
    expect(header.getCell(5 + MAX_WIDE_DATES).value).toBeNull();
  });

  it('Kosten: the cost lines, then the totals per channel, organisation, category and year', async () => {
    const { path } = sampleRegister();
    const { workbook } = await exportXlsx(path);
    const costs = sheet(workbook, 'Kosten');
    const rows = sheetRows(costs);
    expect(rows[0]!.slice(0, 9)).toEqual([
      'Omschrijving',
      'Kanaal',
      'Platform',
      'Organisatie',
      'Gedeelde kost',
      'Categorie',
      'Bedrag',
      'Btw inbegrepen',
      'Datum',
    ]);
    expect(rows[1]!.slice(1, 9)).toEqual([
      'Stadsbestuur Mechelen',
      'Facebook',
      'Stad Mechelen',
      'Nee',
      'Prijzen en acties',
      60,
      null,
      new Date(Date.UTC(2013, 11, 31)),
    ]);
    expect(costs.getRow(2).getCell(7).numFmt).toBe(XLSX_FORMATS.euro);
    expect(costs.autoFilter).toBe('A1:N2');
    const after = (title: string) => rows.slice(rows.findIndex((row) => row[0] === title) + 1);
    expect(after('Totaal per kanaal').slice(0, 2)).toEqual([
      ['Kanaal', 'Platform', 'Organisatie', '2013', '2014', 'Totaal', null, null, null, null, null, null, null, null],
      ['Stadsbestuur Mechelen', 'Facebook', 'Stad Mechelen', 60, 0, 60, null, null, null, null, null, null, null, null],
    ]);
    expect(after('Totaal per organisatie')[1]!.slice(0, 6)).toEqual(['Stad Mechelen', 60, 0, 60, 0, 60]);
    expect(after('Totaal per categorie')).toContainEqual([
      'Prijzen en acties',
      60,
      0,
      60,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(
      after('Totaal per jaar')
        .slice(1, 3)
        .map((row) => row.slice(0, 3)),
    ).toEqual([
      [2013, 60, null],
      [2014, 0, null],
    ]);
    expect(after('Kanalen zonder gekende kost')).toHaveLength(1 + 43);
  });

  it('a saved view exports only its channels, and the Kosten sheet says which totals are the whole register', async () => {
    const { register, path } = sampleRegister();
    const view = register.views.save(undefined, { name: 'Twitter', definition: { filters: { platforms: ['twitter'] } } });
    const { result, workbook } = await exportXlsx(path, { ...PERIOD, viewId: view.id });
    expect(result.channelCount).toBe(5);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Overzicht', 'Twitter - X', 'Groei', 'Kosten']);
    expect(workbook.subject).toBe('Twitter, 01/01/2013 – 31/12/2014');
    const costs = sheetRows(sheet(workbook, 'Kosten'));
    expect(costs[1]![0]).toBe('Geen kostenlijnen in 2013–2014.');
    expect(costs.some((row) => row[0] === 'Voor het hele register, niet enkel de gekozen kanalen.')).toBe(true);
  });

  it('the current query exports what the grid shows, in its order', async () => {
    const { path } = sampleRegister();
    const { result, workbook } = await exportXlsx(path, {
      ...PERIOD,
      xlsx: { sheets: ['overview'] },
      query: { search: 'toerisme', sort: [{ field: 'platform', desc: true }] },
    });
    expect(result.channelCount).toBe(7);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Overzicht']);
    const platforms = sheetRows(sheet(workbook, 'Overzicht'))
      .slice(1)
      .map((row) => row[2]);
    expect(platforms[0]).toBe('Twitter / X');
    expect(platforms.at(-1)).toBe('Facebook');
  });

  it('a fictitious register says so in the first row of every sheet, above the frozen header', async () => {
    const { register, path } = sampleRegister();
    markFictitious(register);
    const { workbook } = await exportXlsx(path);
    for (const worksheet of workbook.worksheets) {
      expect(String(worksheet.getRow(1).getCell(1).value), worksheet.name).toMatch(/^Fictief register/);
      expect(worksheet.views[0], worksheet.name).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
    expect(sheet(workbook, 'Overzicht').autoFilter).toBe('A2:O46');
  });

  it('a failed write leaves no file behind', async () => {
    const { path } = sampleRegister();
    const dir = tempDir();
    // The target is a folder: the workbook is written whole, then the rename onto it fails.
    const target = join(dir, 'bezet.xlsx');
    mkdirSync(target);
    await expect(writeExport({ dbPath: path, options: { format: 'xlsx', ...PERIOD }, target })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['bezet.xlsx']);
    expect(readdirSync(target)).toEqual([]);
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!soffice)(
    'LibreOffice converts the workbook to PDF, with the channels and nl-BE numbers (skipped without soffice)',
    async () => {
      const { path } = sampleRegister();
      const { target } = await exportXlsx(path);
      const out = tempDir();
      execFileSync(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, target],
        {
          stdio: 'pipe',
          timeout: 120_000,
        },
      );
      const pdf = join(out, 'export.pdf');
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Stadsbestuur Mechelen');
      expect(text).toContain('3.107');
      expect(text).toContain('€ 60,00');
      expect(text).toContain('02/09/2014');
      expect(text).toMatch(/Pagina 1 van \d+/);
    },
    180_000,
  );
});
