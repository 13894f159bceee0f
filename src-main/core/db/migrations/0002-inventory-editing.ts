import type { Migration } from './migration';

/**
 * Inventory editing: what the channel grid needs to stay fast on 100,000 channels, the undo
 * history, and unique names for saved views.
 *
 * - Folded copies (lower case, accents removed) of the text the grid searches and sorts by: the
 *   name, and search_text (name, handle, URL and notes in one column, so a search word costs one
 *   comparison per row). SQLite cannot remove accents itself, so the app writes them with every
 *   change (EntityStore's derived columns); rows from before this migration are filled when the
 *   app opens the file (their name_folded is still NULL).
 * - url_key: the comparison key of the URL (twitter.com and x.com are one account), indexed, so
 *   "is this address already in the register?" is one lookup.
 * - latest_count/metric/date: the newest live follower count, kept by triggers on
 *   follower_snapshots, so listing and sorting by it needs no subquery per channel.
 * - history_batches: one row per change-log batch (an edit, an undo or a redo), per device; the
 *   undo and redo stacks are read from it, so they survive a restart.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'inventory_editing',
  sql: `
ALTER TABLE channels ADD COLUMN name_folded TEXT;
ALTER TABLE channels ADD COLUMN search_text TEXT;
ALTER TABLE channels ADD COLUMN url_key TEXT;
ALTER TABLE channels ADD COLUMN latest_count INTEGER;
ALTER TABLE channels ADD COLUMN latest_metric TEXT;
ALTER TABLE channels ADD COLUMN latest_date TEXT;
ALTER TABLE organisations ADD COLUMN name_folded TEXT;
ALTER TABLE people ADD COLUMN name_folded TEXT;

-- The unfiltered grid pages through live channels by name or by count straight from these
-- (covering: no table lookups, even at a deep offset); filtered queries scan and sort instead.
CREATE INDEX channels_live_by_name ON channels (name_folded, id) WHERE deleted_at IS NULL;
CREATE INDEX channels_live_by_count ON channels (latest_count, id) WHERE deleted_at IS NULL;
CREATE INDEX channels_live_by_organisation ON channels (organisation_id) WHERE deleted_at IS NULL;
CREATE INDEX channels_url_key ON channels (url_key);
-- Only the deleted rows: the "Verwijderd" list and the live count read it; the live rows are
-- nearly all rows, and an index over them would only lure the planner away from a plain scan.
CREATE INDEX channels_deleted ON channels (deleted_at) WHERE deleted_at IS NOT NULL;

-- The newest live count of a channel: latest date first; on one day, the metrics in name order.
UPDATE channels SET (latest_count, latest_metric, latest_date) = (
  SELECT s.count, s.metric, s.date FROM follower_snapshots s
   WHERE s.channel_id = channels.id AND s.deleted_at IS NULL
   ORDER BY s.date DESC, s.metric LIMIT 1);

CREATE TRIGGER follower_snapshots_latest_after_insert AFTER INSERT ON follower_snapshots
BEGIN
  UPDATE channels SET (latest_count, latest_metric, latest_date) = (
    SELECT s.count, s.metric, s.date FROM follower_snapshots s
     WHERE s.channel_id = channels.id AND s.deleted_at IS NULL
     ORDER BY s.date DESC, s.metric LIMIT 1)
   WHERE id = NEW.channel_id;
END;

CREATE TRIGGER follower_snapshots_latest_after_update
AFTER UPDATE OF channel_id, date, count, metric, deleted_at ON follower_snapshots
BEGIN
  UPDATE channels SET (latest_count, latest_metric, latest_date) = (
    SELECT s.count, s.metric, s.date FROM follower_snapshots s
     WHERE s.channel_id = channels.id AND s.deleted_at IS NULL
     ORDER BY s.date DESC, s.metric LIMIT 1)
   WHERE id IN (NEW.channel_id, OLD.channel_id);
END;

CREATE TRIGGER follower_snapshots_latest_after_delete AFTER DELETE ON follower_snapshots
BEGIN
  UPDATE channels SET (latest_count, latest_metric, latest_date) = (
    SELECT s.count, s.metric, s.date FROM follower_snapshots s
     WHERE s.channel_id = channels.id AND s.deleted_at IS NULL
     ORDER BY s.date DESC, s.metric LIMIT 1)
   WHERE id = OLD.channel_id;
END;

-- Two live views with one name would be indistinguishable in the view menu.
CREATE UNIQUE INDEX saved_views_live_name ON saved_views (name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- One row per change-log batch. An edit is one undo step (state: done, undone, or dropped once a
-- new edit cleared the redo stack); an undo or redo batch points at the step it belongs to and
-- at the batch whose values it put back. The change log itself stays append-only.
CREATE TABLE history_batches (
  seq            INTEGER PRIMARY KEY,
  batch_id       TEXT NOT NULL UNIQUE,
  device_id      TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo')),
  step_id        TEXT NOT NULL,
  reverses       TEXT,
  state          TEXT CHECK (state IS NULL OR state IN ('done', 'undone', 'dropped')),
  description    TEXT NOT NULL,
  description_en TEXT NOT NULL,
  skipped        INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
  at             TEXT NOT NULL,
  CHECK ((kind = 'edit') = (state IS NOT NULL)),
  CHECK ((kind = 'edit') = (reverses IS NULL)),
  CHECK (kind <> 'edit' OR step_id = batch_id)
);
CREATE INDEX history_batches_stack ON history_batches (device_id, state, seq);
CREATE INDEX history_batches_step ON history_batches (step_id, seq);
`,
};
