import { lookup } from './channelCells';
import { COST_CATEGORIES, RECURRENCES, type CostCategory, type Recurrence } from './cost';
import { COST_CATEGORY_LABELS, RECURRENCE_LABELS } from './labels';

/**
 * Cost categories and recurrences read back from pasted or imported text: codes, Dutch and
 * English labels and the words finance lists use. Undefined for text that is none of them.
 */
export const parseCostCategory = lookup<CostCategory>(COST_CATEGORIES, COST_CATEGORY_LABELS, {
  ontwikkeling: 'creation',
  creatie: 'creation',
  opmaak: 'creation',
  ontwerp: 'creation',
  design: 'creation',
  implementatie: 'technical_implementation',
  technisch: 'technical_implementation',
  techniek: 'technical_implementation',
  development: 'technical_implementation',
  beheer: 'maintenance',
  support: 'maintenance',
  webhosting: 'hosting',
  domein: 'domain_name',
  domain: 'domain_name',
  licentie: 'licence_tool',
  licence: 'licence_tool',
  license: 'licence_tool',
  tool: 'licence_tool',
  software: 'licence_tool',
  abonnement: 'licence_tool',
  advertentie: 'advertising',
  advertenties: 'advertising',
  reclame: 'advertising',
  boosting: 'advertising',
  boost: 'advertising',
  ads: 'advertising',
  prijs: 'prizes_actions',
  prijzen: 'prizes_actions',
  actie: 'prizes_actions',
  wedstrijd: 'prizes_actions',
  prize: 'prizes_actions',
  personeel: 'staff_time',
  uren: 'staff_time',
  personeelskost: 'staff_time',
  staff: 'staff_time',
  overig: 'other',
  overige: 'other',
  divers: 'other',
});

/** Blank reads as "once" (a finance line without recurrence is a one-off invoice). */
export function parseRecurrence(text: string): Recurrence | undefined {
  return text.trim() === '' ? 'once' : recurrenceLookup(text);
}
const recurrenceLookup = lookup<Recurrence>(RECURRENCES, RECURRENCE_LABELS, {
  eenmalig: 'once',
  eenmaal: 'once',
  'one-off': 'once',
  oneoff: 'once',
  geen: 'once',
  maand: 'monthly',
  maandelijks: 'monthly',
  'per maand': 'monthly',
  month: 'monthly',
  kwartaal: 'quarterly',
  driemaandelijks: 'quarterly',
  quarter: 'quarterly',
  jaar: 'yearly',
  jaarlijks: 'yearly',
  'per jaar': 'yearly',
  annual: 'yearly',
  annually: 'yearly',
  year: 'yearly',
});
