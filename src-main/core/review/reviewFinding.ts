import { PLATFORM_LABELS } from '../../../shared/domain/labels';
import type { ReviewAction, ReviewRule, ReviewSettings } from '../../../shared/domain/review';
import type { ReviewChannel, ReviewInput } from './reviewInput';

/**
 * What a rule finds, before the service adds its id, severity, fingerprint and decision.
 * `basis` is the data the finding rests on: its hash is the fingerprint, so a dismissal holds
 * exactly as long as these values stay the same.
 */
export interface RuleFinding {
  rule: ReviewRule;
  subjectKey: string;
  action: ReviewAction;
  message: string;
  messageEn: string;
  closingText: string | null;
  channels: ReviewChannel[];
  basis: unknown;
}

/** A rule: a pure function over the register as read once. */
export type ReviewRuleCheck = (input: ReviewInput, settings: ReviewSettings) => RuleFinding[];

/** A finding about one channel (every rule but duplicates). */
export function channelFinding(
  rule: ReviewRule,
  channel: ReviewChannel,
  finding: Pick<RuleFinding, 'action' | 'message' | 'messageEn' | 'basis'> & { closingText?: string | null },
): RuleFinding {
  return { rule, subjectKey: channel.id, channels: [channel], closingText: null, ...finding };
}

/** "Stad Mechelen (Google+)" — channel names repeat across platforms, so the platform goes along. */
export function channelLabel(channel: Pick<ReviewChannel, 'name' | 'platform'>): string {
  return channel.platform === 'website' ? channel.name : `${channel.name} (${PLATFORM_LABELS[channel.platform].nl})`;
}
