import type Database from 'better-sqlite3';
import type { ChannelList, ChannelListQuery, ChannelRow, ChannelSortField } from '../../../shared/domain/channel';
import { CHANNELS_TABLE } from './channelsTable';

/** SQL expressions behind each sortable column; NOCASE so "bibliotheek" sorts with "Bibliotheek". */
const SORT_EXPRESSIONS: Record<ChannelSortField, string> = {
  name: 'c.name COLLATE NOCASE',
  platform: 'c.platform',
  organisationName: 'o.name COLLATE NOCASE',
  status: 'c.status',
  latestCount: 's.count',
  latestDate: 's.date',
  updatedAt: 'c.updated_at',
};

const CHANNEL_COLUMNS = Object.entries({
  id: 'id',
  ...CHANNELS_TABLE.columns,
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  deletedAt: 'deleted_at',
})
  .map(([field, column]) => `c.${column} AS "${field}"`)
  .join(', ');

/**
 * The channel list the grid pages through. Sorting, filtering and search happen here, in
 * SQLite, so the renderer only ever holds the rows it shows.
 */
export function listChannels(db: Database.Database, query: ChannelListQuery): ChannelList {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!query.includeDeleted) where.push('c.deleted_at IS NULL');
  if (query.platform) {
    where.push('c.platform = @platform');
    params.platform = query.platform;
  }
  if (query.status) {
    where.push('c.status = @status');
    params.status = query.status;
  }
  const search = query.search?.trim();
  if (search) {
    where.push(
      `fold(c.name || ' ' || coalesce(c.handle, '') || ' ' || coalesce(c.url, '') || ' ' || coalesce(o.name, '') || ' ' || coalesce(c.notes, '')) LIKE @search ESCAPE '\\'`,
    );
    params.search = `%${foldText(search).replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const sort = query.sort && query.sort.length > 0 ? query.sort : [{ field: 'name' as const, desc: false }];
  // Nulls last in both directions: an unknown count is not "the smallest count".
  const orderSql = [
    ...sort.map(({ field, desc }) => `(${SORT_EXPRESSIONS[field]}) IS NULL, ${SORT_EXPRESSIONS[field]} ${desc ? 'DESC' : 'ASC'}`),
    'c.id',
  ].join(', ');

  const from = `
    FROM channels c
    LEFT JOIN organisations o ON o.id = c.organisation_id
    LEFT JOIN people p ON p.id = c.responsible_person_id
    LEFT JOIN follower_snapshots s ON s.id = (
      SELECT s2.id FROM follower_snapshots s2
       WHERE s2.channel_id = c.id AND s2.deleted_at IS NULL
       ORDER BY s2.date DESC, s2.metric LIMIT 1)`;

  const rows = db
    .prepare(
      `SELECT ${CHANNEL_COLUMNS},
              o.name AS organisationName, o.kind AS organisationKind, p.name AS responsiblePersonName,
              s.count AS latestCount, s.metric AS latestMetric, s.date AS latestDate
       ${from} ${whereSql} ORDER BY ${orderSql} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit ?? 200, offset: query.offset ?? 0 }) as ChannelRow[];
  for (const row of rows) {
    const stored = row.createdByWebmasters as unknown;
    row.createdByWebmasters = stored === null ? null : stored === 1;
  }
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${whereSql}`).get(params) as { n: number }).n;
  return { rows, total };
}

/** Lower case without accents: "Mechelse" finds "mechelse", "Cultuur" finds "cultúúr". */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function registerFoldFunction(db: Database.Database): void {
  db.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldText(value) : value));
}
