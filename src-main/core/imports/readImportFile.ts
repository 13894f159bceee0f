import { MAX_IMPORT_BYTES } from '../../../shared/domain/spreadsheetImport';
import { readCsv, type CsvOptions } from './csvReader';
import type { ImportLimits } from './importLimits';
import { fileTooLarge, importFileError } from './importFileError';
import type { SheetData } from './sheetData';
import { utf16Kind } from './utf16';
import { readXlsx, type SheetChoice } from './xlsxReader';

export interface ImportFileInput extends CsvOptions {
  fileName: string;
  contentBase64: string;
  sheet?: SheetChoice | undefined;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|numbers)$/i;

/**
 * Turns the uploaded bytes into rows. The format comes from the bytes (a zip is a workbook,
 * anything else must be text); the file name only sharpens the message when they disagree.
 */
export async function readImportFile(input: ImportFileInput, limits: ImportLimits): Promise<SheetData> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) {
    throw importFileError('empty', `Het bestand '${input.fileName}' is leeg.`, `The file '${input.fileName}' is empty.`);
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw fileTooLarge(input.fileName, bytes.length);
  }
  const head = bytes.subarray(0, 4);
  if (head.equals(ZIP_MAGIC) || head.equals(EMPTY_ZIP_MAGIC)) return readXlsx(bytes, { sheet: input.sheet }, limits);
  if (head.equals(OLE_MAGIC)) {
    throw importFileError(
      'xls',
      `'${input.fileName}' is een oud Excel-bestand (.xls, Excel 97-2003) of een met wachtwoord beveiligde werkmap. Open het in Excel, haal een eventueel wachtwoord weg en bewaar het als "Excel-werkmap (.xlsx)" of als CSV.`,
      `'${input.fileName}' is an old Excel file (.xls, Excel 97-2003) or a password-protected workbook. Open it in Excel, remove any password and save it as "Excel Workbook (.xlsx)" or as CSV.`,
    );
  }
  if (WORKBOOK_EXTENSIONS.test(input.fileName)) {
    const extension = /\.[^.]+$/.exec(input.fileName)![0];
    throw importFileError(
      'wrong_extension',
      `'${input.fileName}' heeft de extensie ${extension}, maar de inhoud is geen Excel-werkmap: het bestand is beschadigd of een ander soort bestand met een verkeerde naam.`,
      `'${input.fileName}' has the extension ${extension}, but its content is not an Excel workbook: the file is damaged or another kind of file with the wrong name.`,
    );
  }
  if (looksBinary(bytes)) {
    throw importFileError(
      'not_spreadsheet',
      `'${input.fileName}' is geen Excel-werkmap (.xlsx) en geen CSV-bestand.`,
      `'${input.fileName}' is neither an Excel workbook (.xlsx) nor a CSV file.`,
    );
  }
  return readCsv(bytes, input, limits);
}

/** Text files have no NUL bytes; UTF-16 (which has them, with or without a BOM) is left to the CSV reader, which names it. */
function looksBinary(bytes: Buffer): boolean {
  return utf16Kind(bytes) === null && bytes.subarray(0, 8192).includes(0);
}
