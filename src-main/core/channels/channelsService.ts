import type Database from 'better-sqlite3';
import type { UrlCheck } from '../../../shared/api/channelsContract';
import {
  CHANNEL_EDITABLE_FIELDS,
  channelFieldsSchema,
  channelPatchSchema,
  type Channel,
  type ChannelFields,
  type ChannelList,
  type ChannelListQuery,
  type ChannelPatch,
} from '../../../shared/domain/channel';
import { detectChannelUrl, urlComparisonKey } from '../../../shared/domain/channelUrl';
import type { PasteResult } from '../../../shared/domain/paste';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore } from '../db/entityStore';
import { assertLiveReferences } from '../references/liveReferences';
import { DomainError, notFound } from '../errors';
import { validate } from '../validation';
import { pasteChannels, type PasteRow } from './channelPaste';
import { channelsWithUrlKey, listChannels } from './channelsRepo';
import { CHANNELS_TABLE } from './channelsTable';

const CHANNEL = { nl: 'Kanaal', en: 'Channel' };
const COPY_SUFFIX = ' (kopie)';
const NAME_MAX = 300;

/**
 * The rules for channels: every write is validated and logged in one transaction.
 *
 * URLs are stored as the user typed them (trimmed, http(s) only), not rewritten to the
 * canonical form detectChannelUrl gives: an inventory keeps its sources' addresses (the 2014
 * list has "?fref=ts" links), and a silent rewrite would change what the user sees and logged
 * values without being asked. The canonical form is offered by checkUrl for the UI to apply,
 * and duplicates are found by the URL's comparison key (url_key), whatever form it was stored in.
 */
export class ChannelsService {
  private readonly store: EntityStore<Channel>;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore<Channel>(db, CHANNELS_TABLE);
  }

  list(query: ChannelListQuery): ChannelList {
    return listChannels(this.db, query);
  }

  get(id: string): Channel {
    const channel = this.store.get(id);
    if (!channel) throw notFound(CHANNEL, id);
    return channel;
  }

  create(fields: ChannelFields, batch?: ChangeBatch): Channel {
    const valid = validate(channelFieldsSchema, fields);
    this.assertReferences(valid);
    return this.inBatch(batch, (b) => this.store.insert(b, valid));
  }

  update(id: string, patch: ChannelPatch, batch?: ChangeBatch): Channel {
    const valid = validate(channelPatchSchema, patch);
    this.assertReferences(valid);
    return this.inBatch(batch, (b) => this.store.update(b, this.get(id), valid));
  }

  /** A copy with every field of the original and " (kopie)" after its name; snapshots and costs stay behind. */
  duplicate(id: string): Channel {
    const source = this.get(id);
    const fields = Object.fromEntries(CHANNEL_EDITABLE_FIELDS.map((field) => [field, source[field]])) as ChannelFields;
    fields.name = `${source.name.slice(0, NAME_MAX - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
    return this.create(fields);
  }

  /** The same patch on every channel in `ids`, as one undo step; refused as a whole when an id is unknown. */
  bulkUpdate(ids: readonly string[], patch: ChannelPatch): { updated: number } {
    const valid = validate(channelPatchSchema, patch);
    this.assertReferences(valid);
    return this.eachExisting(ids, (b, channel) => this.store.update(b, channel, valid));
  }

  /** Soft delete: the channels move to the "Verwijderd" list. */
  delete(ids: readonly string[]): { updated: number } {
    return this.eachExisting(ids, (b, channel) => this.store.setDeleted(b, channel, true));
  }

  /** Refused when the channel's organisation or responsible person was deleted in the meantime. */
  restore(ids: readonly string[]): { updated: number } {
    return this.eachExisting(ids, (b, channel) => {
      assertLiveReferences(this.db, 'channel', channel as unknown as Record<string, unknown>);
      return this.store.setDeleted(b, channel, false);
    });
  }

  /**
   * Every editable field back to its value right after the change-log entry `hlc` of this
   * channel (after the whole action it was part of), as one new change: the log keeps what
   * happened in between, and the restore is one undo step.
   */
  restoreVersion(id: string, hlc: string): Channel {
    this.get(id);
    const end = this.log.endOfVersion(CHANNELS_TABLE.entity, id, hlc);
    if (end === null) {
      throw new DomainError(
        'NOT_FOUND',
        `Deze versie van het kanaal bestaat niet (geen wijziging ${hlc} in zijn geschiedenis).`,
        `This version of the channel does not exist (no change ${hlc} in its history).`,
        { id, hlc },
      );
    }
    // A field the history never mentions was empty when the channel was made.
    const version: Record<string, unknown> = Object.fromEntries(CHANNEL_EDITABLE_FIELDS.map((field) => [field, null]));
    for (const entry of this.log.forEntityUntil(CHANNELS_TABLE.entity, id, end)) {
      if (entry.field in version) version[entry.field] = entry.newValue;
    }
    return this.update(id, version as ChannelPatch);
  }

  /** What an address is (platform, account, canonical form) and which live channels already have it. */
  checkUrl(url: string, excludeId?: string): UrlCheck {
    const detected = detectChannelUrl(url);
    const key = urlComparisonKey(url);
    if (!detected || !key) return { url: null, platform: null, kind: null, handle: null, duplicates: [] };
    return {
      url: detected.url,
      platform: detected.platform,
      kind: detected.kind,
      handle: detected.handle,
      duplicates: channelsWithUrlKey(this.db, key, excludeId),
    };
  }

  paste(rows: readonly PasteRow[]): PasteResult {
    return pasteChannels(this.db, this.log, this.store, rows);
  }

  /** Runs `write` on each channel in one batch and counts the channels it changed. */
  private eachExisting(ids: readonly string[], write: (batch: ChangeBatch, channel: Channel) => Channel): { updated: number } {
    const unique = [...new Set(ids)];
    const missing = this.store.missing(unique);
    if (missing.length > 0) throw unknownChannels(missing);
    return this.log.batch((b) => {
      let updated = 0;
      for (const id of unique) {
        const channel = this.store.get(id)!;
        if (write(b, channel) !== channel) updated += 1;
      }
      return { updated };
    });
  }

  private inBatch<T>(batch: ChangeBatch | undefined, work: (batch: ChangeBatch) => T): T {
    return batch ? work(batch) : this.log.batch(work);
  }

  /** Says which reference is wrong instead of SQLite's bare "FOREIGN KEY constraint failed". */
  private assertReferences(fields: { organisationId?: string | null; responsiblePersonId?: string | null }): void {
    assertLiveReferences(this.db, 'channel', fields);
  }
}

const LISTED_IDS = 10;

function unknownChannels(missing: string[]): DomainError {
  const shown = missing.slice(0, LISTED_IDS).join(', ');
  const more =
    missing.length > LISTED_IDS
      ? { nl: ` en nog ${missing.length - LISTED_IDS}`, en: ` and ${missing.length - LISTED_IDS} more` }
      : { nl: '', en: '' };
  return new DomainError(
    'NOT_FOUND',
    `${missing.length === 1 ? 'Dit kanaal bestaat' : 'Deze kanalen bestaan'} niet: ${shown}${more.nl}. Er is niets gewijzigd.`,
    `${missing.length === 1 ? 'This channel does' : 'These channels do'} not exist: ${shown}${more.en}. Nothing was changed.`,
    { ids: missing },
  );
}
