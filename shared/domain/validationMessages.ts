import type { z } from 'zod';

/** Field names as the user sees them, for messages that say where the problem is. */
const FIELD_LABELS: Record<string, { nl: string; en: string }> = {
  name: { nl: 'naam', en: 'name' },
  kind: { nl: 'soort', en: 'kind' },
  platform: { nl: 'platform', en: 'platform' },
  handle: { nl: 'account', en: 'handle' },
  url: { nl: 'URL', en: 'URL' },
  status: { nl: 'status', en: 'status' },
  organisationId: { nl: 'organisatie', en: 'organisation' },
  responsiblePersonId: { nl: 'verantwoordelijke', en: 'responsible person' },
  email: { nl: 'e-mail', en: 'e-mail' },
  date: { nl: 'datum', en: 'date' },
  count: { nl: 'aantal', en: 'count' },
  path: { nl: 'bestand', en: 'file' },
  channelId: { nl: 'kanaal', en: 'channel' },
  description: { nl: 'omschrijving', en: 'description' },
  category: { nl: 'categorie', en: 'category' },
  amountCents: { nl: 'bedrag', en: 'amount' },
  vatIncluded: { nl: 'btw inbegrepen', en: 'VAT included' },
  startDate: { nl: 'datum', en: 'date' },
  endDate: { nl: 'einddatum', en: 'end date' },
  recurrence: { nl: 'herhaling', en: 'recurrence' },
  supplier: { nl: 'leverancier', en: 'supplier' },
  reference: { nl: 'referentie', en: 'reference' },
  year: { nl: 'jaar', en: 'year' },
  toYear: { nl: 'eindjaar', en: 'end year' },
  fromYear: { nl: 'beginjaar', en: 'start year' },
  from: { nl: 'begindatum', en: 'start date' },
  to: { nl: 'einddatum', en: 'end date' },
  lastActivityOn: { nl: 'laatste activiteit', en: 'last activity' },
  hasPosted: { nl: 'ooit gepost', en: 'ever posted' },
  passwordsCentralised: { nl: 'wachtwoorden centraal', en: 'passwords kept centrally' },
  eventEndedOn: { nl: 'einde evenement/project', en: 'event/project ended' },
  reviewedOn: { nl: 'laatst nagekeken', en: 'last reviewed' },
  ownerPersonId: { nl: 'eigenaar', en: 'owner' },
  dueDate: { nl: 'tegen', en: 'due date' },
  reason: { nl: 'reden', en: 'reason' },
};

/** Longest field name quoted in a message: a key the caller made up (a record's key) can be any length. */
const MAX_QUOTED_KEY = 60;

function label(path: PropertyKey[]): { nl: string; en: string } {
  const last = path.filter((p) => typeof p === 'string').at(-1) as string | undefined;
  if (!last) return { nl: 'invoer', en: 'input' };
  // Own keys only: a key named "constructor" or "__proto__" is the caller's text, not a label.
  if (Object.prototype.hasOwnProperty.call(FIELD_LABELS, last)) return FIELD_LABELS[last]!;
  const quoted = last.length > MAX_QUOTED_KEY ? `${last.slice(0, MAX_QUOTED_KEY)}…` : last;
  return { nl: quoted, en: quoted };
}

/**
 * Rule messages the schemas set themselves (`{ message: 'http_url' }`): a code, so the text
 * exists in both languages instead of leaking English into the Dutch message.
 */
export const RULE_MESSAGES = {
  http_url: {
    nl: 'moet een webadres zijn dat begint met http:// of https://',
    en: 'must be a web address starting with http:// or https://',
  },
  iso_date: { nl: 'moet een datum zijn in de vorm JJJJ-MM-DD', en: 'must be a date written as YYYY-MM-DD' },
  calendar_date: { nl: 'is geen bestaande datum', en: 'is not a real calendar date' },
  end_before_start: { nl: 'ligt vóór de begindatum', en: 'is before the start date' },
  cost_owner: {
    nl: 'moet ingevuld zijn: een kost hoort bij één kanaal of bij één organisatie (gedeelde kost), niet bij beide',
    en: 'must be set: a cost belongs to one channel or to one organisation (shared cost), not both',
  },
  budget_scope: {
    nl: 'mag niet samen met een kanaal: een budget geldt voor een kanaal of een organisatie',
    en: 'cannot go with a channel: a budget is for a channel or for an organisation',
  },
  year_out_of_range: { nl: 'moet tussen 1990 en 2200 liggen', en: 'must lie between 1990 and 2200' },
  range_too_long: { nl: 'ligt meer dan 50 jaar na het beginjaar', en: 'is more than 50 years after the start year' },
  control_characters: {
    nl: 'bevat een onzichtbaar stuurteken (bv. uit een ander programma gekopieerd); haal het weg',
    en: 'contains an invisible control character (e.g. copied from another program); remove it',
  },
} as const;
export type RuleMessage = keyof typeof RULE_MESSAGES;

function describe(issue: z.core.$ZodIssue): { nl: string; en: string } {
  if (Object.prototype.hasOwnProperty.call(RULE_MESSAGES, issue.message)) return RULE_MESSAGES[issue.message as RuleMessage];
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? { nl: 'mag niet leeg zijn', en: 'must not be empty' }
        : { nl: `is te klein (minimum ${String(issue.minimum)})`, en: `is too small (minimum ${String(issue.minimum)})` };
    case 'too_big':
      return { nl: `is te groot (maximum ${String(issue.maximum)})`, en: `is too large (maximum ${String(issue.maximum)})` };
    case 'invalid_value':
      return {
        nl: `moet een van deze waarden zijn: ${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_format':
      return { nl: `heeft een ongeldig formaat (${issue.format})`, en: `has an invalid format (${issue.format})` };
    case 'invalid_type':
      return {
        nl: `heeft het verkeerde type (verwacht: ${issue.expected})`,
        en: `has the wrong type (expected ${issue.expected})`,
      };
    case 'unrecognized_keys':
      return { nl: `onbekende velden: ${issue.keys.join(', ')}`, en: `unknown fields: ${issue.keys.join(', ')}` };
    default:
      return { nl: `is ongeldig (${issue.message})`, en: `is invalid (${issue.message})` };
  }
}

export interface FieldProblem {
  path: string;
  message: string;
  messageEn: string;
}

/** Turns schema issues into one Dutch and one English sentence per problem, naming the field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const where = label(issue.path);
    const what = describe(issue);
    return {
      path: issue.path.map(String).join('.'),
      message: `${where.nl[0]!.toUpperCase()}${where.nl.slice(1)} ${what.nl}.`,
      messageEn: `${where.en[0]!.toUpperCase()}${where.en.slice(1)} ${what.en}.`,
    };
  });
}
