import {
  CHANNEL_STATUSES,
  type ChannelGroupField,
  type ChannelListQuery,
  type ChannelSortField,
} from '../../../shared/domain/channel';
import { foldText } from './foldText';

/**
 * Turns a list query into SQL over `channels c` (with `organisations o` and `people p` joined
 * only when the order reads them). What the WHERE clause reads is a column of the channel
 * itself (folded search text, the latest count), so counting never joins.
 *
 * Plans are chosen here, not left to luck: an unfiltered list walks the partial "live" indexes
 * (a page of 200 is a few index entries, even at a deep offset); a filtered one scans the table
 * once and keeps the best rows (ORDER BY terms get a unary + so SQLite does not walk an index
 * and look up every row, which is fast when most rows match and very slow when few do).
 */
export interface ListSql {
  /** For counting: unfiltered, the live count is read from a partial index. */
  where: string;
  /** The same conditions for a full scan (conditional counts per group). */
  scanWhere: string;
  /** For the page query, whose plan depends on the order too. */
  pageWhere: string;
  params: Record<string, unknown>;
  /** Anything narrows the rows besides "live only". */
  filtered: boolean;
  orderBy: string;
  joinsOrganisation: boolean;
  joinsPerson: boolean;
  group: { field: ChannelGroupField; desc: boolean } | null;
}

/** Statuses in their life-cycle order (active first, removed last), not alphabetically. */
export const STATUS_RANK = `CASE c.status ${CHANNEL_STATUSES.map((status, i) => `WHEN '${status}' THEN ${i}`).join(' ')} END`;

interface SortColumn {
  expression: string;
  nullable: boolean;
  join?: 'organisation' | 'person';
}

/** Names sort by their folded copy ("Één" with the e's); other text without regard to case. */
const SORT_COLUMNS: Record<ChannelSortField, SortColumn> = {
  name: { expression: 'c.name_folded', nullable: false },
  kind: { expression: 'c.kind', nullable: false },
  platform: { expression: 'c.platform', nullable: false },
  handle: { expression: 'c.handle COLLATE NOCASE', nullable: true },
  url: { expression: 'c.url COLLATE NOCASE', nullable: true },
  organisationName: { expression: 'o.name_folded', nullable: true, join: 'organisation' },
  responsiblePersonName: { expression: 'p.name_folded', nullable: true, join: 'person' },
  status: { expression: STATUS_RANK, nullable: true },
  audience: { expression: 'c.audience COLLATE NOCASE', nullable: true },
  latestCount: { expression: 'c.latest_count', nullable: true },
  latestDate: { expression: 'c.latest_date', nullable: true },
  createdAt: { expression: 'c.created_at', nullable: false },
  updatedAt: { expression: 'c.updated_at', nullable: false },
};

/** The sort field that orders each kind of group (and whose direction the groups follow). */
export const GROUP_SORT_FIELD: Record<ChannelGroupField, ChannelSortField> = {
  platform: 'platform',
  status: 'status',
  organisation: 'organisationName',
};

/** Nulls last in both directions: an unknown count is not "the smallest count". */
function orderTerm(column: SortColumn, desc: boolean, scan: boolean): string {
  return `${scan ? '+' : ''}${column.expression} ${desc ? 'DESC' : 'ASC'}${column.nullable ? ' NULLS LAST' : ''}`;
}

const LIVE = 'c.deleted_at IS NULL';

export function buildListSql(query: ChannelListQuery): ListSql {
  const deleted = query.deleted ?? 'exclude';
  const { conditions, params } = listConditions(query, deleted);
  const filtered = deleted !== 'exclude' || conditions.length > 1;
  const sort = query.sort && query.sort.length > 0 ? query.sort : [{ field: 'name' as const, desc: false }];
  const groupBy = query.groupBy;
  const group = groupBy ? { field: groupBy, desc: sort.find((s) => s.field === GROUP_SORT_FIELD[groupBy])?.desc ?? false } : null;
  // Only these orders are read from an index; any other page is a scan that keeps the best rows.
  const first = sort[0]!;
  const scan = filtered || group !== null || !(first.field === 'name' || (first.field === 'latestCount' && first.desc));
  const joins = sort.map(({ field }) => SORT_COLUMNS[field].join);

  // As written, "live" lets SQLite use the partial live indexes; "+" hides it from them, so a
  // scan is not turned into a walk over such an index with a table lookup for every row.
  const indexed = whereClause(conditions);
  const scanned = whereClause(conditions.map((condition) => (condition === LIVE ? `+${LIVE}` : condition)));
  return {
    where: filtered ? scanned : indexed,
    scanWhere: scanned,
    pageWhere: scan ? scanned : indexed,
    params,
    filtered,
    orderBy: [
      ...(group ? groupOrder(group.field, group.desc) : []),
      ...sort.map(({ field, desc }) => orderTerm(SORT_COLUMNS[field], desc, scan)),
      'c.id',
    ].join(', '),
    joinsOrganisation: joins.includes('organisation') || group?.field === 'organisation',
    joinsPerson: joins.includes('person'),
    group,
  };
}

