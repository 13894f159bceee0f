import { z } from 'zod';
import { isoDate, optionalText, uuid } from './fields';

export const SNAPSHOT_METRICS = ['likes', 'followers', 'subscribers', 'members'] as const;
export type SnapshotMetric = (typeof SNAPSHOT_METRICS)[number];

export const snapshotFieldsSchema = z.object({
  channelId: uuid,
  date: isoDate,
  count: z.number().int().min(0).max(10_000_000_000),
  metric: z.enum(SNAPSHOT_METRICS),
  source: optionalText(500),
  notes: optionalText(2000),
});
export type SnapshotFields = z.input<typeof snapshotFieldsSchema>;

export interface FollowerSnapshot {
  id: string;
  channelId: string;
  date: string;
  count: number;
  metric: SnapshotMetric;
  source: string | null;
  notes: string | null;
}
