import { z } from 'zod';
import { uuid } from '../domain/fields';
import {
  channelFieldsSchema,
  channelListQuerySchema,
  channelPatchSchema,
  type Channel,
  type ChannelList,
} from '../domain/channel';
import { method } from './method';

export const channelsContract = {
  'channels.list': method<ChannelList>()(channelListQuerySchema.strict()),
  'channels.get': method<Channel>()(z.object({ id: uuid }).strict()),
  'channels.create': method<Channel>()(z.object({ fields: channelFieldsSchema.strict() }).strict()),
  'channels.update': method<Channel>()(z.object({ id: uuid, patch: channelPatchSchema.strict() }).strict()),
  /** Soft delete: the channel moves to "Verwijderd" and can be restored. */
  'channels.delete': method<Channel>()(z.object({ id: uuid }).strict()),
  'channels.restore': method<Channel>()(z.object({ id: uuid }).strict()),
} as const;