function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The conditions of the deleted mode, the filters and the search, with their parameters. */
function listConditions(query: ChannelListQuery, deleted: 'exclude' | 'only' | 'include') {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (deleted === 'exclude') conditions.push(LIVE);
  if (deleted === 'only') conditions.push('c.deleted_at IS NOT NULL');

  const filters = query.filters ?? {};
  if (filters.kind) {
    conditions.push('c.kind = @kind');
    params.kind = filters.kind;
  }
  listFilter(conditions, params, 'c.platform', 'platforms', filters.platforms);
  listFilter(conditions, params, 'c.status', 'statuses', filters.statuses);
  listFilter(conditions, params, 'c.organisation_id', 'organisationIds', filters.organisationIds);
  listFilter(conditions, params, 'c.responsible_person_id', 'personIds', filters.responsiblePersonIds);
  if (filters.createdByWebmasters) {
    conditions.push(
      { yes: 'c.created_by_webmasters = 1', no: 'c.created_by_webmasters = 0', unknown: 'c.created_by_webmasters IS NULL' }[
        filters.createdByWebmasters
      ],
    );
  }
  containsFilters(conditions, params, filters);

  // Every word must occur somewhere: "bib mechelen" finds "Bibliotheek" of organisation "Stad Mechelen".
  searchWords(query.search).forEach((word, i) => {
    conditions.push(`instr(c.search_text, @word${i}) > 0`);
    params[`word${i}`] = word;
  });
  return { conditions, params };
}

/** Search text as words, folded like search_text; control characters never match. */
export function searchWords(search: string | undefined): string[] {
  return foldText(search ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/**
 * Rows come ordered by their group first, in the order the groups are listed: ascending unless
 * the sort names the group's field descending; "none" always last. Two organisations may share
 * a name: their id keeps each group in one piece.
 */
function groupOrder(field: ChannelGroupField, desc: boolean): string[] {
  const dir = desc ? 'DESC' : 'ASC';
  if (field === 'platform') return [`c.platform ${dir}`];
  if (field === 'status') return [`${STATUS_RANK} ${dir} NULLS LAST`];
  return [`o.name_folded ${dir} NULLS LAST`, `c.organisation_id ${dir} NULLS LAST`];
}

/**
 * Per-column "contains" filters, folded like the search. The name has its own folded column;
 * handle, URL and notes are first narrowed by search_text (which holds them) so the exact check
 * with fold() runs only on the few rows that can match; the audience is rarely filled.
 */
function containsFilters(
  where: string[],
  params: Record<string, unknown>,
  filters: NonNullable<ChannelListQuery['filters']>,
): void {
  const text = (value: string | undefined) => searchWords(value).join(' ');
  const name = text(filters.name);
  if (name) {
    where.push('instr(c.name_folded, @containsName) > 0');
    params.containsName = name;
  }
  for (const [field, column] of [
    ['handle', 'c.handle'],
    ['url', 'c.url'],
    ['notes', 'c.notes'],
  ] as const) {
    const value = text(filters[field]);
    if (!value) continue;
    const param = `@contains_${field}`;
    where.push(`instr(c.search_text, ${param}) > 0 AND instr(fold(${column}), ${param}) > 0`);
    params[`contains_${field}`] = value;
  }
  const audience = text(filters.audience);
  if (audience) {
    where.push('c.audience IS NOT NULL AND instr(fold(c.audience), @containsAudience) > 0');
    params.containsAudience = audience;
  }
}

/** "In one of these", where "none" selects the empty field. An empty list filters nothing. */
function listFilter(
  where: string[],
  params: Record<string, unknown>,
  column: string,
  name: string,
  values: readonly string[] | undefined,
): void {
  if (!values || values.length === 0) return;
  const codes = values.filter((value) => value !== 'none');
  const terms: string[] = [];
  if (codes.length > 0) {
    terms.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(codes);
  }
  if (codes.length < values.length) terms.push(`${column} IS NULL`);
  where.push(terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`);
}
