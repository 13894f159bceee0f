import type Database from 'better-sqlite3';
import type { CostLineList, CostLineRow, CostListQuery } from '../../../shared/domain/cost';
import { buildCostListSql, COST_LINE_VISIBLE, COST_LIST_FROM } from './costListSql';
import { COST_LINES_TABLE } from './costLinesTable';

const LINE_COLUMNS = Object.entries({
  id: 'id',
  ...COST_LINES_TABLE.columns,
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  deletedAt: 'deleted_at',
})
  .map(([field, column]) => `cl.${column} AS "${field}"`)
  .join(', ');

const ROW_COLUMNS = `${LINE_COLUMNS},
  ch.name AS channelName, ch.platform AS channelPlatform,
  o.id AS ownerOrganisationId, o.name AS ownerOrganisationName, cl.channel_id IS NULL AS shared`;

/**
 * The cost lines the grid pages through, with their channel and owner organisation names,
 * how many lines match and the sum of their amounts (one occurrence each) for the footer.
 */
export function listCostLines(db: Database.Database, query: CostListQuery): CostLineList {
  const sql = buildCostListSql(query);
  const totals = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(cl.amount_cents), 0) AS amountSumCents ${COST_LIST_FROM} ${sql.where}`)
    .get(sql.params) as { total: number; amountSumCents: number };
  const rows = db
    .prepare(
      `SELECT ${ROW_COLUMNS} ${COST_LIST_FROM} ${sql.where} ORDER BY ${sql.orderBy}
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...sql.params, limit: query.limit ?? 200, offset: query.offset ?? 0 }) as Array<Record<string, unknown>>;
  return { rows: rows.map(toRow), total: totals.total, amountSumCents: totals.amountSumCents };
}

/** SQLite's 0/1 back to booleans. */
function toRow(row: Record<string, unknown>): CostLineRow {
  return {
    ...row,
    vatIncluded: row.vatIncluded === null ? null : row.vatIncluded === 1,
    shared: row.shared === 1,
  } as unknown as CostLineRow;
}

/** Statements a paste runs once per line, prepared once per database. */
const statements = new WeakMap<Database.Database, { visible: Database.Statement; channelOrganisation: Database.Statement }>();

function prepared(db: Database.Database) {
  let found = statements.get(db);
  if (!found) {
    found = {
      visible: db.prepare(`SELECT 1 ${COST_LIST_FROM} WHERE cl.id = ? AND ${COST_LINE_VISIBLE}`),
      channelOrganisation: db.prepare(
        `SELECT c.organisation_id AS id, o.name AS name FROM channels c LEFT JOIN organisations o ON o.id = c.organisation_id
          WHERE c.id = ?`,
      ),
    };
    statements.set(db, found);
  }
  return found;
}

/** Whether the line is live and so is its owner (what the grid shows; see COST_LINE_VISIBLE). */
export function isCostLineVisible(db: Database.Database, id: string): boolean {
  return prepared(db).visible.get(id) !== undefined;
}

/** The organisation a channel belongs to (id and name), to tell a channel's cost from a shared one. */
export function channelOrganisation(db: Database.Database, channelId: string): { id: string | null; name: string | null } {
  const row = prepared(db).channelOrganisation.get(channelId) as { id: string | null; name: string | null } | undefined;
  return row ?? { id: null, name: null };
}
