import {
  REVIEW_RULES,
  type ReviewAction,
  type ReviewRule,
  type ReviewRuleInfo,
  type ReviewSettings,
  type ReviewSeverity,
} from '../../../shared/domain/review';
import { POLICY_QUOTES } from './reviewPolicy';

interface RuleText {
  title: string;
  titleEn: string;
  rationale: string;
  rationaleEn: string;
  severity: ReviewSeverity;
  action: ReviewAction;
}

/** Titles and why each rule exists; `settings` fills in the thresholds the user chose. */
function ruleTexts(settings: ReviewSettings): Record<ReviewRule, RuleText> {
  const months = settings.dormantMonths;
  return {
    dormant: {
      title: 'Slapend kanaal',
      titleEn: 'Dormant channel',
      rationale: `Het beleid wil geen kanalen die slapend op internet blijven: status "slapend", nooit gepost, geen activiteit of geen groei in ${months} maanden.`,
      rationaleEn: `The policy wants no channels left dormant online: status "dormant", never posted, no activity or no growth in ${months} months.`,
      severity: 'high',
      action: 'delete',
    },
    defunct_platform: {
      title: 'Platform bestaat niet meer',
      titleEn: 'Platform no longer exists',
      rationale:
        'Een kanaal op een gesloten platform (Google+) kan geen meerwaarde meer hebben; het hoort niet meer in de lijst van actieve kanalen.',
      rationaleEn:
        'A channel on a closed platform (Google+) cannot add value any more; it no longer belongs among the live channels.',
      severity: 'high',
      action: 'delete',
    },
    no_responsible: {
      title: 'Geen verantwoordelijke',
      titleEn: 'No responsible person',
      rationale:
        'Elk kanaal heeft iemand nodig die er toegang toe heeft en de inhoud beheert, ook wanneer die persoon vertrekt (de doelstellingen in het collegebesluit zelf).',
      rationaleEn:
        'Every channel needs someone who has access to it and manages its content, also when that person leaves (the goals in the college decision itself).',
      severity: 'high',
      action: 'hand_over',
    },
    not_managed_by_webmasters: {
      title: 'Niet via de webmasters',
      titleEn: 'Not through the webmasters',
      rationale:
        'Accounts worden aangemaakt door de webmasters en de wachtwoorden centraal bewaard, zodat een personeelswissel de stad niet buitensluit.',
      rationaleEn:
        'Accounts are created by the webmasters and their passwords kept centrally, so a change of staff does not lock the city out.',
      severity: 'medium',
      action: 'hand_over',
    },
    duplicate: {
      title: 'Dubbel kanaal',
      titleEn: 'Duplicate channel',
      rationale: 'Meerdere accounts van één organisatie op één platform, of twee keer hetzelfde adres, versnipperen het publiek.',
      rationaleEn: 'Several accounts of one organisation on one platform, or the same address twice, split the audience.',
      severity: 'medium',
      action: 'merge',
    },
    finished_event: {
      title: 'Afgelopen evenement of project',
      titleEn: 'Finished event or project',
      rationale: `Een eenmalig evenement of project dat voorbij is: verwijderen bij minder dan ${settings.smallAudience} leden, anders laten bestaan met de afsluitende vermelding uit het beleid.`,
      rationaleEn: `A one-off event or project that is over: delete it below ${settings.smallAudience} members, otherwise keep it with the policy's closing message.`,
      severity: 'medium',
      action: 'archive',
    },
    own_domain: {
      title: 'Eigen domeinnaam',
      titleEn: 'Own domain name',
      rationale: `Websites horen op ${settings.cityDomains.join(', ')} (${settings.cityDomains[0]}/trefwoord); eigen domeinnamen worden stapsgewijs afgebouwd.`,
      rationaleEn: `Websites belong on ${settings.cityDomains.join(', ')} (${settings.cityDomains[0]}/keyword); own domain names are phased out step by step.`,
      severity: 'low',
      action: 'merge',
    },
    cost_without_reach: {
      title: 'Kosten zonder bereik',
      titleEn: 'Cost without reach',
      rationale:
        'Kosten in het laatste volledige jaar zonder enige telling, of een kost per volger boven de grens: de opbrengst (ROI) is niet aangetoond.',
      rationaleEn:
        'Costs in the last full year without any count, or a cost per follower above the limit: the return (ROI) is not shown.',
      severity: 'medium',
      action: 'review',
    },
    not_reviewed: {
      title: 'Te herzien',
      titleEn: 'To review',
      rationale: `Kanalen worden geregeld geëvalueerd: nooit of meer dan ${settings.notReviewedMonths} maanden geleden nagekeken.`,
      rationaleEn: `Channels are evaluated regularly: never reviewed, or more than ${settings.notReviewedMonths} months ago.`,
      severity: 'low',
      action: 'review',
    },
  };
}

export function ruleInfos(settings: ReviewSettings): ReviewRuleInfo[] {
  const texts = ruleTexts(settings);
  return REVIEW_RULES.map((rule) => ({
    rule,
    ...texts[rule],
    policyQuote: POLICY_QUOTES[rule],
    enabled: !settings.disabledRules.includes(rule),
  }));
}
