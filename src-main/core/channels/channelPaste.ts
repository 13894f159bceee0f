import type Database from 'better-sqlite3';
import type { Channel } from '../../../shared/domain/channel';
import type { CellProblem, PasteResult } from '../../../shared/domain/paste';
import type { ChangeLog } from '../changeLog/changeLog';
import type { EntityStore } from '../db/entityStore';
import { liveNames } from './channelsRepo';
import { NameIndex } from './nameIndex';
import { hasContent, readPastedRow, type Cells } from './pasteCells';

export interface PasteRow {
  id: string | null;
  cells: Cells;
}

/**
 * A block pasted from a spreadsheet. Every line is read first; a line with any problem is left
 * out whole and listed, and all the others are written in one batch (one undo step). A line
 * with an id updates that channel, a line without one (past the end of the grid) adds one.
 */
export function pasteChannels(
  db: Database.Database,
  log: ChangeLog,
  store: EntityStore<Channel>,
  rows: readonly PasteRow[],
): PasteResult {
  const context = {
    organisations: new NameIndex(liveNames(db, 'organisations')),
    people: new NameIndex(liveNames(db, 'people')),
  };
  const problems: CellProblem[] = [];
  const accepted: Array<{ id: string | null; values: Record<string, unknown> }> = [];
  rows.forEach((line, index) => {
    const row = index + 1;
    if (line.id === null && !hasContent(line.cells)) return; // a trailing blank line is no new channel
    if (line.id !== null && !store.get(line.id)) {
      problems.push({
        row,
        field: 'id',
        message: 'Dit kanaal bestaat niet (meer).',
        messageEn: 'This channel does not exist (any more).',
      });
      return;
    }
    const read = readPastedRow(row, line.cells, line.id === null, context);
    if (read.ok) accepted.push({ id: line.id, values: read.values });
    else problems.push(...read.problems);
  });

  if (accepted.length === 0) return { updated: 0, created: 0, createdIds: [], problems, batchId: null };
  return log.batch((batch) => {
    let updated = 0;
    const createdIds: string[] = [];
    for (const { id, values } of accepted) {
      if (id === null) {
        createdIds.push(store.insert(batch, values).id);
      } else {
        const current = store.get(id)!;
        if (store.update(batch, current, values) !== current) updated += 1;
      }
    }
    return { updated, created: createdIds.length, createdIds, problems, batchId: batch.size > 0 ? batch.id : null };
  });
}
