import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src-main/core/errors';
import { IMPORT_LIMITS } from '../../../src-main/core/imports/importLimits';
import { createTempRegister, useTempDirs } from '../../helpers/tempRegister';
import { bytesInput, changeCount, fixture, FIXTURES, importService } from './importHelpers';
import { buildZip, WORKBOOK_SKELETON } from './zipBuilder';

useTempDirs();

/** Runs a preview that must be refused, and returns the error with the time it took. */
async function refused(input: Parameters<ReturnType<typeof importService>['preview']>[0], limits = {}) {
  const { register } = createTempRegister();
  const started = performance.now();
  const error = await importService(register, limits)
    .preview(input)
    .then(
      () => null,
      (thrown: unknown) => thrown,
    );
  const ms = performance.now() - started;
  expect(error, 'expected the file to be refused').toBeInstanceOf(DomainError);
  const domainError = error as DomainError;
  expect(domainError.code).toBe('INVALID_INPUT');
  expect(domainError.messageNl).not.toBe(domainError.messageEn);
  expect(changeCount(register)).toBe(0);
  return { error: domainError, reason: (domainError.details as { reason: string }).reason, ms };
}

describe('files that cannot be imported get a clear Dutch and English message', () => {
  it('a truncated .xlsx fails fast instead of hanging the reader', async () => {
    const { error, reason, ms } = await refused(fixture('afgebroken.xlsx'));
    expect(reason).toBe('zip_invalid');
    expect(error.messageNl).toMatch(/beschadigd of onvolledig/);
    expect(error.messageEn).toMatch(/damaged or incomplete/);
    expect(ms).toBeLessThan(2_000);
  });

  it('every cut-off point of a workbook is refused quickly', async () => {
    const whole = readFileSync(join(FIXTURES, 'inventaris.xlsx'));
    for (const length of [4, 100, 1000, whole.length - 23, whole.length - 1]) {
      const { reason, ms } = await refused(bytesInput('kapot.xlsx', whole.subarray(0, length)));
      expect(reason, `cut at ${length}`).toBe('zip_invalid');
      expect(ms).toBeLessThan(2_000);
    }
  });

  it('a damaged byte inside a worksheet fails its checksum before the workbook reader sees it', async () => {
    const whole = Buffer.from(readFileSync(join(FIXTURES, 'inventaris.xlsx')));
    const sheet = whole.indexOf('xl/worksheets/sheet1.xml');
    whole[sheet + 60] = whole[sheet + 60]! ^ 0xff;
    const { reason } = await refused(bytesInput('kapot.xlsx', whole));
    expect(reason).toBe('zip_invalid');
  });

  it('a zip bomb that declares its size is refused from the directory, before anything is unpacked', async () => {
    const zeros = Buffer.alloc(IMPORT_LIMITS.maxEntryBytes + 1024 * 1024);
    const bomb = buildZip([...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(bomb.length).toBeLessThan(1024 * 1024); // small on disk
    const { error, reason, ms } = await refused(bytesInput('bom.xlsx', bomb));
    expect(reason).toBe('zip_too_large');
    expect(error.messageNl).toMatch(/te groot om in te lezen: xl\/worksheets\/sheet1\.xml is uitgepakt 151 MB/);
    expect(error.messageEn).toMatch(/too large to read/);
    expect(ms).toBeLessThan(2_000);
  });

  it('a smaller bomb is refused for its compression ratio, several parts for their total', async () => {
    const ratio = buildZip([...WORKBOOK_SKELETON, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]);
    const { error } = await refused(bytesInput('bom.xlsx', ratio));
    expect(error.messageEn).toMatch(/compressed more than 300 times \(a zip bomb\?\)/);

    // Three parts of 110 MB each, each compressed less than 300 times: only their total is too much.
    const parts = Array.from({ length: 3 }, (_, i) => ({
      name: `xl/media/image${i}.bin`,
      data: randomBytes(400 * 1024),
      declaredSize: 110 * 1024 * 1024,
    }));
    const total = await refused(bytesInput('bom.xlsx', buildZip([...WORKBOOK_SKELETON, ...parts])));
    expect(total.error.messageEn).toMatch(/more than 300 MB unpacked in total/);
  });

  it('a bomb that lies about its size is stopped at the declared size while unpacking', async () => {
    const lying = buildZip([
      ...WORKBOOK_SKELETON,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024), declaredSize: 1024 * 1024 },
    ]);
    const before = process.memoryUsage().rss;
    const { error, reason } = await refused(bytesInput('bom.xlsx', lying));
    expect(reason).toBe('zip_invalid');
    expect(error.messageEn).toMatch(/does not unpack to its declared size/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('an .xls (Excel 97-2003) is named as such', async () => {
    const { error, reason } = await refused(fixture('oud-excel.xls'));
    expect(reason).toBe('xls');
    expect(error.messageNl).toMatch(/oud Excel-bestand \(\.xls, Excel 97-2003\).*bewaar het als "Excel-werkmap \(\.xlsx\)"/);
    expect(error.messageEn).toMatch(/old Excel file \(\.xls, Excel 97-2003\)/);
  });

  it('the bytes decide the format: a workbook named .csv is read as a workbook, text named .xlsx is refused', async () => {
    const { register } = createTempRegister();
    const renamed = await importService(register).preview({ ...fixture('inventaris.xlsx'), fileName: 'kanalen.csv' });
    expect(renamed).toMatchObject({ format: 'xlsx', sheet: 'Kanalen', validRowCount: 6 });

    const text = await refused({ ...fixture('inventory-english.csv'), fileName: 'inventory.xlsx' });
    expect(text.reason).toBe('wrong_extension');
    expect(text.error.messageEn).toBe(
      "'inventory.xlsx' has the extension .xlsx, but its content is not an Excel workbook: the file is damaged or another kind of file with the wrong name.",
    );
  });

  it('other zips and binary files are named', async () => {
    const docx = await refused(bytesInput('brief.xlsx', buildZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }])));
    expect(docx.error.messageEn).toMatch(/Word document/);
    const ods = await refused(
      bytesInput(
        'lijst.ods',
        buildZip([
          { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
          { name: 'content.xml', data: Buffer.from('<x/>') },
        ]),
      ),
    );
    expect(ods.error.messageEn).toMatch(/OpenDocument/);
    const png = await refused(bytesInput('foto.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
    expect(png.reason).toBe('not_spreadsheet');
    const utf16 = await refused(
      bytesInput('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Naam\tURL\r\n', 'utf16le')])),
    );
    expect(utf16.reason).toBe('encoding');
    expect(utf16.error.messageNl).toMatch(/UTF-16/);
  });

  it('empty, header-only and blank files', async () => {
    expect((await refused(fixture('leeg.csv'))).error.messageNl).toBe("Het bestand 'leeg.csv' is leeg.");
    const headerOnly = await refused(fixture('alleen-kopregel.csv'));
    expect(headerOnly.reason).toBe('no_data');
    expect(headerOnly.error.messageEn).toBe('The file has a header row (row 1) but no rows of channels below it.');
    const blank = await refused(bytesInput('leeg.csv', ';;;\r\n\r\n  ;\r\n'));
    expect(blank.reason).toBe('no_header');
  });

  it('an unclosed quote in a CSV names the row it opened on', async () => {
    const { error, reason } = await refused(
      bytesInput('kapot.csv', 'Naam;URL\nA;https://a.be\n"B;https://b.be\nC;https://c.be\n'),
    );
    expect(reason).toBe('unterminated_quote');
    expect(error.messageNl).toMatch(/^Rij 3: een aanhalingsteken/);
  });

  it('stops at the row limit, for workbooks and CSV', async () => {
    const xlsx = await refused(fixture('inventaris.xlsx'), { maxRows: 5 });
    expect(xlsx.reason).toBe('too_many_rows');
    expect(xlsx.error.messageEn).toMatch(/more than 5 rows/);
    const csv = await refused(fixture('inventaris-utf8-bom.csv'), { maxRows: 5 });
    expect(csv.reason).toBe('too_many_rows');
  });

  it('stops a workbook read that takes longer than the time limit', async () => {
    const { error, reason } = await refused(fixture('inventaris.xlsx'), { readTimeoutMs: 1 });
    expect(reason).toBe('timeout');
    expect(error.messageEn).toMatch(/took longer than 0 seconds and was stopped/);
  });

  it('lists the first problems of a bad file and counts the rest in one entry', async () => {
    const { register } = createTempRegister();
    const rows = ['Naam;Platform', ...Array.from({ length: 30 }, (_, i) => `Kanaal ${i};Faceboek`)];
    const preview = await importService(register, { maxListedProblems: 10 }).preview(bytesInput('veel.csv', rows.join('\n')));
    expect(preview.problems).toHaveLength(11);
    expect(preview.problems[10]).toMatchObject({
      row: 12,
      column: null,
      message: 'Rij 12: en nog 20 andere problemen vanaf deze rij (niet getoond).',
    });
    expect(preview.validRowCount).toBe(0);
  });
});
