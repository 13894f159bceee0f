import type { SnapshotMetric } from '../../../shared/domain/snapshot';

/**
 * What a platform counts when the register knows nothing yet: a Facebook page has likes, a
 * YouTube channel subscribers, everything else followers (LinkedIn included: its pages show
 * followers). Once a channel has counts, the metric of its latest one wins.
 */
export function defaultMetric(platform: string): SnapshotMetric {
  switch (platform) {
    case 'facebook':
      return 'likes';
    case 'youtube':
      return 'subscribers';
    default:
      return 'followers';
  }
}

/** The metric a new count for a channel is about: its latest count's, else the platform's. */
export function channelMetric(channel: { platform: string; latestMetric: string | null }): SnapshotMetric {
  return (channel.latestMetric as SnapshotMetric | null) ?? defaultMetric(channel.platform);
}
