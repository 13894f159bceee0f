import type Database from 'better-sqlite3';
import type { ChannelListQuery } from '../../../shared/domain/channel';
import type { ChannelSelection } from '../../../shared/domain/growth';
import { listChannels } from '../channels/channelsRepo';
import { DomainError, notFound } from '../errors';
import { readViewDefinition } from '../views/viewDefinition';

/** More lines than this make a chart nobody can read, and the figures table a wall. */
export const MAX_SERIES = 50;

export interface SelectedChannel {
  id: string;
  name: string;
  platform: string;
  organisationName: string | null;
}

/**
 * The channels a growth view is about. Picked channels come first, in the order picked; then
 * the channels that match the filters or the saved view, through the very query the channel
 * grid runs (so "Facebook, organisation Stad Mechelen" means the same rows here as there), in
 * the view's sort order. A view and filters together: the view's query with the given filters
 * put over its own. Nothing chosen, an unknown channel or view, or more than MAX_SERIES
 * channels is refused with a message that says so.
 */
export function resolveSelection(db: Database.Database, selection: ChannelSelection): SelectedChannel[] {
  const picked = [...new Set(selection.channelIds ?? [])];
  const query = selectionQuery(db, selection);
  if (picked.length === 0 && !query) {
    throw new DomainError('INVALID_INPUT', 'Kies minstens één kanaal.', 'Choose at least one channel.');
  }

  const rows = pickedChannels(db, picked);
  if (query) {
    const matched = listChannels(db, { ...query, limit: MAX_SERIES + 1, offset: 0 });
    const seen = new Set(rows.map((row) => row.id));
    const added = matched.rows.filter((row) => !seen.has(row.id));
    const total = rows.length + added.length + (matched.total - matched.rows.length);
    if (total > MAX_SERIES) throw tooMany(total);
    rows.push(...added.map(({ id, name, platform, organisationName }) => ({ id, name, platform, organisationName })));
  }
  if (rows.length > MAX_SERIES) throw tooMany(rows.length);
  return rows;
}

function selectionQuery(db: Database.Database, selection: ChannelSelection): ChannelListQuery | null {
  if (!selection.viewId) return selection.filters ? { filters: selection.filters } : null;
  const stored = db
    .prepare(`SELECT definition FROM saved_views WHERE id = ? AND deleted_at IS NULL`)
    .pluck()
    .get(selection.viewId) as string | undefined;
  if (stored === undefined) throw notFound({ nl: 'Weergave', en: 'View' }, selection.viewId);
  const view = readViewDefinition(JSON.parse(stored));
  return { search: view.search, filters: { ...view.filters, ...selection.filters }, deleted: view.deleted, sort: view.sort };
}

/** Live channels by id, in the order given; an unknown or deleted one is refused. */
function pickedChannels(db: Database.Database, ids: readonly string[]): SelectedChannel[] {
  if (ids.length === 0) return [];
  const found = db
    .prepare(
      `SELECT c.id, c.name, c.platform, o.name AS organisationName
         FROM channels c LEFT JOIN organisations o ON o.id = c.organisation_id
        WHERE c.deleted_at IS NULL AND c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as SelectedChannel[];
  const byId = new Map(found.map((row) => [row.id, row]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing) throw notFound({ nl: 'Kanaal', en: 'Channel' }, missing);
  return ids.map((id) => byId.get(id)!);
}

function tooMany(count: number): DomainError {
  return new DomainError(
    'INVALID_INPUT',
    `De selectie telt ${count} kanalen; een grafiek toont er hoogstens ${MAX_SERIES}. Kies minder kanalen of verfijn de filters.`,
    `The selection holds ${count} channels; a chart shows at most ${MAX_SERIES}. Choose fewer channels or narrow the filters.`,
    { count, max: MAX_SERIES },
  );
}
