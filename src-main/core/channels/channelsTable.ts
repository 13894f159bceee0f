import { urlComparisonKey } from '../../../shared/domain/channelUrl';
import type Database from 'better-sqlite3';
import { EntityStore, type EntityDefinition } from '../db/entityStore';
import { foldOptional, foldText } from './foldText';

/** Separates the fields in search_text, so a search word never matches across two of them. */
export const SEARCH_SEPARATOR = '\u001f';

/**
 * Everything the global search looks in, folded, in one column: the channel's name, handle, URL
 * and notes, and the names of its organisation and responsible person (copied here so a search
 * is one comparison per row; renaming an organisation or a person refreshes its channels).
 */
function searchText(channel: Record<string, unknown>, db: Database.Database): string {
  const parts = [
    channel.name,
    channel.handle,
    channel.url,
    channel.notes,
    nameOf(db, 'organisations', channel.organisationId),
    nameOf(db, 'people', channel.responsiblePersonId),
  ];
  return foldText(parts.map((value) => (typeof value === 'string' ? value : '')).join(SEARCH_SEPARATOR));
}

const nameStatements = new WeakMap<Database.Database, Record<'organisations' | 'people', Database.Statement>>();

function nameOf(db: Database.Database, table: 'organisations' | 'people', id: unknown): string | null {
  if (typeof id !== 'string') return null;
  let statements = nameStatements.get(db);
  if (!statements) {
    statements = {
      organisations: db.prepare(`SELECT name FROM organisations WHERE id = ?`).pluck(),
      people: db.prepare(`SELECT name FROM people WHERE id = ?`).pluck(),
    };
    nameStatements.set(db, statements);
  }
  return (statements[table].get(id) as string | undefined) ?? null;
}

/** After an organisation or person is renamed: the search text of every channel that names them. */
export function refreshChannelSearchText(
  db: Database.Database,
  column: 'organisation_id' | 'responsible_person_id',
  id: string,
): void {
  EntityStore.forEntity(db, CHANNELS_TABLE.entity)?.refreshDerived(`${column} = ?`, id);
}

export const CHANNELS_TABLE: EntityDefinition = {
  entity: 'channel',
  table: 'channels',
  columns: {
    kind: 'kind',
    platform: 'platform',
    name: 'name',
    handle: 'handle',
    url: 'url',
    organisationId: 'organisation_id',
    responsiblePersonId: 'responsible_person_id',
    status: 'status',
    audience: 'audience',
    purpose: 'purpose',
    createdByWebmasters: 'created_by_webmasters',
    notes: 'notes',
    lastActivityOn: 'last_activity_on',
    hasPosted: 'has_posted',
    passwordsCentralised: 'passwords_centralised',
    eventEndedOn: 'event_ended_on',
    reviewedOn: 'reviewed_on',
  },
  booleans: ['createdByWebmasters', 'hasPosted', 'passwordsCentralised'],
  // What the grid searches, filters and sorts by, folded once here instead of per row per query.
  derived: {
    columns: {
      name_folded: (channel) => foldOptional(channel.name),
      search_text: (channel, db) => searchText(channel, db),
      url_key: (channel) => (typeof channel.url === 'string' ? urlComparisonKey(channel.url) : null),
    },
    presence: 'name_folded',
  },
};
