import type { ImportField } from '../../../shared/domain/channelImport';
import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { DomainError } from '../errors';
import type { ImportLimits } from './importLimits';

/**
 * Problems say where they are the way a user finds the cell: "Blad 'Kanalen', rij 7, kolom C:
 * onbekend platform 'Faceboek'." The message carries the place, so every adapter can print it
 * as it is; sheet, row and column are also given apart for a table.
 */
export function importProblem(
  where: { sheet: string | null; row: number; column: string | null },
  field: ImportField | 'row',
  nl: string,
  en: string,
): ImportProblem {
  return placedProblem(where, field, nl, en);
}

/** The same, for imports whose fields are not channel fields (the snapshot imports: 'date', 'count'). */
export function placedProblem(
  where: { sheet: string | null; row: number; column: string | null },
  field: string,
  nl: string,
  en: string,
): ImportProblem {
  const placeNl = [
    where.sheet !== null ? `Blad '${where.sheet}'` : null,
    `rij ${where.row}`,
    where.column ? `kolom ${where.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const placeEn = [
    where.sheet !== null ? `Sheet '${where.sheet}'` : null,
    `row ${where.row}`,
    where.column ? `column ${where.column}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    sheet: where.sheet,
    row: where.row,
    column: where.column,
    field,
    message: `${capitalise(placeNl)}: ${sentence(nl)}`,
    messageEn: `${capitalise(placeEn)}: ${sentence(en)}`,
  };
}

/** A value as quoted in a message: trimmed and cut short. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}'`;
}

/** A message written as a sentence of its own ("Onbekend kanaal …"), for after a place and a colon. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first problems, and one closing entry that counts the rest, so a bad 200,000-row file stays readable. */
export function listProblems(problems: ImportProblem[], limits: ImportLimits): ImportProblem[] {
  if (problems.length <= limits.maxListedProblems) return problems;
  const shown = problems.slice(0, limits.maxListedProblems);
  const next = problems[limits.maxListedProblems]!;
  const rest = problems.length - limits.maxListedProblems;
  shown.push(
    importProblem(
      { sheet: next.sheet, row: next.row, column: null },
      'row',
      `en nog ${rest} andere problemen vanaf deze rij (niet getoond)`,
      `and ${rest} more problems from this row on (not shown)`,
    ),
  );
  return shown;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A commit refused as a whole: the file has problems and the caller did not ask to leave those rows out. */
export function refusedForProblems(problems: ImportProblem[], limits: ImportLimits): DomainError {
  const count = problems.length;
  return new DomainError(
    'INVALID_INPUT',
    `Niets geïmporteerd: het bestand heeft ${count === 1 ? '1 probleem' : `${count} problemen`}. Verbeter ${count === 1 ? 'het' : 'ze'}, of importeer zonder de rijen met problemen.`,
    `Nothing imported: the file has ${count === 1 ? '1 problem' : `${count} problems`}. Correct ${count === 1 ? 'it' : 'them'}, or import without the rows that have problems.`,
    { problems: listProblems(problems, limits), problemCount: count },
  );
}
