import type { Result } from '../../../shared/api/result';
import type {
  ImportEncoding,
  ImportSeparator,
  MappingEntry,
  SpreadsheetImportInput,
  SpreadsheetImportPreview,
} from '../../../shared/domain/spreadsheetImport';

/** What the user chose about reading the file; unset sheet or mapping: what the core suggests. */
export interface ReadOptions<F extends string> {
  sheet?: string;
  encoding: ImportEncoding;
  separator: ImportSeparator;
  mapping?: Array<MappingEntry<F>>;
}

/** One kind of spreadsheet import as the dialog calls it: its two contract methods. */
export interface ImportMethods<F extends string, P extends SpreadsheetImportPreview<F>, R> {
  preview(request: SpreadsheetImportInput<F>): Promise<Result<P>>;
  commit(request: SpreadsheetImportInput<F> & { skipInvalidRows?: boolean }): Promise<Result<R>>;
}
