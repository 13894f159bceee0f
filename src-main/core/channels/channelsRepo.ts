import type Database from 'better-sqlite3';
import type { ChannelList, ChannelListQuery, ChannelRow, Platform } from '../../../shared/domain/channel';
import { listGroups } from './channelGroups';
import { buildListSql } from './channelListSql';
import { CHANNELS_TABLE } from './channelsTable';

const CHANNEL_COLUMNS = Object.entries({
  id: 'id',
  ...CHANNELS_TABLE.columns,
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  deletedAt: 'deleted_at',
})
  .map(([field, column]) => `c.${column} AS "${field}"`)
  .join(', ');

const ROW_COLUMNS = `${CHANNEL_COLUMNS},
  o.name AS organisationName, o.kind AS organisationKind, p.name AS responsiblePersonName,
  c.latest_count AS latestCount, c.latest_metric AS latestMetric, c.latest_date AS latestDate`;

const ROW_JOINS = `LEFT JOIN organisations o ON o.id = c.organisation_id LEFT JOIN people p ON p.id = c.responsible_person_id`;

/**
 * The channel list the grid pages through. Sorting, filtering and search happen here, in
 * SQLite, so the renderer only ever holds the rows it shows.
 *
 * The page is found in two steps: first the ids of the page (sorting only narrow rows, joining
 * only what the order reads), then the full rows of just those ids. A filtered list counts its
 * rows in the same scan that finds the page (a window count); an unfiltered one reads the live
 * count from an index; a grouped one adds up its groups.
 */
export function listChannels(db: Database.Database, query: ChannelListQuery): ChannelList {
  const sql = buildListSql(query);
  const pageJoins = [
    sql.joinsOrganisation ? 'LEFT JOIN organisations o ON o.id = c.organisation_id' : '',
    sql.joinsPerson ? 'LEFT JOIN people p ON p.id = c.responsible_person_id' : '',
  ].join(' ');
  const paging = { ...sql.params, limit: query.limit ?? 200, offset: query.offset ?? 0 };
  const countInPage = sql.filtered && !sql.group;
  const page = db
    .prepare(
      `SELECT c.id AS id${countInPage ? ', count(*) OVER () AS total' : ''} FROM channels c ${pageJoins} ${sql.pageWhere}
        ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`,
    )
    .all(paging) as Array<{ id: string; total?: number }>;
  const rows = rowsByIds(
    db,
    page.map((hit) => hit.id),
  );

  if (sql.group) {
    const groups = listGroups(db, { ...sql, group: sql.group });
    return { rows, total: groups.reduce((sum, group) => sum + group.count, 0), groups };
  }
  // A page past the end has no row to carry the window count: count separately then.
  const total = page[0]?.total ?? (db.prepare(`SELECT count(*) FROM channels c ${sql.where}`).pluck().get(sql.params) as number);
  return { rows, total };
}

/** Yes/no fields are stored as 0/1 (null: unknown). */
const BOOLEAN_FIELDS = ['createdByWebmasters', 'hasPosted', 'passwordsCentralised'] as const;

/** Full rows for the given ids, in the given order. */
function rowsByIds(db: Database.Database, ids: readonly string[]): ChannelRow[] {
  if (ids.length === 0) return [];
  const found = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM channels c ${ROW_JOINS} WHERE c.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ChannelRow[];
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    for (const field of BOOLEAN_FIELDS) {
      const stored = row[field] as unknown;
      row[field] = stored === null ? null : stored === 1;
    }
    return row;
  });
}

/** Live channels whose URL has this comparison key (the same account or page). */
export function channelsWithUrlKey(
  db: Database.Database,
  key: string,
  excludeId: string | undefined,
): Array<{ id: string; name: string; platform: Platform }> {
  return db
    .prepare(
      `SELECT id, name, platform FROM channels
        WHERE url_key = ? AND deleted_at IS NULL AND id IS NOT ?
        ORDER BY name_folded, id`,
    )
    .all(key, excludeId ?? null) as Array<{ id: string; name: string; platform: Platform }>;
}

/** Ids and names of the live organisations or people, to read names pasted into a cell. */
export function liveNames(db: Database.Database, table: 'organisations' | 'people'): Array<{ id: string; name: string }> {
  return db.prepare(`SELECT id, name FROM ${table} WHERE deleted_at IS NULL`).all() as Array<{ id: string; name: string }>;
}
