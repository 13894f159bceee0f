import type { ChannelCostTotal } from '../../../../shared/domain/costOverview';

export const CHANNEL_SORT_KEYS = ['name', 'total', 'perFollower', 'perGained'] as const;
export type ChannelSortKey = (typeof CHANNEL_SORT_KEYS)[number];
export interface ChannelSort {
  key: ChannelSortKey;
  desc: boolean;
}

const VALUE: Record<Exclude<ChannelSortKey, 'name'>, (row: ChannelCostTotal) => number | null> = {
  total: (row) => row.totalCents,
  perFollower: (row) => row.costPerFollowerCents,
  perGained: (row) => row.costPerGainedFollowerCents,
};

/** Sorted rows; what cannot be computed goes last in either direction, ties by name. */
export function sortChannelRows(rows: ChannelCostTotal[], sort: ChannelSort): ChannelCostTotal[] {
  const byName = (a: ChannelCostTotal, b: ChannelCostTotal) =>
    a.channelName.localeCompare(b.channelName, 'nl', { sensitivity: 'base' }) || a.platform.localeCompare(b.platform);
  const direction = sort.desc ? -1 : 1;
  if (sort.key === 'name') return [...rows].sort((a, b) => direction * byName(a, b));
  const value = VALUE[sort.key];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return direction * (x - y) || byName(a, b);
  });
}
