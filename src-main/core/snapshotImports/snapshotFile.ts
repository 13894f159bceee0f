import { MAX_IMPORT_BYTES } from '../../../shared/domain/spreadsheetImport';
import { normaliseHeader } from '../imports/headerMatching';
import type { ImportLimits } from '../imports/importLimits';
import { readImportFile } from '../imports/readImportFile';
import { utf16Kind, zeroBytes, type Utf16Kind } from '../imports/utf16';
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
