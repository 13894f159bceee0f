import type Database from 'better-sqlite3';
import { DomainError } from '../errors';

/** What still belongs to an organisation: live channels, people and sub-organisations. */
export interface OrganisationUsage {
  channels: number;
  people: number;
  children: number;
}

export function organisationUsage(db: Database.Database, id: string): OrganisationUsage {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM channels WHERE organisation_id = @id AND deleted_at IS NULL) AS channels,
              (SELECT count(*) FROM people WHERE organisation_id = @id AND deleted_at IS NULL) AS people,
              (SELECT count(*) FROM organisations WHERE parent_id = @id AND deleted_at IS NULL) AS children`,
    )
    .get({ id }) as OrganisationUsage;
}

export function isOrganisationInUse(usage: OrganisationUsage): boolean {
  return usage.channels + usage.people + usage.children > 0;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Refusal that says how much still hangs under the organisation, so the user knows what to move. */
export function organisationInUseError(name: string, usage: OrganisationUsage): DomainError {
  const nl: string[] = [];
  const en: string[] = [];
  if (usage.channels > 0) {
    nl.push(count(usage.channels, 'kanaal', 'kanalen'));
    en.push(count(usage.channels, 'channel', 'channels'));
  }
  if (usage.people > 0) {
    nl.push(count(usage.people, 'persoon', 'personen'));
    en.push(count(usage.people, 'person', 'people'));
  }
  if (usage.children > 0) {
    nl.push(count(usage.children, 'onderliggende organisatie', 'onderliggende organisaties'));
    en.push(count(usage.children, 'sub-organisation', 'sub-organisations'));
  }
  return new DomainError(
    'CONFLICT',
    `Organisatie "${name}" kan niet verwijderd worden: ${joinList(nl, 'en')} ${nl.length === 1 && firstIsOne(usage) ? 'hoort' : 'horen'} er nog bij. Verplaats of verwijder die eerst.`,
    `Organisation "${name}" cannot be deleted: ${joinList(en, 'and')} still belong${en.length === 1 && firstIsOne(usage) ? 's' : ''} to it. Move or delete them first.`,
    { ...usage },
  );
}

function firstIsOne(usage: OrganisationUsage): boolean {
  return (usage.channels || usage.people || usage.children) === 1;
}

function joinList(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
