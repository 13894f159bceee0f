import { PLATFORM_LABELS } from '../../../../shared/domain/labels';
import { channelLabel, type ReviewRuleCheck, type RuleFinding } from '../reviewFinding';
import type { ReviewChannel } from '../reviewInput';

/**
 * Duplicates: one organisation with two or more social accounts on one platform (the three
 * "Stad Mechelen" Google+ pages) is one finding for the group; so is one address held by two or
 * more channels. Websites are not accounts: an organisation may have several sites (own_domain
 * judges those). A group that is both comes once, with both reasons.
 */
export const duplicate: ReviewRuleCheck = (input) => {
  const byKey = new Map<string, RuleFinding>();
  const add = (channels: ReviewChannel[], nl: string, en: string) => {
    const sorted = [...channels].sort((a, b) => (a.id < b.id ? -1 : 1));
    const subjectKey = sorted.map((c) => c.id).join('+');
    const names = channels.map(channelLabel).join(', ');
    const existing = byKey.get(subjectKey);
    if (existing) {
      existing.message = `${existing.message.slice(0, -1)}; ${nl}.`;
      existing.messageEn = `${existing.messageEn.slice(0, -1)}; ${en}.`;
      return;
    }
    byKey.set(subjectKey, {
      rule: 'duplicate',
      subjectKey,
      action: 'merge',
      message: `${nl}: ${names}.`,
      messageEn: `${en}: ${names}.`,
      closingText: null,
      channels,
      basis: sorted.map((c) => [c.id, c.organisationId, c.platform, c.urlKey]),
    });
  };

  for (const group of groupBy(
    input.channels.filter((c) => c.kind === 'social' && c.organisationId !== null),
    (c) => `${c.organisationId}\u0000${c.platform}`,
  )) {
    const [first] = group as [ReviewChannel];
    const platform = PLATFORM_LABELS[first.platform];
    add(
      group,
      `${first.organisationName} heeft ${group.length} accounts op ${platform.nl}`,
      `${first.organisationName} has ${group.length} accounts on ${platform.en}`,
    );
  }
  for (const group of groupBy(
    input.channels.filter((c) => c.urlKey !== null),
    (c) => c.urlKey!,
  )) {
    add(
      group,
      `Hetzelfde adres ${group[0]!.url} staat ${group.length} keer in het register`,
      `The same address ${group[0]!.url} is in the register ${group.length} times`,
    );
  }
  return [...byKey.values()];
};

/** Groups of two or more, in the order the channels come in. */
function groupBy(channels: readonly ReviewChannel[], key: (channel: ReviewChannel) => string): ReviewChannel[][] {
  const groups = new Map<string, ReviewChannel[]>();
  for (const channel of channels) {
    const k = key(channel);
    groups.set(k, [...(groups.get(k) ?? []), channel]);
  }
  return [...groups.values()].filter((group) => group.length >= 2);
}
