import type Database from 'better-sqlite3';
import {
  channelFieldsSchema,
  channelPatchSchema,
  type Channel,
  type ChannelFields,
  type ChannelList,
  type ChannelListQuery,
  type ChannelPatch,
} from '../../../shared/domain/channel';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore } from '../db/entityStore';
import { DomainError, notFound } from '../errors';
import { validate } from '../validation';
import { listChannels } from './channelsRepo';
import { CHANNELS_TABLE } from './channelsTable';

const CHANNEL = { nl: 'Kanaal', en: 'Channel' };

/** The rules for channels: every write is validated and logged in one transaction. */
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

  update(id: string, patch: ChannelPatch): Channel {
    const valid = validate(channelPatchSchema, patch);
    this.assertReferences(valid);
    return this.log.batch((b) => this.store.update(b, this.get(id), valid));
  }

  delete(id: string): Channel {
    return this.log.batch((b) => this.store.setDeleted(b, this.get(id), true));
  }

  restore(id: string): Channel {
    return this.log.batch((b) => this.store.setDeleted(b, this.get(id), false));
  }

  private inBatch<T>(batch: ChangeBatch | undefined, work: (batch: ChangeBatch) => T): T {
    return batch ? work(batch) : this.log.batch(work);
  }

  /** Says which reference is wrong instead of SQLite's bare "FOREIGN KEY constraint failed". */
  private assertReferences(fields: { organisationId?: string | null; responsiblePersonId?: string | null }): void {
    if (fields.organisationId && !this.exists('organisations', fields.organisationId)) {
      throw new DomainError('INVALID_INPUT', 'De gekozen organisatie bestaat niet.', 'The chosen organisation does not exist.', {
        field: 'organisationId',
      });
    }
    if (fields.responsiblePersonId && !this.exists('people', fields.responsiblePersonId)) {
      throw new DomainError(
        'INVALID_INPUT',
        'De gekozen verantwoordelijke bestaat niet.',
        'The chosen responsible person does not exist.',
        {
          field: 'responsiblePersonId',
        },
      );
    }
  }

  private exists(table: 'organisations' | 'people', id: string): boolean {
    return this.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
  }
}
