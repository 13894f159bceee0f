import type Database from 'better-sqlite3';
import type { IntegrityReport } from '../../../shared/domain/backups';
import { withReadOnlyConnection } from '../db/open';

/** SQLite's own lines are kept, but no more than this many (a badly damaged file has thousands). */
const MAX_PROBLEMS = 50;

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

/**
 * Checks a connection: 'quick' runs PRAGMA quick_check (what every open runs), 'full' runs
 * integrity_check (also compares every index with its table) and foreign_key_check. Reads only.
 */
export function checkIntegrity(
  db: Database.Database,
  kind: IntegrityReport['kind'],
  now: () => Date = () => new Date(),
): IntegrityReport {
  const started = performance.now();
  const problems: string[] = [];
  const pragma = kind === 'quick' ? 'quick_check' : 'integrity_check';
  const lines = db.pragma(`${pragma}(${MAX_PROBLEMS})`, { simple: false }) as Array<Record<string, unknown>>;
  for (const row of lines) {
    const line = String(Object.values(row)[0]);
    if (line !== 'ok') problems.push(line);
  }
  if (kind === 'full') {
    for (const violation of db.pragma('foreign_key_check') as ForeignKeyViolation[]) {
      if (problems.length >= MAX_PROBLEMS) break;
      problems.push(
        `foreign key: ${violation.table} rowid ${violation.rowid ?? '?'} verwijst naar een ontbrekende rij in / refers to a missing row in ${violation.parent}`,
      );
    }
  }
  return {
    kind,
    ok: problems.length === 0,
    checkedAt: now().toISOString(),
    problems: problems.slice(0, MAX_PROBLEMS),
    durationMs: Math.round(performance.now() - started),
  };
}

/** The same check on a file that is not open (the CLI's `check`, a backup before it is restored). Writes nothing. */
export function checkFileIntegrity(path: string, kind: IntegrityReport['kind'], nativeBinding?: string): IntegrityReport {
  return withReadOnlyConnection(path, nativeBinding, (db) => {
    try {
      return checkIntegrity(db, kind);
    } catch (error) {
      // Garbage where SQLite expects pages: the check itself cannot run, which is its answer.
      return {
        kind,
        ok: false,
        checkedAt: new Date().toISOString(),
        problems: [(error as Error).message],
        durationMs: 0,
      };
    }
  });
}
