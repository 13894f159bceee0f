import type Database from 'better-sqlite3';
import { CHANNEL_STATUSES, PLATFORMS, type ChannelGroup } from '../../../shared/domain/channel';
import type { ListSql } from './channelListSql';

/**
 * Every group of the whole filtered list with its count, in the order the rows come in.
 * Platform and status groups are counted in one pass over the rows (one count per code, no
 * sorting); organisation groups are counted per id and named afterwards, so the count itself
 * never joins.
 */
export function listGroups(db: Database.Database, sql: ListSql & { group: NonNullable<ListSql['group']> }): ChannelGroup[] {
  const { field, desc } = sql.group;
  if (field === 'organisation') {
    // GROUP BY +column: count in one scan and sort, rather than walk the index and look up every row.
    return db
      .prepare(
        `SELECT g.key AS key, o.name AS label, g.count AS count
           FROM (SELECT c.organisation_id AS key, count(*) AS count FROM channels c ${sql.where}
                  GROUP BY ${sql.filtered ? '+' : ''}c.organisation_id) g
           LEFT JOIN organisations o ON o.id = g.key
          ORDER BY o.name_folded ${desc ? 'DESC' : 'ASC'} NULLS LAST, g.key ${desc ? 'DESC' : 'ASC'} NULLS LAST`,
      )
      .all(sql.params) as ChannelGroup[];
  }
  const column = field === 'platform' ? 'c.platform' : 'c.status';
  const codes: Array<string | null> = field === 'platform' ? [...PLATFORMS].sort() : [...CHANNEL_STATUSES];
  if (desc) codes.reverse();
  if (field === 'status') codes.push(null);
  const counts = db
    .prepare(
      `SELECT ${codes
        .map((code, i) => `count(*) FILTER (WHERE ${column} ${code === null ? 'IS NULL' : `= '${code}'`}) AS g${i}`)
        .join(', ')} FROM channels c ${sql.scanWhere}`,
    )
    .get(sql.params) as Record<string, number>;
  return codes.map((key, i) => ({ key, label: null, count: counts[`g${i}`]! })).filter((group) => group.count > 0);
}
