import type { Platform } from '../../../../shared/domain/channel';
import { PLATFORM_LABELS } from '../../../../shared/domain/labels';
import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

/** Platforms that closed: an account there can only be removed from the register's live list. */
const DEFUNCT_PLATFORMS: ReadonlyMap<Platform, { closed: string }> = new Map([['googleplus', { closed: '2019-04-02' }]]);

/** Every live account on a platform that no longer exists. */
export const defunctPlatform: ReviewRuleCheck = (input) =>
  input.channels.flatMap((channel) => {
    const defunct = DEFUNCT_PLATFORMS.get(channel.platform);
    if (!defunct) return [];
    const label = PLATFORM_LABELS[channel.platform];
    return [
      channelFinding('defunct_platform', channel, {
        action: 'delete',
        message: `${label.nl} bestaat niet meer (gesloten op ${defunct.closed.split('-').reverse().join('/')}).`,
        messageEn: `${label.en} no longer exists (closed on ${defunct.closed}).`,
        basis: { platform: channel.platform },
      }),
    ];
  });
