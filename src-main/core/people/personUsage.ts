import type Database from 'better-sqlite3';
import { DomainError } from '../errors';

/** How many live channels name the person as responsible. */
export function personChannelCount(db: Database.Database, id: string): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM channels WHERE responsible_person_id = ? AND deleted_at IS NULL`).get(id) as {
      n: number;
    }
  ).n;
}

/** Refusal that says how many channels still name the person, and what to do instead. */
export function personInUseError(name: string, channels: number): DomainError {
  const nl = channels === 1 ? '1 kanaal' : `${channels} kanalen`;
  const en = channels === 1 ? '1 channel' : `${channels} channels`;
  return new DomainError(
    'CONFLICT',
    `${name} kan niet verwijderd worden: nog verantwoordelijk voor ${nl}. Duid eerst iemand anders aan, of zet de persoon op niet actief.`,
    `${name} cannot be deleted: still responsible for ${en}. Assign someone else first, or mark the person as inactive.`,
    { channels },
  );
}
