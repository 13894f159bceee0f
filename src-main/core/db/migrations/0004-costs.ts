import type { Migration } from './migration';

/**
 * Costs and budgets (the tables exist since 0001; nothing wrote them before this version).
 * - cost_lines.description: what the cost is, the name a row shows in the cost grid.
 * - One owner: a cost line belongs to a channel or, as a shared cost, to an organisation —
 *   never both, never neither (0001's CHECK only refused neither). Triggers, because SQLite
 *   cannot change a CHECK without rebuilding the table.
 * - A budget is for the register, one channel or one organisation (not both), optionally one
 *   category; one live budget per year and scope, so "budget against actual" is never ambiguous.
 * - Indexes for the overview, which reads live lines by date and owner.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'costs',
  sql: `
ALTER TABLE cost_lines ADD COLUMN description TEXT;

CREATE TRIGGER cost_lines_one_owner_insert BEFORE INSERT ON cost_lines
  WHEN (NEW.channel_id IS NULL) = (NEW.organisation_id IS NULL)
  BEGIN SELECT RAISE(ABORT, 'cost_lines: a cost line has exactly one owner (channel or organisation)'); END;
CREATE TRIGGER cost_lines_one_owner_update BEFORE UPDATE OF channel_id, organisation_id ON cost_lines
  WHEN (NEW.channel_id IS NULL) = (NEW.organisation_id IS NULL)
  BEGIN SELECT RAISE(ABORT, 'cost_lines: a cost line has exactly one owner (channel or organisation)'); END;
CREATE TRIGGER cost_lines_dates_insert BEFORE INSERT ON cost_lines
  WHEN NEW.end_date IS NOT NULL AND NEW.end_date < NEW.start_date
  BEGIN SELECT RAISE(ABORT, 'cost_lines: end_date before start_date'); END;
CREATE TRIGGER cost_lines_dates_update BEFORE UPDATE OF start_date, end_date ON cost_lines
  WHEN NEW.end_date IS NOT NULL AND NEW.end_date < NEW.start_date
  BEGIN SELECT RAISE(ABORT, 'cost_lines: end_date before start_date'); END;

CREATE INDEX cost_lines_live_start ON cost_lines (start_date) WHERE deleted_at IS NULL;

CREATE TRIGGER budgets_scope_insert BEFORE INSERT ON budgets
  WHEN (NEW.channel_id IS NOT NULL AND NEW.organisation_id IS NOT NULL)
    OR NEW.amount_cents < 0
    OR (NEW.category IS NOT NULL AND NEW.category NOT IN (
      'creation', 'technical_implementation', 'maintenance', 'hosting', 'domain_name',
      'licence_tool', 'advertising', 'prizes_actions', 'staff_time', 'other'))
  BEGIN SELECT RAISE(ABORT, 'budgets: one scope, a known category, no negative amount'); END;
CREATE TRIGGER budgets_scope_update BEFORE UPDATE ON budgets
  WHEN (NEW.channel_id IS NOT NULL AND NEW.organisation_id IS NOT NULL)
    OR NEW.amount_cents < 0
    OR (NEW.category IS NOT NULL AND NEW.category NOT IN (
      'creation', 'technical_implementation', 'maintenance', 'hosting', 'domain_name',
      'licence_tool', 'advertising', 'prizes_actions', 'staff_time', 'other'))
  BEGIN SELECT RAISE(ABORT, 'budgets: one scope, a known category, no negative amount'); END;

CREATE UNIQUE INDEX budgets_one_per_scope
  ON budgets (year, COALESCE(channel_id, ''), COALESCE(organisation_id, ''), COALESCE(category, ''))
  WHERE deleted_at IS NULL;
`,
};
