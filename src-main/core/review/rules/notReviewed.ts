import { belgianDay, monthsBefore } from '../reviewDates';
import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

/** The "te herzien" list: never reviewed, or last reviewed more than `notReviewedMonths` ago. */
export const notReviewed: ReviewRuleCheck = (input, settings) => {
  const since = monthsBefore(input.referenceDate, settings.notReviewedMonths);
  return input.channels.flatMap((channel) => {
    if (channel.reviewedOn !== null && channel.reviewedOn >= since) return [];
    const last = channel.reviewedOn === null ? null : belgianDay(channel.reviewedOn);
    return [
      channelFinding('not_reviewed', channel, {
        action: 'review',
        message: last
          ? `Laatst nagekeken op ${last}, meer dan ${settings.notReviewedMonths} maanden geleden.`
          : 'Nooit nagekeken.',
        messageEn: last ? `Last reviewed on ${last}, more than ${settings.notReviewedMonths} months ago.` : 'Never reviewed.',
        basis: { reviewedOn: channel.reviewedOn },
      }),
    ];
  });
};
