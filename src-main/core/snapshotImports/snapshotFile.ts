import { MAX_IMPORT_BYTES } from '../../../shared/domain/spreadsheetImport';
import { normaliseHeader } from '../imports/headerMatching';
import type { ImportLimits } from '../imports/importLimits';
import { readImportFile } from '../imports/readImportFile';
import type { SheetData } from '../imports/sheetData';
import { snapshotFileError } from './snapshotFileError';

export type SnapshotFileEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' | null;

export interface SnapshotSheet {
  sheet: SheetData;
  /** What the text was decoded from (CSV); null for a workbook. */
  encoding: SnapshotFileEncoding;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Sheet names of the LinkedIn followers export (English, Dutch): read that sheet, not the first. */
const FOLLOWER_SHEETS = new Set(['new followers', 'nieuwe volgers', 'followers', 'volgers']);

/**
 * The platform export's bytes as rows, through the channel import's readers (zip inspection,
 * xlsx, CSV with its encodings, separators, `sep=` line and limits). Meta writes its CSV in
 * UTF-16 (little-endian, with a byte order mark), which the channel import refuses with advice:
 * here it is decoded first and handed on as UTF-8. In a workbook the LinkedIn "New followers"
 * sheet is read, whatever its position.
 */
export async function readSnapshotFile(
  input: { fileName: string; contentBase64: string },
  limits: ImportLimits,
): Promise<SnapshotSheet> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const utf16 = bytes.length <= MAX_IMPORT_BYTES ? utf16Kind(bytes) : null;
  if (utf16 === null) {
    const sheet = await readImportFile({ ...input, sheet: chooseFollowerSheet }, limits);
    return { sheet, encoding: sheet.encoding };
  }
  const text = decodeUtf16(bytes, utf16, input.fileName);
  const utf8 = Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
  const sheet = await readImportFile({ fileName: input.fileName, contentBase64: utf8.toString('base64') }, limits);
  return { sheet, encoding: utf16.encoding };
}

function chooseFollowerSheet(sheets: string[]): string | undefined {
  return sheets.find((name) => FOLLOWER_SHEETS.has(normaliseHeader(name)));
}

interface Utf16Kind {
  encoding: 'utf-16le' | 'utf-16be';
  bom: boolean;
}

/**
 * UTF-16 by its byte order mark, or without one by its zero bytes: text of Latin letters and
 * digits in UTF-16 has a zero in every other byte, which no UTF-8 or Windows-1252 file has.
 */
function utf16Kind(bytes: Buffer): Utf16Kind | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (bytes.length < 4) return null;
  const { even, odd, units } = zeroBytes(bytes, 0);
  if (units >= 2 && odd / units > 0.6 && even === 0) return { encoding: 'utf-16le', bom: false };
  if (units >= 2 && even / units > 0.6 && odd === 0) return { encoding: 'utf-16be', bom: false };
  return null;
}

/** Zero bytes at even and odd positions among the first 4 KB from `start`, in 2-byte units. */
function zeroBytes(bytes: Buffer, start: number): { even: number; odd: number; units: number } {
  const end = Math.min(bytes.length, start + 4096);
  let even = 0;
  let odd = 0;
  let units = 0;
  for (let i = start; i + 1 < end; i += 2) {
    units += 1;
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  return { even, odd, units };
}

function decodeUtf16(bytes: Buffer, kind: Utf16Kind, fileName: string): string {
  const start = kind.bom ? 2 : 0;
  const { even, odd, units } = zeroBytes(bytes, start);
  // The exports' headers, dates and counts are ASCII: in real UTF-16 most high bytes are zero.
  const highZeros = kind.encoding === 'utf-16le' ? odd : even;
  const looksUtf16 = units === 0 || highZeros / units >= 0.3;
  let text: string | null = null;
  if (looksUtf16) {
    try {
      text = new TextDecoder(kind.encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = null;
    }
  }
  if (text === null) {
    throw snapshotFileError(
      'encoding',
      `'${fileName}' begint als een UTF-16-tekstbestand ("Unicode-tekst", zoals Meta Business Suite exporteert), maar de tekst erna is geen geldige UTF-16: het bestand is beschadigd, onvolledig of verkeerd omgezet. Exporteer het opnieuw, of bewaar het in Excel als "CSV UTF-8".`,
      `'${fileName}' starts as a UTF-16 text file ("Unicode text", as Meta Business Suite exports), but the text after that is not valid UTF-16: the file is damaged, incomplete or wrongly converted. Export it again, or save it in Excel as "CSV UTF-8".`,
      { encoding: kind.encoding },
    );
  }
  return text;
}
