import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

const euro = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/**
 * Money without an audience: a known cost in the last full calendar year before the reference
 * date, and no count at all on or before that date, or a cost per follower above the threshold
 * (that year's cost over the latest count on or before the reference date).
 */
export const costWithoutReach: ReviewRuleCheck = (input, settings) =>
  input.channels.flatMap((channel) => {
    const cents = channel.lastYearCostCents;
    if (cents === null || cents <= 0) return [];
    const followers = channel.latest?.count ?? null;
    const basis = { year: input.costYear, cents, followers };
    if (followers === null)
      return [
        channelFinding('cost_without_reach', channel, {
          action: 'review',
          message: `${euro(cents)} kosten in ${input.costYear}, maar geen enkele telling.`,
          messageEn: `${euro(cents)} of costs in ${input.costYear}, but no count at all.`,
          basis,
        }),
      ];
    const perFollower = followers === 0 ? Infinity : Math.round(cents / followers);
    if (perFollower <= settings.maxCostPerFollowerCents) return [];
    const shown = followers === 0 ? 'geen volgers' : `${euro(perFollower)} per volger`;
    const shownEn = followers === 0 ? 'no followers' : `${euro(perFollower)} per follower`;
    return [
      channelFinding('cost_without_reach', channel, {
        action: 'review',
        message: `${euro(cents)} kosten in ${input.costYear} voor ${followers} volgers: ${shown} (grens ${euro(settings.maxCostPerFollowerCents)}).`,
        messageEn: `${euro(cents)} of costs in ${input.costYear} for ${followers} followers: ${shownEn} (limit ${euro(settings.maxCostPerFollowerCents)}).`,
        basis,
      }),
    ];
  });
