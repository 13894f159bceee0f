import { z } from 'zod';
import { uuid } from '../domain/fields';
import {
  channelFieldsSchema,
  channelListQuerySchema,
  channelPatchSchema,
  type Channel,
  type ChannelKind,
  type ChannelList,
  type Platform,
} from '../domain/channel';
import { pasteRowsSchema, type PasteResult } from '../domain/paste';
import { method } from './method';

const ids = z.array(uuid).min(1).max(100_000);

export interface UrlCheck {
  /** The URL as it would be stored (normalised), or null when the text is no http(s) address. */
  url: string | null;
  platform: Platform | null;
  kind: ChannelKind | null;
  handle: string | null;
  /** Live channels already at this address (same account or same page). */
  duplicates: Array<{ id: string; name: string; platform: Platform }>;
}

export const channelsContract = {
  'channels.list': method<ChannelList>()(channelListQuerySchema.strict()),
  'channels.get': method<Channel>()(z.object({ id: uuid }).strict()),
  'channels.create': method<Channel>()(z.object({ fields: channelFieldsSchema.strict() }).strict()),
  'channels.update': method<Channel>()(z.object({ id: uuid, patch: channelPatchSchema.strict() }).strict()),
  /** A copy of the channel (name suffixed " (kopie)"), without its snapshots or costs. */
  'channels.duplicate': method<Channel>()(z.object({ id: uuid }).strict()),
  /** One field (or a few) set on every selected channel: one undo step. */
  'channels.bulkUpdate': method<{ updated: number }>()(z.object({ ids, patch: channelPatchSchema.strict() }).strict()),
  /** Soft delete: the channels move to "Verwijderd" and can be restored. One undo step. */
  'channels.delete': method<{ updated: number }>()(z.object({ ids }).strict()),
  'channels.restore': method<{ updated: number }>()(z.object({ ids }).strict()),
  /** A block pasted from a spreadsheet: updates rows, adds rows past the end; one undo step; bad lines listed. */
  'channels.paste': method<PasteResult>()(z.object({ rows: pasteRowsSchema }).strict()),
  /** Puts every field back to its value right after the change-log entry `hlc`. One undo step. */
  'channels.restoreVersion': method<Channel>()(z.object({ id: uuid, hlc: z.string().min(1).max(100) }).strict()),
  /** Platform, handle and normalised URL of a typed or pasted address, and channels already there. */
  'channels.checkUrl': method<UrlCheck>()(z.object({ url: z.string().max(2000), excludeId: uuid.optional() }).strict()),
} as const;
