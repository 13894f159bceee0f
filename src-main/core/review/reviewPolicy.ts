import type { ReviewRule } from '../../../shared/domain/review';

/**
 * The city's own words. The 2014 college decision quotes the "bedrijfspolicy" (websites, domain
 * names, social media guidelines) and the ICT department's goals; each rule cites the sentence
 * it checks, verbatim: word for word as the decision prints them (the seed is not in the repository; check a change against it).
 */
export const POLICY_QUOTES: Record<ReviewRule, string> = {
  dormant:
    'Een Facebook of Twitterinitiatief dat niet succesvol is of tijdsgebonden (eenmalig evenement) laat je niet slapend op internet.',
  defunct_platform:
    "Social media pagina's dienen een duidelijke meerwaarde te hebben, zowel voor de bezoeker als voor stad Mechelen. Gewoon een pagina om passief aanwezig te zijn kan niet.",
  no_responsible:
    'In eerste instantie zal voor elk kanaal getracht worden een verantwoordelijke te bepalen, die toegang heeft tot het medium en de inhoud beheert.',
  not_managed_by_webmasters:
    'Een social media pagina maak je nooit aan op je eigen naam, ook niet je professionele account maar laat je aanmaken door de webmasters. Zo blijft de opvolging en het beheer van paswoorden gegarandeerd bij personeelwissels.',
  duplicate: 'Een teveel aan versnipperde initiatieven blijkt nefast zoals ook bleek uit de studie Mechelen - Digitale Stad.',
  finished_event:
    'Ofwel vraag je de pagina te verwijderen (aan te raden bij groepen kleiner dan 25 leden en een niet werderkerend evenement/project) ofwel laat je deze bestaan met de volgende duidelijke vermelding:',
  own_domain:
    'Daarom worden er vanaf heden geen nieuwe domeinnamen meer geregistreerd en bestaande domeinnamen stapsgewijze (gedeeltelijk) afgebouwd.',
  cost_without_reach:
    'Social Media worden bij Stad Mechelen optimaal, zeer gericht en met focus op ROI en engagement niveau ingeschakeld.',
  not_reviewed: 'Gebruik van social media en Youtube wordt ook constant geëvalueerd en bijgestuurd.',
};

/**
 * The closing message the policy prescribes for a finished event or project that stays online,
 * verbatim ("Stopzetten social media"); `***datum***` is the policy's own placeholder.
 */
export const POLICY_CLOSING_TEXT = [
  'Dit evenement/project is afgelopen. Stad Mechelen dankt je voor je enthousiasme en betrokkenheid.',
  'Deze pagina wordt niet meer geupdate vanaf ***datum***.',
  'Blijf op de hoogte via stedelijke website: http://www.mechelen.be',
].join('\n\n');

/** The closing text with the policy's placeholder filled in (dd/mm/jjjj). */
export function closingText(day: string): string {
  return POLICY_CLOSING_TEXT.replace('***datum***', day);
}
