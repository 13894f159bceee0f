import type Database from 'better-sqlite3';
import type { CellProblem } from '../../../shared/domain/paste';
import type { FollowerSnapshot, SnapshotMetric } from '../../../shared/domain/snapshot';
import type { DuplicateChoice, SaveCountsResult } from '../../../shared/domain/snapshotEntry';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import type { EntityStore } from '../db/entityStore';
import { implausibleDrop } from './implausibleDrop';

/** One count to save, with the line it came from (1-based) for problems. */
export interface CountEntry {
  row: number;
  channelId: string;
  date: string;
  metric: SnapshotMetric;
  count: number;
}

export interface SaveOptions {
  onDuplicate: DuplicateChoice;
  source: string | null;
  /** The caller's batch (an import inside a larger step); otherwise one batch of its own. */
  batch?: ChangeBatch;
  /** Problems the caller found already (unreadable lines); returned with the others. */
  problems?: CellProblem[];
}

interface Existing {
  id: string;
  count: number;
}

const CHUNK = 500;

/**
 * Saves dated counts for the sheet, a paste and the file imports alike. Bad lines (unknown
 * channel, twice in the input) are problems and the rest is saved. A count that already exists
 * for that channel, metric and day is a duplicate: with 'ask' nothing at all is written and the
 * duplicates come back for the user to choose; 'keep' leaves them, 'replace' overwrites them
 * (a logged update). Re-entering the very same count is no conflict: it is counted as kept.
 */
export function saveCountEntries(
  db: Database.Database,
  store: EntityStore<FollowerSnapshot>,
  log: ChangeLog,
  entries: readonly CountEntry[],
  options: SaveOptions,
): SaveCountsResult {
  const problems: CellProblem[] = [...(options.problems ?? [])];
  const live = liveChannelIds(db, entries);
  const seen = new Set<string>();
  const valid: CountEntry[] = [];
  for (const entry of entries) {
    if (!live.has(entry.channelId)) {
      problems.push({
        row: entry.row,
        field: 'channelId',
        message: `Onbekend of verwijderd kanaal: ${entry.channelId}.`,
        messageEn: `Unknown or deleted channel: ${entry.channelId}.`,
      });
      continue;
    }
    const key = `${entry.channelId}|${entry.metric}|${entry.date}`;
    if (seen.has(key)) {
      problems.push({
        row: entry.row,
        field: 'count',
        message: `Dit kanaal heeft al een telling (${entry.metric}) op ${entry.date} in deze invoer.`,
        messageEn: `This channel already has a count (${entry.metric}) on ${entry.date} in this input.`,
      });
      continue;
    }
    seen.add(key);
    valid.push(entry);
  }

  const findExisting = db.prepare(
    `SELECT id, count FROM follower_snapshots WHERE channel_id = ? AND metric = ? AND date = ? AND deleted_at IS NULL`,
  );
  const existing = new Map<CountEntry, Existing>();
  const duplicates: SaveCountsResult['duplicates'] = [];
  let unchanged = 0;
  for (const entry of valid) {
    const found = findExisting.get(entry.channelId, entry.metric, entry.date) as Existing | undefined;
    if (!found) continue;
    existing.set(entry, found);
    if (found.count === entry.count) unchanged += 1;
    else
      duplicates.push({
        channelId: entry.channelId,
        date: entry.date,
        metric: entry.metric,
        existing: found.count,
        incoming: entry.count,
      });
  }

  const result: SaveCountsResult = { saved: 0, replaced: 0, kept: 0, duplicates, flags: [], problems, batchId: null };
  if (options.onDuplicate === 'ask' && duplicates.length > 0) return result;
  result.kept = unchanged;
  const toWrite = valid.filter((entry) => {
    const found = existing.get(entry);
    if (!found) return true;
    if (found.count === entry.count) return false;
    if (options.onDuplicate === 'keep') {
      result.kept += 1;
      return false;
    }
    return true;
  });
  if (toWrite.length === 0) return result;

  const previousCount = db.prepare(
    `SELECT count FROM follower_snapshots
      WHERE channel_id = ? AND metric = ? AND date < ? AND deleted_at IS NULL
      ORDER BY date DESC LIMIT 1`,
  );
  const write = (batch: ChangeBatch) => {
    // Oldest first, so a pasted history is compared with its own previous line.
    for (const entry of [...toWrite].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row))) {
      const found = existing.get(entry);
      if (found) {
        const current = store.get(found.id)!;
        store.update(batch, current, options.source ? { count: entry.count, source: options.source } : { count: entry.count });
        result.replaced += 1;
      } else {
        store.insert(batch, {
          channelId: entry.channelId,
          date: entry.date,
          metric: entry.metric,
          count: entry.count,
          source: options.source,
        });
        result.saved += 1;
      }
      const previous = previousCount.get(entry.channelId, entry.metric, entry.date) as { count: number } | undefined;
      const drop = previous ? implausibleDrop(previous.count, entry.count) : null;
      if (previous && drop) {
        result.flags.push({
          channelId: entry.channelId,
          date: entry.date,
          previous: previous.count,
          count: entry.count,
          ...drop,
        });
      }
    }
    result.batchId = batch.id;
  };
  if (options.batch) write(options.batch);
  else log.batch(write);
  return result;
}

function liveChannelIds(db: Database.Database, entries: readonly CountEntry[]): Set<string> {
  const ids = [...new Set(entries.map((entry) => entry.channelId))];
  const live = new Set<string>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const rows = db
      .prepare(`SELECT id FROM channels WHERE deleted_at IS NULL AND id IN (${chunk.map(() => '?').join(', ')})`)
      .all(...chunk) as Array<{ id: string }>;
    for (const row of rows) live.add(row.id);
  }
  return live;
}
