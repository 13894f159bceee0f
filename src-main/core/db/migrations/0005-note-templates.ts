import type { Migration } from './migration';

/**
 * The college note's texts, kept in the register as its template (exports.noteTemplate.*), so
 * every laptop that opens the file starts the Word export from the same texts.
 * - definition: the CollegeNote as a JSON object (checked here too: a hand edit cannot leave
 *   text the app would have to guess at).
 * - One live template per register: a unique index over a constant, limited to live rows.
 *   Saving changes that row; deleted rows stay for the history, like every other table.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'note-templates',
  sql: `
CREATE TABLE note_templates (
  id          TEXT PRIMARY KEY,
  definition  TEXT NOT NULL CHECK (json_valid(definition) AND json_type(definition) = 'object'),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);

CREATE UNIQUE INDEX note_templates_one_live ON note_templates ((1)) WHERE deleted_at IS NULL;
`,
};
