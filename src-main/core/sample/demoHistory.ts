import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import { DomainError } from '../errors';
import { fromDay, toDay } from '../growth/days';
import { FICTITIOUS_META_KEY, type Register } from '../register/register';
import { demoCurve } from './demoCurve';

/** What every generated count says about itself, so no one mistakes it for a measurement. */
export const DEMO_SOURCE = 'Fictief: demonstratiegegevens van load-demo / fictitious: demonstration data from load-demo';

/** Days of history before a channel's first real count: for the sample's 2014-09-02, from 2012-01-01. */
export const DEMO_DAYS = 975;

/** Campaigns make the demo's growth this many times faster while they run. */
const CAMPAIGN_BOOST = 4;

/** Every this-many weekly channel (by name) misses ten weeks, so the charts show what a gap looks like. */
const GAP_EVERY = 5;

export interface DemoResult {
  channels: number;
  counts: number;
  from: string;
  to: string;
}

interface Anchor {
  channelId: string;
  platform: string;
  name: string;
  handle: string | null;
  metric: SnapshotMetric;
  date: string;
  count: number;
}

/**
 * Adds made-up history to a register for demonstrations (`kanalenregister load-demo`): for every
 * live channel with a count, DEMO_DAYS days before its first real count, ending exactly at it.
 * Channels in a campaign get a count per day, with faster growth during the campaign; the others
 * one per week. Real counts are never changed (a day that has one keeps it). The register is
 * marked fictitious (register_meta), which the app and every export show; a register that is
 * marked already is refused, so demo data is never stacked twice. Written as one baseline batch
 * like the sample: logged, but no undo step that would leave a "fictitious" register without it.
 */
export function loadDemoHistory(register: Register): DemoResult {
  if (register.isFictitious()) {
    throw new DomainError(
      'CONFLICT',
      'Dit register bevat al demonstratiegegevens (load-demo); ze worden geen tweede keer toegevoegd.',
      'This register already holds demonstration data (load-demo); it is not added a second time.',
    );
  }
  const anchors = firstCounts(register);
  if (anchors.length === 0) {
    throw new DomainError(
      'INVALID_INPUT',
      'Dit register heeft nog geen tellingen: demonstratiegeschiedenis sluit aan op de eerste echte telling van elk kanaal. Laad eerst het voorbeeld (load-sample).',
      'This register has no counts yet: demonstration history leads up to each channel’s first real count. Load the sample first (load-sample).',
    );
  }
  const campaigns = register.campaigns.list();

  const byDate = new Map<string, Array<{ channelId: string; metric: SnapshotMetric; count: number }>>();
  let weekly = 0;
  for (const anchor of anchors) {
    const last = toDay(anchor.date);
    const first = last - DEMO_DAYS;
    const inCampaigns = campaigns.filter((campaign) => campaign.channelIds.includes(anchor.channelId));
    const curve = demoCurve({
      endCount: anchor.count,
      days: DEMO_DAYS,
      // Seeded by what the channel is, not its id: every copy of the sample gets the same demo.
      seed: `${anchor.platform}|${anchor.name}|${anchor.handle ?? ''}|${anchor.metric}`,
      boosts: inCampaigns.map((campaign) => ({
        from: toDay(campaign.startDate) - first,
        to: toDay(campaign.endDate) - first,
        factor: CAMPAIGN_BOOST,
      })),
    });
    const daily = inCampaigns.length > 0;
    const gapped = !daily && weekly++ % GAP_EVERY === GAP_EVERY - 1;
    const gapStart = Math.floor(DEMO_DAYS * 0.45);
    curve.forEach((count, day) => {
      // Weekly counts fall on the weekday of the real count, counting back from it.
      if (!daily && (DEMO_DAYS - day) % 7 !== 0) return;
      if (gapped && day >= gapStart && day < gapStart + 70) return;
      const date = fromDay(first + day);
      const entries = byDate.get(date) ?? [];
      entries.push({ channelId: anchor.channelId, metric: anchor.metric, count });
      byDate.set(date, entries);
    });
  }

  const dates = [...byDate.keys()].sort();
  let counts = 0;
  register.changeLog.baseline((batch) => {
    for (const date of dates) {
      const result = register.snapshots.saveCounts(
        { date, entries: byDate.get(date)!, onDuplicate: 'keep', source: DEMO_SOURCE },
        batch,
      );
      counts += result.saved;
    }
    register.db
      .prepare(`INSERT INTO register_meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'`)
      .run(FICTITIOUS_META_KEY);
  });
  return { channels: anchors.length, counts, from: dates[0]!, to: dates[dates.length - 1]! };
}

/** Each live channel's first live count (on a day with several metrics: the first by name), by channel name. */
function firstCounts(register: Register): Anchor[] {
  return register.db
    .prepare(
      `SELECT s.channel_id AS channelId, c.platform, c.name, c.handle, s.metric, s.date, s.count
         FROM follower_snapshots s JOIN channels c ON c.id = s.channel_id
        WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL AND s.count > 0
          AND s.id = (SELECT f.id FROM follower_snapshots f WHERE f.channel_id = s.channel_id AND f.deleted_at IS NULL
                       ORDER BY f.date, f.metric LIMIT 1)
        ORDER BY c.name_folded, c.id`,
    )
    .all() as Anchor[];
}
