import { urlComparisonKey } from '../../../shared/domain/channelUrl';

/**
 * The key two rows are the same channel by: the address (urlComparisonKey: same account or
 * same page), or, without an address, platform and handle of a social-media account.
 */
export function channelKey(platform: string, handle: string | null, url: string | null): string | null {
  if (url) return urlComparisonKey(url);
  if (handle && platform !== 'website' && platform !== 'other') return `${platform}:${handle.replace(/^@/, '').toLowerCase()}`;
  return null;
}
