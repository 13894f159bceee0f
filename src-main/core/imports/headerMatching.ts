import { cellText, type SheetRow } from './sheetData';

/**
 * Which column is which: header names as spreadsheets write them, in Dutch and English,
 * compared without case, accents or punctuation. A header matches a name exactly, or contains
 * it as whole words ("Naam van het kanaal", "Bedrag (EUR)"); the longest name wins, and
 * preferred names beat the words next to them. Each import gives its own names
 * (channelImportColumns.ts, costImportColumns.ts); the matching is the same.
 */
export interface HeaderSpec<F extends string> {
  synonyms: Record<F, readonly string[]>;
  /** Headers that could mean several fields: the column's values decide. The first candidate is the default. */
  decidedByValues?: Record<string, F[]>;
  /** How a column's values are tried for the fields of decidedByValues (undefined: not that field). */
  valueParsers?: Partial<Record<F, (text: string) => unknown>>;
  /** Names that win over longer words in the same header ("E-mail verantwoordelijke" is the e-mail). */
  preferred?: readonly string[];
  /** The field a header starting with "@" names. */
  atSign?: F;
}

export interface HeaderMatcher<F extends string> {
  /** The field a header names and how sure that is (higher is surer), or null. */
  match(header: string): { field: F; score: number } | null;
  /**
   * The header row: the first of the first ten rows in which at least two cells name a field
   * (a title or a date above the table is skipped), else the first row.
   */
  findHeaderRow(rows: SheetRow[]): number;
  /** The suggested field for every column (null: ignored). A field goes to one column only: the surest match, then the leftmost. */
  suggest(headers: string[], columnValues: (column: number) => string[]): Array<F | null>;
}

export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();
}

const compact = (text: string) => text.replace(/ /g, '');

export function headerMatcher<F extends string>(spec: HeaderSpec<F>): HeaderMatcher<F> {
  const preferred = new Set((spec.preferred ?? []).map(normaliseHeader));
  const table = (Object.entries(spec.synonyms) as Array<[F, readonly string[]]>).flatMap(([field, names]) =>
    names.map((name) => ({ field, words: normaliseHeader(name) || name })),
  );

  const match = (header: string): { field: F; score: number } | null => {
    const words = normaliseHeader(header);
    if (words === '') return null;
    if (spec.atSign !== undefined && words.startsWith('@')) return { field: spec.atSign, score: 1000 };
    let best: { field: F; score: number } | null = null;
    for (const { field, words: name } of table) {
      let score = 0;
      if (compact(words) === compact(name)) score = 1000 + name.length;
      else if (` ${words} `.includes(` ${name} `)) score = name.length + (preferred.has(name) ? 100 : 0);
      if (score > 0 && (!best || score > best.score)) best = { field, score };
    }
    return best;
  };

  /** The fields the column's values parse as, most matches first; the default alone when none fit. */
  const decideByValues = (fields: F[], values: string[]): F[] => {
    const filled = values.filter((value) => value.trim() !== '');
    const counted = fields
      .map((field, order) => ({
        field,
        order,
        count: filled.filter((value) => spec.valueParsers?.[field]?.(value) !== undefined).length,
      }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count || a.order - b.order);
    return counted.length > 0 ? counted.map((entry) => entry.field) : [fields[0]!];
  };

  return {
    match,
    findHeaderRow(rows) {
      for (let index = 0; index < Math.min(rows.length, 10); index += 1) {
        const matched = rows[index]!.cells.filter((cell) => match(cellText(cell)) !== null).length;
        if (matched >= 2) return index;
      }
      return 0;
    },
    suggest(headers, columnValues) {
      const candidates: Array<{ column: number; field: F; score: number }> = [];
      headers.forEach((header, column) => {
        const ambiguous = spec.decidedByValues?.[compact(normaliseHeader(header))];
        if (ambiguous) {
          // Each field the values fit, best fit first, so a taken field leaves the next one.
          decideByValues(ambiguous, columnValues(column)).forEach((field, rank) =>
            candidates.push({ column, field, score: 500 - rank }),
          );
          return;
        }
        const found = match(header);
        if (found) candidates.push({ column, ...found });
      });
      candidates.sort((a, b) => b.score - a.score || a.column - b.column);
      const mapping: Array<F | null> = headers.map(() => null);
      const taken = new Set<F>();
      for (const candidate of candidates) {
        if (taken.has(candidate.field) || mapping[candidate.column] !== null) continue;
        mapping[candidate.column] = candidate.field;
        taken.add(candidate.field);
      }
      return mapping;
    },
  };
}
