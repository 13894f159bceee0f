import type { Migration } from './migration';

/**
 * The review ("Nazicht"). Findings are computed from the data every time; what is stored is
 * what the rules read that the 2014 list never said, and what the user decided.
 * - channels: the last known activity, whether it ever posted, whether its passwords are kept
 *   centrally, when its event or project ended, when it was last reviewed. Null is "unknown",
 *   which no rule treats as a finding.
 * - review_decisions: accepted (a recommendation, with an owner and due date), dismissed (with
 *   the reason, until the data under the finding change: the fingerprint), or done. One live
 *   decision per rule and subject; reopening deletes it (soft, like every row).
 * - review_settings: the thresholds as a JSON object, one live row per register (as 0005's
 *   note_templates).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'review',
  sql: `
ALTER TABLE channels ADD COLUMN last_activity_on TEXT CHECK (last_activity_on IS NULL OR date(last_activity_on) IS last_activity_on);
ALTER TABLE channels ADD COLUMN has_posted INTEGER CHECK (has_posted IS NULL OR has_posted IN (0, 1));
ALTER TABLE channels ADD COLUMN passwords_centralised INTEGER CHECK (passwords_centralised IS NULL OR passwords_centralised IN (0, 1));
ALTER TABLE channels ADD COLUMN event_ended_on TEXT CHECK (event_ended_on IS NULL OR date(event_ended_on) IS event_ended_on);
ALTER TABLE channels ADD COLUMN reviewed_on TEXT CHECK (reviewed_on IS NULL OR date(reviewed_on) IS reviewed_on);

CREATE TABLE review_decisions (
  id               TEXT PRIMARY KEY,
  rule             TEXT NOT NULL CHECK (length(rule) > 0),
  subject_key      TEXT NOT NULL CHECK (length(subject_key) > 0),
  state            TEXT NOT NULL CHECK (state IN ('accepted', 'dismissed', 'done')),
  fingerprint      TEXT NOT NULL,
  reason           TEXT,
  owner_person_id  TEXT REFERENCES people (id),
  due_date         TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
  recommendation   TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT,
  CHECK (state <> 'dismissed' OR length(trim(coalesce(reason, ''))) > 0)
);
CREATE UNIQUE INDEX review_decisions_one_live ON review_decisions (rule, subject_key) WHERE deleted_at IS NULL;
CREATE INDEX review_decisions_owner ON review_decisions (owner_person_id);

CREATE TABLE review_settings (
  id          TEXT PRIMARY KEY,
  definition  TEXT NOT NULL CHECK (json_valid(definition) AND json_type(definition) = 'object'),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE UNIQUE INDEX review_settings_one_live ON review_settings ((1)) WHERE deleted_at IS NULL;
`,
};
