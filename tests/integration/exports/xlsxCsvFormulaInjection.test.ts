import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, type ExportOptions } from '../../../shared/domain/exportOptions';
import { writeExport } from '../../../src-main/core/exports/writeExport';
import { IMPORT_LIMITS } from '../../../src-main/core/imports/importLimits';
import { readZipDirectory } from '../../../src-main/core/imports/zipInspection';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { cellText, FORMULA_TEXTS, injectionRegister, readWorkbook, sheetRows } from './exportTestRegisters';

useTempDirs();

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const PERIOD = { from: '2024-01-01', to: '2024-12-31' };

async function exportTo(path: string, options: ExportOptions, file: string) {
  const target = join(tempDir(), file);
  const result = await writeExport({ dbPath: path, options, target });
  return { result, target };
}

/** Every part of a zip (the .xlsx), inflated. */
function zipParts(file: string): Map<string, string> {
  const bytes = readFileSync(file);
  const parts = new Map<string, string>();
  for (const entry of readZipDirectory(bytes, { ...IMPORT_LIMITS })) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    parts.set(entry.name.replace(/^\//, ''), (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8'));
  }
  return parts;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#')
      return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity]!;
  });
}

/** Every text cell of a worksheet's XML (inline, formula-result or shared-string cells), decoded. */
function xmlTextCells(xml: string, sharedStrings: string[]): string[] {
  const texts: string[] = [];
  for (const [, attributes, body] of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const type = /\bt="(\w+)"/.exec(attributes!)?.[1];
    if (type === 'str') texts.push(decodeXml(/<v>([\s\S]*?)<\/v>/.exec(body ?? '')?.[1] ?? ''));
    if (type === 'inlineStr')
      texts.push(decodeXml([...(body ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join('')));
    if (type === 's') texts.push(sharedStrings[Number(/<v>(\d+)<\/v>/.exec(body ?? '')![1])]!);
  }
  return texts;
}

/** A CSV file (";", quotes doubled, CRLF) as rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return rows;
}

const isNumber = (field: string) => /^-?\d+(,\d+)?$/.test(field);

describe('formula injection: a text that starts with =, +, -, @, tab or CR is written as text', () => {
  it('in every cell of every sheet of the workbook, both Groei layouts', async () => {
    const { path } = injectionRegister();
    for (const growthLayout of ['wide', 'long'] as const) {
      const { result, target } = await exportTo(
        path,
        { format: 'xlsx', ...PERIOD, xlsx: { growthLayout } },
        `${growthLayout}.xlsx`,
      );
      const parts = zipParts(target);
      const sheets = [...parts.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
      expect(sheets.length).toBeGreaterThanOrEqual(4);
      const sharedStrings = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        decodeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
      );
      let texts = 0;
      for (const name of sheets) {
        const xml = parts.get(name)!;
        expect(xml, `${name} holds no formula`).not.toMatch(/<f[\s>]/);
        for (const text of xmlTextCells(xml, sharedStrings)) {
          texts += 1;
          expect(TRIGGERS.includes(text[0] ?? ''), `${name}: ${JSON.stringify(text)}`).toBe(false);
        }
      }
      expect(texts).toBeGreaterThan(100);
      // Hyperlinks only ever point at the web addresses of the channels.
      for (const [name, rels] of parts) {
        if (!name.includes('worksheets/_rels/')) continue;
        for (const [, target] of rels.matchAll(/Target="([^"]*)"/g))
          expect(target).toMatch(/^https:\/\/www\.facebook\.com\/kanaal\d$/);
      }
      expect(result.neutralisedCells).toBeGreaterThan(0);

      // Read back as a user sees it: the name as text with the apostrophe, on Overzicht, the platform sheet and Groei.
      const workbook = await readWorkbook(target);
      for (const sheetName of ['Overzicht', 'Facebook', 'Groei']) {
        const values = sheetRows(workbook.getWorksheet(sheetName)!).flat().map(cellText);
        expect(values, sheetName).toContain(`'=HYPERLINK("http://x","y")`);
        expect(values, sheetName).toContain(`'+32 15 29 76 54`);
      }
      const costs = sheetRows(workbook.getWorksheet('Kosten')!).flat().map(cellText);
      expect(costs).toContain("'=1+1");
      expect(costs).toContain("'@gedeeld");
      expect(costs).toContain("'=Organisatie()");
    }
  });

  it('in every field of every CSV table', async () => {
    const { path } = injectionRegister();
    for (const table of CSV_TABLES) {
      const { result, target } = await exportTo(path, { format: 'csv', ...PERIOD, csv: { table } }, `${table}.csv`);
      const text = readFileSync(target, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows.length, table).toBeGreaterThan(1);
      for (const field of rows.flat()) {
        if (field === '' || isNumber(field)) continue;
        expect(TRIGGERS.includes(field[0]!), `${table}: ${JSON.stringify(field)}`).toBe(false);
      }
      expect(result.neutralisedCells, table).toBeGreaterThan(0);
    }
    const channels = parseCsv(
      readFileSync((await exportTo(path, { format: 'csv', ...PERIOD }, 'c.csv')).target, 'utf8').slice(1),
    );
    expect(channels[0]![3]).toBe('Naam');
    expect(
      channels
        .slice(1)
        .map((row) => row[3])
        .sort(),
    ).toEqual(FORMULA_TEXTS.map((name) => `'${name}`).sort());
  });
});
