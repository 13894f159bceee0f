import type Database from 'better-sqlite3';
import { urlComparisonKey } from '../../../shared/domain/channelUrl';
import { nameKey } from '../channels/nameIndex';

export interface MatchableChannel {
  id: string;
  platform: string;
  latestMetric: string | null;
}

export type ChannelMatch =
  { ok: true; channel: MatchableChannel } | { ok: false; reason: 'none' | 'ambiguous'; candidates: MatchableChannel[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the live channel a pasted cell means: its id, its address (compared by URL key, so
 * x.com and twitter.com are one account), its handle (as stored, then without the "@": "@StadMechelen"
 * is the Twitter account, "StadMechelen" the Facebook page or YouTube channel), or its
 * name without case and accents. The first of these that matches decides; when it matches
 * several channels the cell is ambiguous and nothing is guessed.
 */
export class ChannelMatcher {
  private readonly byId = new Map<string, MatchableChannel>();
  private readonly byUrlKey = new Map<string, MatchableChannel[]>();
  private readonly byHandle = new Map<string, MatchableChannel[]>();
  private readonly byBareHandle = new Map<string, MatchableChannel[]>();
  private readonly byName = new Map<string, MatchableChannel[]>();

  constructor(db: Database.Database) {
    const rows = db
      .prepare(
        `SELECT id, platform, latest_metric AS latestMetric, name, handle, url_key AS urlKey
           FROM channels WHERE deleted_at IS NULL`,
      )
      .all() as Array<MatchableChannel & { name: string; handle: string | null; urlKey: string | null }>;
    for (const { name, handle, urlKey, ...channel } of rows) {
      this.byId.set(channel.id.toLowerCase(), channel);
      if (urlKey) add(this.byUrlKey, urlKey, channel);
      if (handle) add(this.byHandle, handle.trim().toLowerCase(), channel);
      if (handle) add(this.byBareHandle, bareHandle(handle), channel);
      add(this.byName, nameKey(name), channel);
    }
  }

  match(cell: string): ChannelMatch {
    const text = cell.trim();
    if (UUID.test(text)) {
      const channel = this.byId.get(text.toLowerCase());
      return channel ? { ok: true, channel } : { ok: false, reason: 'none', candidates: [] };
    }
    const urlKey = urlComparisonKey(text);
    const lookups: Array<MatchableChannel[] | undefined> = [
      urlKey ? this.byUrlKey.get(urlKey) : undefined,
      this.byHandle.get(text.toLowerCase()),
      this.byBareHandle.get(bareHandle(text)),
      this.byName.get(nameKey(text)),
    ];
    for (const found of lookups) {
      if (!found || found.length === 0) continue;
      return found.length === 1 ? { ok: true, channel: found[0]! } : { ok: false, reason: 'ambiguous', candidates: found };
    }
    return { ok: false, reason: 'none', candidates: [] };
  }
}

/** "@StadMechelen" typed for an account stored as "StadMechelen", and the other way round. */
function bareHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

function add(map: Map<string, MatchableChannel[]>, key: string, channel: MatchableChannel): void {
  const list = map.get(key);
  if (list) list.push(channel);
  else map.set(key, [channel]);
}
