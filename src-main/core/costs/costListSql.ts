import { COST_CATEGORIES, RECURRENCES, type CostListQuery, type CostSortField } from '../../../shared/domain/cost';
import { searchWords } from '../channels/channelListSql';

/**
 * Turns a cost list query into SQL over `cost_lines cl`, its channel `ch` and its owner
 * organisation `o` (the line's own organisation for a shared cost, else its channel's).
 * Cost lines are few next to channels (thousands, not hundreds of thousands), so one scan
 * with the joins is quick; the conditions stay SQL so paging, totals and sums happen in SQLite.
 */
export const COST_LIST_FROM = `FROM cost_lines cl
  LEFT JOIN channels ch ON ch.id = cl.channel_id
  LEFT JOIN organisations o ON o.id = COALESCE(cl.organisation_id, ch.organisation_id)`;

/**
 * A line is shown while it and its owner are live: deleting a channel or an organisation takes
 * its cost lines to the bin with it, and restoring the owner brings them back.
 * (For a shared line `o` is its own organisation, so `o.deleted_at` is the owner's.)
 */
export const COST_LINE_VISIBLE = `(cl.deleted_at IS NULL AND (cl.channel_id IS NULL OR ch.deleted_at IS NULL)
  AND (cl.organisation_id IS NULL OR o.deleted_at IS NULL))`;

/** What a folded search word is looked for in: the line's texts and the names of its channel and organisation. */
const SEARCH_TEXT = `fold(coalesce(cl.description, '') || char(31) || coalesce(cl.supplier, '') || char(31) ||
  coalesce(cl.reference, '') || char(31) || coalesce(cl.notes, '')) || char(31) ||
  coalesce(ch.name_folded, '') || char(31) || coalesce(o.name_folded, '')`;

/** The day after which a line has no occurrence and no spread day: see costOverview.ts. */
const LAST_DAY = `CASE WHEN cl.end_date IS NOT NULL THEN cl.end_date
  WHEN cl.recurrence = 'once' THEN cl.start_date ELSE '9999-12-31' END`;

const rank = (column: string, codes: readonly string[]) =>
  `CASE ${column} ${codes.map((code, i) => `WHEN '${code}' THEN ${i}`).join(' ')} END`;

/** Categories and recurrences sort in their listed order (as the pickers show them), not by code. */
const SORT_COLUMNS: Record<CostSortField, { expression: string; nullable: boolean }> = {
  description: { expression: 'fold(cl.description)', nullable: true },
  channelName: { expression: 'ch.name_folded', nullable: true },
  organisationName: { expression: 'o.name_folded', nullable: true },
  category: { expression: rank('cl.category', COST_CATEGORIES), nullable: false },
  amountCents: { expression: 'cl.amount_cents', nullable: false },
  startDate: { expression: 'cl.start_date', nullable: false },
  endDate: { expression: 'cl.end_date', nullable: true },
  recurrence: { expression: rank('cl.recurrence', RECURRENCES), nullable: false },
  supplier: { expression: 'fold(cl.supplier)', nullable: true },
  updatedAt: { expression: 'cl.updated_at', nullable: false },
};

export interface CostListSql {
  where: string;
  params: Record<string, unknown>;
  orderBy: string;
}

export function buildCostListSql(query: CostListQuery): CostListSql {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const deleted = query.deleted ?? 'exclude';
  if (deleted === 'exclude') conditions.push(COST_LINE_VISIBLE);
  if (deleted === 'only') conditions.push(`NOT ${COST_LINE_VISIBLE}`);

  if (query.channelId) {
    conditions.push('cl.channel_id = @channelId');
    params.channelId = query.channelId;
  }
  if (query.organisationId) {
    // Its own shared lines and the lines of its channels (not of its sub-organisations).
    conditions.push('(cl.organisation_id = @organisationId OR ch.organisation_id = @organisationId)');
    params.organisationId = query.organisationId;
  }
  if (query.categories && query.categories.length > 0) {
    conditions.push('cl.category IN (SELECT value FROM json_each(@categories))');
    params.categories = JSON.stringify(query.categories);
  }
  if (query.year !== undefined) {
    conditions.push(`cl.start_date <= @yearEnd AND ${LAST_DAY} >= @yearStart`);
    params.yearStart = `${query.year}-01-01`;
    params.yearEnd = `${query.year}-12-31`;
  }
  // Every word must occur somewhere: "hosting stad" finds the hosting line of "Stad Mechelen".
  searchWords(query.search).forEach((word, i) => {
    conditions.push(`instr(${SEARCH_TEXT}, @word${i}) > 0`);
    params[`word${i}`] = word;
  });

  // Chronological by default, like a ledger; the id keeps equal rows in one order across pages.
  const sort = query.sort && query.sort.length > 0 ? query.sort : [{ field: 'startDate' as const, desc: false }];
  const orderBy = [
    ...sort.map(({ field, desc }) => {
      const column = SORT_COLUMNS[field];
      return `${column.expression} ${desc ? 'DESC' : 'ASC'}${column.nullable ? ' NULLS LAST' : ''}`;
    }),
    'cl.created_at',
    'cl.id',
  ].join(', ');
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params, orderBy };
}
