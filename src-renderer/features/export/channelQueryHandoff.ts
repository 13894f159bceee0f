import { channelQuerySchema } from '../../../shared/domain/channel';
import type { ChannelQuery } from './exportChoice';

const QUERY_KEY = 'kanalenregister.exportQuery';
/** The Export page's address when it is opened from the Kanalen toolbar ("wat ik zie"). */
export const EXPORT_FROM_CHANNELS_HASH = '#/export?bron=kanalen';

/**
 * Hands the grid's current query to the Export page through sessionStorage (this tab only, gone
 * when it closes): the query can be long (filters on many organisations) and does not belong in
 * the address bar.
 */
export function handQueryToExport(query: ChannelQuery) {
  sessionStorage.setItem(QUERY_KEY, JSON.stringify(query));
  window.location.hash = EXPORT_FROM_CHANNELS_HASH;
}

/** The query the Kanalen page handed over, or null. Validated: sessionStorage is editable by anyone at the keyboard. */
export function handedQuery(): ChannelQuery | null {
  const stored = sessionStorage.getItem(QUERY_KEY);
  if (!stored) return null;
  try {
    const parsed = channelQuerySchema.strict().safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function arrivedFromChannels(): boolean {
  return window.location.hash === EXPORT_FROM_CHANNELS_HASH;
}
