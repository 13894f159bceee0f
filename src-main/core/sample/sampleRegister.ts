import type { ChannelKind, ChannelStatus, Platform } from '../../../shared/domain/channel';
import type { CostCategory, Recurrence } from '../../../shared/domain/cost';
import { DEFAULT_REVIEW_SETTINGS } from '../../../shared/domain/review';
import type { OrganisationKind } from '../../../shared/domain/organisation';
import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import sample from '../../../resources/sample/mechelen-2014.json';
import type { Register } from '../register/register';

/** The shape of resources/sample/mechelen-2014.json: the 2014 list, transcribed as it stands. */
interface SampleData {
  title: string;
  source: string;
  snapshotDate: string;
  /** The day the review looks from: the college meeting that discussed the list. */
  reviewReferenceDate: string;
  organisations: Array<{ key: string; name: string; kind: OrganisationKind; parent?: string; notes?: string }>;
  channels: Array<{
    platform: Platform;
    kind: ChannelKind;
    name: string;
    handle?: string;
    url?: string;
    organisation?: string;
    status?: ChannelStatus;
    purpose?: string;
    notes?: string | null;
    /** Only where the source says so (Toerisme Mechelen's Twitter: "geen tweets??"). */
    hasPosted?: boolean;
    count?: number;
    metric?: SnapshotMetric;
  }>;
  /** Campaigns the source describes; channels named by platform and handle. */
  campaigns: Array<{
    name: string;
    startDate: string;
    endDate: string;
    description: string;
    channels: Array<{ platform: Platform; handle: string }>;
  }>;
  /** The costs the source names (one: the Mechelenbon prize); the channel named by platform and handle. */
  costs: Array<{
    channel: { platform: Platform; handle: string };
    description: string;
    category: CostCategory;
    amountCents: number;
    vatIncluded: boolean | null;
    startDate: string;
    recurrence: Recurrence;
    notes: string;
  }>;
}

export const SAMPLE = sample as SampleData;

/**
 * Fills an empty register with the 2014 sample (its two 2013 campaigns, the one cost the source
 * names, and review settings dated to the college meeting) in one transaction, logged but not undoable.
 */
export function loadSample(register: Register): void {
  register.changeLog.baseline((batch) => {
    const organisationIds = new Map<string, string>();
    for (const org of SAMPLE.organisations) {
      const parentId = org.parent ? organisationIds.get(org.parent) : null;
      if (parentId === undefined) throw new Error(`sample: parent ${org.parent} of ${org.key} must come first`);
      const created = register.organisations.create(
        { name: org.name, kind: org.kind, parentId, notes: org.notes ?? null },
        batch,
      );
      organisationIds.set(org.key, created.id);
    }
    const channelIds = new Map<string, string>();
    for (const entry of SAMPLE.channels) {
      const organisationId = entry.organisation ? organisationIds.get(entry.organisation) : null;
      if (organisationId === undefined) throw new Error(`sample: unknown organisation ${entry.organisation}`);
      const channel = register.channels.create(
        {
          kind: entry.kind,
          platform: entry.platform,
          name: entry.name,
          handle: entry.handle ?? null,
          url: entry.url ?? null,
          organisationId,
          status: entry.status ?? null,
          purpose: entry.purpose ?? null,
          notes: entry.notes ?? null,
          hasPosted: entry.hasPosted ?? null,
        },
        batch,
      );
      if (entry.handle) channelIds.set(`${entry.platform}|${entry.handle}`, channel.id);
      if (entry.count !== undefined && entry.metric) {
        register.snapshots.add(
          { channelId: channel.id, date: SAMPLE.snapshotDate, count: entry.count, metric: entry.metric, source: SAMPLE.source },
          batch,
        );
      }
    }
    const channelId = (what: string, { platform, handle }: { platform: Platform; handle: string }) => {
      const id = channelIds.get(`${platform}|${handle}`);
      if (!id) throw new Error(`sample: ${what} names unknown channel ${platform} ${handle}`);
      return id;
    };
    for (const campaign of SAMPLE.campaigns) {
      const ids = campaign.channels.map((channel) => channelId(`campaign ${campaign.name}`, channel));
      const { channels: _channels, ...fields } = campaign;
      register.campaigns.save(undefined, { ...fields, channelIds: ids }, batch);
    }
    for (const cost of SAMPLE.costs) {
      const { channel, ...fields } = cost;
      register.costs.create({ ...fields, channelId: channelId(`cost ${cost.description}`, channel) }, batch);
    }
    // Joins this baseline batch: the sample is reviewed as the college saw it on 5 September 2014.
    register.review.settings.save({ ...DEFAULT_REVIEW_SETTINGS, referenceDate: SAMPLE.reviewReferenceDate });
  });
}
