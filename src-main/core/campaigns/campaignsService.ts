import type Database from 'better-sqlite3';
import { campaignFieldsSchema, type Campaign, type CampaignFields } from '../../../shared/domain/campaign';
import type { CampaignEffect } from '../../../shared/domain/growth';
import type { ChangeBatch, ChangeLog } from '../changeLog/changeLog';
import { EntityStore } from '../db/entityStore';
import { notFound } from '../errors';
import { CountsReader } from '../growth/countsReader';
import { compareGains, periodFigures, previousPeriod } from '../growth/periodFigures';
import { validate } from '../validation';
import { nextCampaignColour } from './campaignPalette';
import { CAMPAIGNS_TABLE, CAMPAIGN_CHANNELS_TABLE } from './campaignsTable';

const CAMPAIGN = { nl: 'Campagne', en: 'Campaign' };
const CHANNEL = { nl: 'Kanaal', en: 'Channel' };

interface StoredCampaign {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  description: string | null;
  colour: string | null;
  deletedAt: string | null;
}

interface StoredLink {
  id: string;
  campaignId: string;
  channelId: string;
  deletedAt: string | null;
}

/**
 * Campaigns (a name, a period, the channels involved, a colour for their band on the charts)
 * and what they did for the follower counts. Every save or delete, links included, is one
 * change batch: one undo step.
 */
export class CampaignsService {
  private readonly store: EntityStore<StoredCampaign>;
  private readonly links: EntityStore<StoredLink>;
  private readonly reader: CountsReader;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.store = new EntityStore(db, CAMPAIGNS_TABLE);
    this.links = new EntityStore(db, CAMPAIGN_CHANNELS_TABLE);
    this.reader = new CountsReader(db);
  }

  /** Live campaigns, oldest first; each with its live channels. */
  list(): Campaign[] {
    const rows = this.db
      .prepare(`SELECT id FROM campaigns WHERE deleted_at IS NULL ORDER BY start_date, name COLLATE NOCASE, id`)
      .pluck()
      .all() as string[];
    return rows.map((id) => this.toCampaign(this.store.get(id)!));
  }

  get(id: string): Campaign {
    return this.toCampaign(this.live(id));
  }

  /**
   * Creates a campaign, or updates the one with `id`. `channelIds`, when given, is the complete
   * list of linked channels: new ones are linked, missing ones unlinked (soft-deleted rows).
   * Without a colour a new campaign gets the first palette colour no other campaign uses.
   */
  save(id: string | undefined, fields: CampaignFields, batch?: ChangeBatch): Campaign {
    const valid = validate(campaignFieldsSchema, fields);
    const current = id === undefined ? undefined : this.live(id);
    const channelIds = valid.channelIds === undefined ? undefined : [...new Set(valid.channelIds)];
    if (channelIds) this.assertChannels(channelIds);
    const values = {
      name: valid.name,
      startDate: valid.startDate,
      endDate: valid.endDate,
      description: valid.description,
      colour: valid.colour?.toLowerCase() ?? current?.colour ?? nextCampaignColour(this.usedColours()),
    };
    const write = (b: ChangeBatch) => {
      const stored = current ? this.store.update(b, current, values) : this.store.insert(b, values);
      if (channelIds) this.setLinks(b, stored.id, channelIds);
      return stored.id;
    };
    const savedId = batch ? write(batch) : this.log.batch(write);
    return this.get(savedId);
  }

  /** Soft delete, with its links: one undo step brings both back. */
  delete(id: string): null {
    const current = this.live(id);
    this.log.batch((b) => {
      for (const link of this.liveLinks(id)) this.links.setDeleted(b, link, true);
      this.store.setDeleted(b, current, true);
    });
    return null;
  }

  /** Per linked channel: growth during the campaign against the same-length period just before it. */
  effect(id: string): CampaignEffect[] {
    const campaign = this.get(id);
    const before = previousPeriod(campaign.startDate, campaign.endDate);
    return this.linkedChannels(id).map((channel) => {
      const metric = this.reader.dominantMetric(channel.id);
      const beforeFigures = periodFigures(this.reader, channel.id, metric, before.from, before.to);
      const during = periodFigures(this.reader, channel.id, metric, campaign.startDate, campaign.endDate);
      return {
        channelId: channel.id,
        name: channel.name,
        metric,
        before: beforeFigures,
        during,
        ...compareGains(during.gain, beforeFigures.gain),
      };
    });
  }

  private live(id: string): StoredCampaign {
    const campaign = this.store.get(id);
    if (!campaign || campaign.deletedAt !== null) throw notFound(CAMPAIGN, id);
    return campaign;
  }

  private toCampaign(stored: StoredCampaign): Campaign {
    return {
      id: stored.id,
      name: stored.name,
      startDate: stored.startDate,
      endDate: stored.endDate,
      description: stored.description,
      colour: stored.colour ?? nextCampaignColour([]),
      channelIds: this.linkedChannels(stored.id).map((channel) => channel.id),
    };
  }

  /** Live channels linked to the campaign, by name (a deleted channel drops out until it is restored). */
  private linkedChannels(campaignId: string): Array<{ id: string; name: string }> {
    return this.db
      .prepare(
        `SELECT c.id, c.name FROM campaign_channels l JOIN channels c ON c.id = l.channel_id
          WHERE l.campaign_id = ? AND l.deleted_at IS NULL AND c.deleted_at IS NULL
          ORDER BY c.name_folded, c.id`,
      )
      .all(campaignId) as Array<{ id: string; name: string }>;
  }

  private liveLinks(campaignId: string): StoredLink[] {
    const ids = this.db
      .prepare(`SELECT id FROM campaign_channels WHERE campaign_id = ? AND deleted_at IS NULL`)
      .pluck()
      .all(campaignId) as string[];
    return ids.map((linkId) => this.links.get(linkId)!);
  }

  /** Makes the live links exactly `channelIds`; an earlier, unlinked row is restored rather than duplicated. */
  private setLinks(batch: ChangeBatch, campaignId: string, channelIds: readonly string[]): void {
    const wanted = new Set(channelIds);
    const live = this.liveLinks(campaignId);
    for (const link of live) if (!wanted.has(link.channelId)) this.links.setDeleted(batch, link, true);
    const linked = new Set(live.map((link) => link.channelId));
    const findDeleted = this.db
      .prepare(
        `SELECT id FROM campaign_channels WHERE campaign_id = ? AND channel_id = ? AND deleted_at IS NOT NULL
          ORDER BY updated_at DESC LIMIT 1`,
      )
      .pluck();
    for (const channelId of channelIds) {
      if (linked.has(channelId)) continue;
      const earlier = findDeleted.get(campaignId, channelId) as string | undefined;
      if (earlier) this.links.setDeleted(batch, this.links.get(earlier)!, false);
      else this.links.insert(batch, { campaignId, channelId });
    }
  }

  private assertChannels(ids: readonly string[]): void {
    const live = new Set(
      this.db
        .prepare(`SELECT id FROM channels WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(JSON.stringify(ids)) as string[],
    );
    const missing = ids.find((channelId) => !live.has(channelId));
    if (missing) throw notFound(CHANNEL, missing);
  }

  private usedColours(): string[] {
    return this.db
      .prepare(`SELECT colour FROM campaigns WHERE deleted_at IS NULL AND colour IS NOT NULL`)
      .pluck()
      .all() as string[];
  }
}
