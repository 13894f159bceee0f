import type { Migration } from './migration';

/**
 * The first schema. Every row id is a UUID (rows are created offline on several laptops and
 * merged later), money is integer cents, dates are ISO strings, and every table has
 * created/updated timestamps and a soft-delete column so deletions can be undone and synced.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE register_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organisations (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('stadsdienst', 'agb', 'eva', 'partnerproject', 'other')),
  parent_id  TEXT REFERENCES organisations (id),
  notes      TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX organisations_parent ON organisations (parent_id);

CREATE TABLE people (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  email           TEXT,
  phone           TEXT,
  organisation_id TEXT REFERENCES organisations (id),
  role            TEXT,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
);

CREATE TABLE channels (
  id                     TEXT PRIMARY KEY,
  kind                   TEXT NOT NULL CHECK (kind IN ('website', 'social')),
  platform               TEXT NOT NULL,
  name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
  handle                 TEXT,
  url                    TEXT,
  organisation_id        TEXT REFERENCES organisations (id),
  responsible_person_id  TEXT REFERENCES people (id),
  status                 TEXT CHECK (status IS NULL OR status IN ('active', 'passive', 'dormant', 'to_remove', 'removed')),
  audience               TEXT,
  purpose                TEXT,
  created_by_webmasters  INTEGER CHECK (created_by_webmasters IS NULL OR created_by_webmasters IN (0, 1)),
  notes                  TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  deleted_at             TEXT
);
CREATE INDEX channels_organisation ON channels (organisation_id);
CREATE INDEX channels_person ON channels (responsible_person_id);
CREATE INDEX channels_name ON channels (name COLLATE NOCASE);

CREATE TABLE follower_snapshots (
  id         TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL REFERENCES channels (id),
  date       TEXT NOT NULL,
  count      INTEGER NOT NULL CHECK (count >= 0),
  metric     TEXT NOT NULL CHECK (metric IN ('likes', 'followers', 'subscribers', 'members')),
  source     TEXT,
  notes      TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
-- One live count per channel, metric and day: a second one is a choice (keep or replace), never a silent duplicate.
CREATE UNIQUE INDEX follower_snapshots_unique_day
  ON follower_snapshots (channel_id, metric, date) WHERE deleted_at IS NULL;
CREATE INDEX follower_snapshots_latest ON follower_snapshots (channel_id, date DESC);

CREATE TABLE campaigns (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  start_date  TEXT,
  end_date    TEXT,
  description TEXT,
  colour      TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

CREATE TABLE campaign_channels (
  id          TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  channel_id  TEXT NOT NULL REFERENCES channels (id),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE UNIQUE INDEX campaign_channels_unique ON campaign_channels (campaign_id, channel_id) WHERE deleted_at IS NULL;

CREATE TABLE cost_lines (
  id              TEXT PRIMARY KEY,
  channel_id      TEXT REFERENCES channels (id),
  organisation_id TEXT REFERENCES organisations (id),
  category        TEXT NOT NULL CHECK (category IN (
                    'creation', 'technical_implementation', 'maintenance', 'hosting', 'domain_name',
                    'licence_tool', 'advertising', 'prizes_actions', 'staff_time', 'other')),
  amount_cents    INTEGER NOT NULL,
  vat_included    INTEGER CHECK (vat_included IS NULL OR vat_included IN (0, 1)),
  start_date      TEXT NOT NULL,
  end_date        TEXT,
  recurrence      TEXT NOT NULL DEFAULT 'once' CHECK (recurrence IN ('once', 'monthly', 'quarterly', 'yearly')),
  supplier        TEXT,
  reference       TEXT,
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT,
  CHECK (channel_id IS NOT NULL OR organisation_id IS NOT NULL)
);
CREATE INDEX cost_lines_channel ON cost_lines (channel_id);
CREATE INDEX cost_lines_organisation ON cost_lines (organisation_id);

CREATE TABLE budgets (
  id              TEXT PRIMARY KEY,
  year            INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  channel_id      TEXT REFERENCES channels (id),
  organisation_id TEXT REFERENCES organisations (id),
  category        TEXT,
  amount_cents    INTEGER NOT NULL,
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT
);

CREATE TABLE saved_views (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  definition  TEXT NOT NULL CHECK (json_valid(definition)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

-- One row per changed field. batch_id groups the rows of one user action (one undo step);
-- hlc orders changes across laptops; device_id says which laptop made them.
CREATE TABLE change_log (
  id         TEXT PRIMARY KEY,
  hlc        TEXT NOT NULL,
  at         TEXT NOT NULL,
  actor      TEXT,
  device_id  TEXT NOT NULL,
  batch_id   TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  field      TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id, hlc);
CREATE INDEX change_log_hlc ON change_log (hlc);
CREATE INDEX change_log_batch ON change_log (batch_id);
`,
};
