import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

/**
 * The policy: accounts are created by the webmasters and their passwords kept centrally. Only a
 * recorded "no" is a finding; most inherited channels do not say, and unknown is not wrong.
 */
export const notManagedByWebmasters: ReviewRuleCheck = (input) =>
  input.channels.flatMap((channel) => {
    const parts: Array<{ nl: string; en: string }> = [];
    if (channel.createdByWebmasters === false)
      parts.push({ nl: 'Niet aangemaakt door de webmasters', en: 'Not created by the webmasters' });
    if (channel.passwordsCentralised === false)
      parts.push({ nl: 'Wachtwoorden niet centraal bewaard', en: 'Passwords not kept centrally' });
    if (parts.length === 0) return [];
    return [
      channelFinding('not_managed_by_webmasters', channel, {
        action: 'hand_over',
        message: `${parts.map((p) => p.nl).join('; ')}.`,
        messageEn: `${parts.map((p) => p.en).join('; ')}.`,
        basis: { createdByWebmasters: channel.createdByWebmasters, passwordsCentralised: channel.passwordsCentralised },
      }),
    ];
  });
