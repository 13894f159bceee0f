import { channelFinding, type ReviewRuleCheck } from '../reviewFinding';

/** Nobody answers for the channel, or the person who did has left (inactive or deleted). */
export const noResponsible: ReviewRuleCheck = (input) =>
  input.channels.flatMap((channel) => {
    if (channel.responsiblePersonActive === true) return [];
    const left = channel.responsiblePersonActive === false;
    const name = channel.responsiblePersonName ?? '';
    return [
      channelFinding('no_responsible', channel, {
        action: 'hand_over',
        message: left ? `De verantwoordelijke (${name}) is niet meer actief.` : 'Geen verantwoordelijke.',
        messageEn: left ? `The responsible person (${name}) is no longer active.` : 'No responsible person.',
        basis: { responsiblePersonId: channel.responsiblePersonId, active: channel.responsiblePersonActive },
      }),
    ];
  });
