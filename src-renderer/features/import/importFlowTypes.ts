import type { Result } from '../../../shared/api/result';
import type { ImportProblem } from '../../../shared/domain/channelImport';

export type Encoding = 'auto' | 'utf-8' | 'windows-1252';
export type Separator = 'auto' | ',' | ';' | 'tab';

export interface MappingEntry<F extends string> {
  column: number;
  field: F | null;
}

/** What the user chose about reading the file; unset sheet or mapping: what the core suggests. */
export interface ReadOptions<F extends string> {
  sheet?: string;
  encoding: Encoding;
  separator: Separator;
  mapping?: Array<MappingEntry<F>>;
}

/** What the channel and the cost import previews share (shared/domain/channelImport.ts, costImport.ts). */
export interface ImportPreviewBase<F extends string> {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  encoding: 'utf-8' | 'windows-1252' | null;
  separator: ',' | ';' | 'tab' | null;
  headers: Array<{ column: number; letter: string; header: string }>;
  mapping: Array<{ column: number; field: F | null; suggested: boolean }>;
  rowCount: number;
  sampleRows: Array<{ row: number; values: string[] }>;
  problems: ImportProblem[];
  validRowCount: number;
}

/** The request both imports take: the file as base64 and the reading choices. */
export interface ImportRequest<F extends string> {
  fileName: string;
  contentBase64: string;
  sheet?: string;
  encoding?: Encoding;
  separator?: Separator;
  mapping?: Array<MappingEntry<F>>;
}

/** One kind of spreadsheet import as the dialog calls it: its two contract methods. */
export interface ImportMethods<F extends string, P extends ImportPreviewBase<F>, R> {
  preview(request: ImportRequest<F>): Promise<Result<P>>;
  commit(request: ImportRequest<F> & { skipInvalidRows?: boolean }): Promise<Result<R>>;
}
