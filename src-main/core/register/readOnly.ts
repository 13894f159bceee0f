import { dirname } from 'node:path';
import type { LockHolder } from '../../../shared/domain/register';
import { formatLocalDateTime } from '../backups/localDateTime';
import { DomainError } from '../errors';
import { UNKNOWN_HOLDER_NAME } from './registerLock';

/** "An Peeters op laptop-3 sinds 25/11/2026 09:12", or for a lock file that cannot be parsed, someone unknown. */
export function describeHolder(holder: LockHolder): { nl: string; en: string } {
  if (holder.user === UNKNOWN_HOLDER_NAME && holder.host === UNKNOWN_HOLDER_NAME) {
    return {
      nl: 'iemand anders (wie is onbekend: het slotbestand ernaast is onleesbaar)',
      en: 'someone else (unknown who: the lock file beside it cannot be read)',
    };
  }
  const since = formatLocalDateTime(holder.openedAt);
  return { nl: `${holder.user} op ${holder.host} sinds ${since}`, en: `${holder.user} on ${holder.host} since ${since}` };
}

/** better-sqlite3 reports a write on a read-only connection (or with query_only) as SQLITE_READONLY*. */
export function isSqliteReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** The refusal of a write to a register this session may only read: who holds it, or why it cannot be written. */
export function readOnlyError(path: string | null, holder: LockHolder | null): DomainError {
  if (holder) {
    const who = describeHolder(holder);
    return new DomainError(
      'REGISTER_READ_ONLY',
      `Dit register is geopend door ${who.nl}; je kunt het alleen lezen. ` +
        'Deze wijziging is niet bewaard. Sluit het register daar, of werk verder in een kopie (Reservekopieën).',
      `This register is open by ${who.en}; you can only read it. ` +
        'This change was not saved. Close the register there, or continue in a copy (Backups).',
      { holder, path },
    );
  }
  const where = path === null ? '' : ` (${dirname(path)})`;
  return new DomainError(
    'REGISTER_READ_ONLY',
    `Dit register kan alleen gelezen worden: de map${where} laat niet toe om erin te schrijven. Deze wijziging is niet bewaard.`,
    `This register can only be read: its folder${where} does not allow writing. This change was not saved.`,
    { path },
  );
}
