import type { SnapshotMetric } from '../../../shared/domain/snapshot';

export interface DatedCount {
  date: string;
  count: number;
}

export interface FollowerFigures {
  followers: number | null;
  followersDate: string | null;
  metric: SnapshotMetric | null;
  gainedFollowers: number | null;
  costPerFollowerCents: number | null;
  costPerGainedFollowerCents: number | null;
}

/**
 * Cost per follower of one channel over the range. `end`: its latest count on or before the
 * range's end (or asOf); `base`: its latest count on or before the range's start, or else its
 * first count inside the range (null: neither). Gained = end - base. Per follower and per gained follower are
 * rounded to whole cents; nothing to divide by (no count, 0 followers, nothing gained) gives null.
 */
export function followerFigures(
  totalCents: number,
  metric: SnapshotMetric | null,
  end: DatedCount | null,
  base: number | null,
): FollowerFigures {
  if (metric === null || end === null) {
    return {
      followers: null,
      followersDate: null,
      metric,
      gainedFollowers: null,
      costPerFollowerCents: null,
      costPerGainedFollowerCents: null,
    };
  }
  const gained = base === null ? null : end.count - base;
  return {
    followers: end.count,
    followersDate: end.date,
    metric,
    gainedFollowers: gained,
    costPerFollowerCents: end.count > 0 ? divideRounded(totalCents, end.count) : null,
    costPerGainedFollowerCents: gained !== null && gained > 0 ? divideRounded(totalCents, gained) : null,
  };
}

/** Cents divided by a positive count, rounded to whole cents, halves away from zero (a credit mirrors a cost). */
export function divideRounded(cents: number, by: number): number {
  const rounded = Math.round(Math.abs(cents) / by);
  return cents < 0 ? 0 - rounded : rounded;
}
