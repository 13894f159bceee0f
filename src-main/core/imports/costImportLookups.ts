import type Database from 'better-sqlite3';
import { liveNames } from '../channels/channelsRepo';
import { NameIndex } from '../channels/nameIndex';
import { ChannelLookup } from '../costs/channelLookup';

export interface KnownChannel {
  id: string;
  name: string;
  organisationId: string | null;
  organisationName: string | null;
}

export type ChannelFound = { ok: true; channel: KnownChannel } | { ok: false; message: string; messageEn: string };

/**
 * What a cost import finds owners in: live channels the way the cost grid's paste finds them
 * (address, name, or name with platform or organisation in brackets: ChannelLookup), and live
 * organisations by name. Nothing here creates anything.
 */
export class CostImportLookups {
  readonly organisations: NameIndex;
  private readonly channelLookup: ChannelLookup;
  private readonly owner: Database.Statement;

  constructor(db: Database.Database) {
    this.organisations = new NameIndex(liveNames(db, 'organisations'));
    this.channelLookup = new ChannelLookup(db);
    this.owner = db.prepare(
      `SELECT c.id, c.name, o.id AS organisationId, o.name AS organisationName
         FROM channels c LEFT JOIN organisations o ON o.id = c.organisation_id AND o.deleted_at IS NULL
        WHERE c.id = ?`,
    );
  }

  /**
   * The channel a cell names. When the name alone fits several channels, the row's organisation
   * column tells them apart (as "name (organisation)" would in the cell itself).
   */
  channel(text: string, organisationText: string): ChannelFound {
    let match = this.channelLookup.find(text);
    if (!match.ok && organisationText !== '') {
      const qualified = this.channelLookup.find(`${text} (${organisationText})`);
      if (qualified.ok) match = qualified;
    }
    if (!match.ok) return match;
    return { ok: true, channel: this.owner.get(match.id) as KnownChannel };
  }
}
