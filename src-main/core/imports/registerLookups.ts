import type { Register } from '../register/register';
import { channelKey } from './channelKey';

/**
 * What an import compares its rows with: live organisations and people by name (ignoring case,
 * accents and extra spaces), people also by e-mail, and live channels by address.
 */
export interface RegisterLookups {
  organisations: Map<string, { id: string; name: string }>;
  people: Map<string, { id: string; name: string }>;
  peopleByEmail: Map<string, { id: string; name: string }>;
  channelsByKey: Map<string, { id: string; name: string }>;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function loadRegisterLookups(register: Register): RegisterLookups {
  const organisations = new Map<string, { id: string; name: string }>();
  for (const organisation of register.organisations.list()) {
    const key = nameKey(organisation.name);
    if (!organisations.has(key)) organisations.set(key, { id: organisation.id, name: organisation.name });
  }
  const people = new Map<string, { id: string; name: string }>();
  const peopleByEmail = new Map<string, { id: string; name: string }>();
  for (const person of register.people.list()) {
    const key = nameKey(person.name);
    if (!people.has(key)) people.set(key, { id: person.id, name: person.name });
    if (person.email && !peopleByEmail.has(person.email.toLowerCase()))
      peopleByEmail.set(person.email.toLowerCase(), { id: person.id, name: person.name });
  }
  // Read-only: the address or account of live channels, straight from the table.
  const channelsByKey = new Map<string, { id: string; name: string }>();
  const rows = register.db
    .prepare(
      `SELECT id, name, platform, handle, url FROM channels WHERE deleted_at IS NULL AND (url IS NOT NULL OR handle IS NOT NULL)`,
    )
    .all() as Array<{ id: string; name: string; platform: string; handle: string | null; url: string | null }>;
  for (const row of rows) {
    const key = channelKey(row.platform, row.handle, row.url);
    if (key && !channelsByKey.has(key)) channelsByKey.set(key, { id: row.id, name: row.name });
  }
  return { organisations, people, peopleByEmail, channelsByKey };
}
