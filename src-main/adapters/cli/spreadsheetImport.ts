import { basename } from 'node:path';
import type {
  ImportEncoding,
  ImportSeparator,
  SpreadsheetFile,
  SpreadsheetImportPreview,
} from '../../../shared/domain/spreadsheetImport';
import { formatProblem, plural, readImportBytes, type Call, type CliIo } from './cliSupport';

/** The options every spreadsheet import takes on the command line. */
export interface ImportArgs {
  file: string;
  db: string;
  dryRun: boolean;
  skipInvalid: boolean;
  sheet?: string | undefined;
  encoding?: ImportEncoding | undefined;
  separator?: ImportSeparator | undefined;
}

/**
 * One kind of spreadsheet import: its contract calls (the file and reading choices only: the
 * command line keeps the suggested mapping), what its rows become, how its report and result read.
 */
export interface SpreadsheetImport<P, R extends { created: number }> {
  preview(input: SpreadsheetFile): Promise<P>;
  commit(input: SpreadsheetFile & { skipInvalidRows: boolean }): Promise<R>;
  /** The preview as printed: mapping, rows, problems, and what this import adds. */
  report(preview: P): string[];
  /** What an imported row becomes, one and many: ['kanaal', 'kanalen'] and ['channel', 'channels']. */
  nouns: { nl: [string, string]; en: [string, string] };
  /** The result in Dutch and English. */
  done(result: R): string;
}

/**
 * An import from the command line: the same preview and commit the app uses. The report is
 * printed first; the import happens only without problems, or with --skip-invalid, and never
 * with --dry-run. Exit code 0 when rows were imported (or would be), 1 otherwise.
 */
export async function runSpreadsheetImport<
  F extends string,
  P extends SpreadsheetImportPreview<F>,
  R extends { created: number },
>(args: ImportArgs, call: Call, io: CliIo, kind: SpreadsheetImport<P, R>): Promise<number> {
  await call('register.open', { path: args.db });
  const input: SpreadsheetFile = {
    fileName: basename(args.file),
    contentBase64: readImportBytes(args.file).toString('base64'),
    ...(args.sheet !== undefined && { sheet: args.sheet }),
    ...(args.encoding !== undefined && { encoding: args.encoding }),
    ...(args.separator !== undefined && { separator: args.separator }),
  };
  const preview = await kind.preview(input);
  for (const line of kind.report(preview)) io.out(line);

  const withProblems = preview.rowCount - preview.validRowCount;
  if (preview.problems.length > 0 && !args.skipInvalid) {
    io.err(
      `Niets geïmporteerd: ${plural(withProblems, 'rij', 'rijen')} met problemen${withProblems === 0 ? ' (de koppeling)' : ''}. Verbeter het bestand, of gebruik --skip-invalid om die rijen over te slaan.\n` +
        `Nothing imported: ${plural(withProblems, 'row', 'rows')} with problems${withProblems === 0 ? ' (the mapping)' : ''}. Correct the file, or use --skip-invalid to leave those rows out.`,
    );
    return 1;
  }
  if (preview.validRowCount === 0) {
    io.err('Niets geïmporteerd: geen enkele rij kan geïmporteerd worden.\nNothing imported: no row can be imported.');
    return 1;
  }
  if (args.dryRun) {
    const [oneNl, manyNl] = kind.nouns.nl;
    const [oneEn, manyEn] = kind.nouns.en;
    io.out(
      `Proefdraai: er is niets geschreven. Zonder --dry-run: ${plural(preview.validRowCount, oneNl, manyNl)} geïmporteerd${withProblems > 0 ? `, ${plural(withProblems, 'rij', 'rijen')} overgeslagen` : ''}.\n` +
        `Dry run: nothing was written. Without --dry-run: ${plural(preview.validRowCount, oneEn, manyEn)} imported${withProblems > 0 ? `, ${plural(withProblems, 'row', 'rows')} skipped` : ''}.`,
    );
    return 0;
  }
  const result = await kind.commit({ ...input, skipInvalidRows: args.skipInvalid });
  io.out(kind.done(result));
  return result.created > 0 ? 0 : 1;
}

/** File, mapping (with the field names given), row counts and problems, as both imports print them. */
export function formatImportPreview<F extends string>(
  preview: SpreadsheetImportPreview<F>,
  fieldNames: Record<F, string>,
): string[] {
  const source =
    preview.format === 'xlsx'
      ? `xlsx, blad / sheet '${preview.sheet}'${preview.sheets.length > 1 ? ` (van / of ${preview.sheets.map((s) => `'${s}'`).join(', ')})` : ''}`
      : `csv, ${preview.encoding}, scheidingsteken / separator ${preview.separator === 'tab' ? 'tab' : `'${preview.separator}'`}`;
  const lines = [`Bestand / file: ${preview.fileName} (${source})`, 'Koppeling / mapping:'];
  const width = Math.min(30, Math.max(...preview.headers.map((h) => h.header.length), 6));
  for (const { column, field, suggested } of preview.mapping) {
    const header = preview.headers[column]!;
    const target =
      field === null ? 'genegeerd / ignored' : `${fieldNames[field]}${suggested ? ' (voorgesteld / suggested)' : ''}`;
    lines.push(`  ${header.letter.padEnd(3)} ${(header.header || '(leeg / empty)').slice(0, 30).padEnd(width)} -> ${target}`);
  }
  const withProblems = preview.rowCount - preview.validRowCount;
  lines.push(
    `Rijen / rows: ${preview.rowCount}; zonder problemen / without problems: ${preview.validRowCount}; met problemen / with problems: ${withProblems}`,
  );
  if (preview.problems.length > 0) {
    lines.push('Problemen / problems:');
    for (const problem of preview.problems) lines.push(...formatProblem(problem));
  }
  return lines;
}
