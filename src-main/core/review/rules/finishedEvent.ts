import { belgianDay } from '../reviewDates';
import { closingText } from '../reviewPolicy';
import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

/**
 * A one-off event or project that ended before the reference date. The policy: delete it when
 * its audience is small (fewer than `smallAudience` members), otherwise leave it with the
 * closing text. Without any count the audience is unknown: archiving keeps what might matter.
 */
export const finishedEvent: ReviewRuleCheck = (input, settings) =>
  input.channels.flatMap((channel) => {
    if (channel.eventEndedOn === null || channel.eventEndedOn >= input.referenceDate) return [];
    const ended = belgianDay(channel.eventEndedOn);
    const count = channel.latest?.count ?? null;
    const small = count !== null && count < settings.smallAudience;
    const basis = { eventEndedOn: channel.eventEndedOn, count, small };
    if (small)
      return [
        channelFinding('finished_event', channel, {
          action: 'delete',
          message: `Afgelopen op ${ended}, met ${count} leden (minder dan ${settings.smallAudience}): laten verwijderen.`,
          messageEn: `Ended on ${ended}, with ${count} members (fewer than ${settings.smallAudience}): have it deleted.`,
          basis,
        }),
      ];
    return [
      channelFinding('finished_event', channel, {
        action: 'archive',
        message: `Afgelopen op ${ended}${count === null ? '' : `, met ${count} leden`}: laten bestaan met de afsluitende vermelding.`,
        messageEn: `Ended on ${ended}${count === null ? '' : `, with ${count} members`}: keep it with the closing message.`,
        closingText: closingText(ended),
        basis,
      }),
    ];
  });
