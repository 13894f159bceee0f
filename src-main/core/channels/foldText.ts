import type Database from 'better-sqlite3';

/**
 * Lower case without accents: "Mechelse" finds "mechelse", "cultuur" finds "Cultúúr". The
 * register stores folded copies of the text it searches (SQLite cannot remove accents), so the
 * query side folds its search words the same way. Used for organisation and person names too.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Folds text that may be absent (an empty optional field stays null). */
export function foldOptional(value: unknown): string | null {
  return typeof value === 'string' ? foldText(value) : null;
}

/** fold() in SQL, for the rare exact checks on text that has no folded copy (see channelListSql). */
export function registerFoldFunction(db: Database.Database): void {
  db.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldText(value) : value));
}
