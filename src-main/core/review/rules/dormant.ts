import { belgianDay, monthsBefore } from '../reviewDates';
import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';
import type { ReviewChannel } from '../reviewInput';

interface Reason {
  nl: string;
  en: string;
}

/**
 * Dormant: the status says "slapend"; the account never posted; the last known activity is older
 * than `dormantMonths` before the reference date; or the counts span at least `dormantMonths`
 * without growth. A single count says nothing about growth, and an unknown activity date is no
 * finding: the rule only speaks from what the register knows.
 */
export const dormant: ReviewRuleCheck = (input, settings) => {
  const since = monthsBefore(input.referenceDate, settings.dormantMonths);
  return input.channels.flatMap((channel) => {
    const reasons = dormantReasons(channel, since, settings.dormantMonths);
    if (reasons.length === 0) return [];
    return [
      channelFinding('dormant', channel, {
        action: 'delete',
        message: `${reasons.map((r) => r.nl).join('; ')}.`,
        messageEn: `${reasons.map((r) => r.en).join('; ')}.`,
        basis: {
          status: channel.status,
          hasPosted: channel.hasPosted,
          lastActivityOn: channel.lastActivityOn,
          latest: channel.latest,
          earlier: channel.earlier,
          reasons: reasons.map((r) => r.en),
        },
      }),
    ];
  });
};

function dormantReasons(channel: ReviewChannel, since: string, months: number): Reason[] {
  const reasons: Reason[] = [];
  if (channel.status === 'dormant') reasons.push({ nl: 'Status "slapend"', en: 'Status "dormant"' });
  if (channel.hasPosted === false) {
    const note = channel.notes ? ` (notitie: ${channel.notes})` : '';
    const noteEn = channel.notes ? ` (note: ${channel.notes})` : '';
    reasons.push({ nl: `Nooit iets gepost${note}`, en: `Never posted${noteEn}` });
  }
  if (channel.lastActivityOn !== null && channel.lastActivityOn < since) {
    const day = belgianDay(channel.lastActivityOn);
    reasons.push({
      nl: `Laatste activiteit op ${day}, meer dan ${months} maanden geleden`,
      en: `Last activity on ${day}, more than ${months} months ago`,
    });
  }
  const { latest, earlier } = channel;
  if (latest && earlier && latest.count <= earlier.count) {
    reasons.push({
      nl: `Geen groei: ${latest.count} ${latest.metric} op ${belgianDay(latest.date)}, ${earlier.count} op ${belgianDay(earlier.date)}`,
      en: `No growth: ${latest.count} ${latest.metric} on ${belgianDay(latest.date)}, ${earlier.count} on ${belgianDay(earlier.date)}`,
    });
  }
  return reasons;
}
