import { z } from 'zod';
import { uuid } from '../domain/fields';
import type { ChangeEntry } from '../domain/changeLog';
import { method } from './method';

export const CHANGE_ENTITIES = [
  'channel',
  'organisation',
  'person',
  'snapshot',
  'campaign',
  'costLine',
  'budget',
  'savedView',
] as const;

export const changeLogContract = {
  /** The history of one record, newest first. */
  'changeLog.forEntity': method<ChangeEntry[]>()(
    z.object({ entity: z.enum(CHANGE_ENTITIES), id: uuid, limit: z.number().int().min(1).max(1000).optional() }).strict(),
  ),
} as const;
