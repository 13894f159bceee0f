import type { ImportField } from '../../../shared/domain/channelImport';
import { parseKind, parsePlatform } from '../../../shared/domain/channelCells';
import { parseOrganisationKind } from './organisationKind';
import { cellText, type SheetRow } from './sheetData';

/**
 * Which column is which: header names as inventories write them, in Dutch and English,
 * compared without case, accents or punctuation. A header matches a name exactly, or contains
 * it as whole words ("Naam van het kanaal", "E-mail van de verantwoordelijke"); the longest
 * name wins, and e-mail words beat the person words next to them.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  name: [
    'naam',
    'name',
    'kanaal',
    'kanaalnaam',
    'naam kanaal',
    'account name',
    'accountnaam',
    'channel',
    'channel name',
    'titel',
    'title',
  ],
  kind: ['soort kanaal', 'kanaalsoort', 'kind', 'channel kind', 'website of sociale media', 'website or social media'],
  platform: [
    'platform',
    'medium',
    'kanaal type',
    'kanaaltype',
    'type kanaal',
    'netwerk',
    'sociaal netwerk',
    'social network',
    'network',
    'channel type',
  ],
  handle: ['handle', 'account', 'gebruikersnaam', 'username', 'user name', 'accountid', 'account id', '@'],
  url: ['url', 'link', 'adres', 'webadres', 'internetadres', 'website', 'web address', 'address', 'webpagina', 'webpage'],
  organisation: ['organisatie', 'organisation', 'organization', 'dienst', 'afdeling', 'department', 'entiteit', 'entity'],
  organisationKind: [
    'soort organisatie',
    'type organisatie',
    'organisatietype',
    'organisatiesoort',
    'organisation type',
    'organization type',
    'organisation kind',
    'type',
  ],
  responsiblePerson: [
    'verantwoordelijke',
    'contactpersoon',
    'beheerder',
    'owner',
    'responsible',
    'responsible person',
    'eigenaar',
    'contact',
    'beheerd door',
    'managed by',
  ],
  responsibleEmail: [
    'e mail verantwoordelijke',
    'e mail',
    'email',
    'mail',
    'e mailadres',
    'emailadres',
    'mailadres',
    'responsible email',
    'owner email',
    'email address',
  ],
  status: ['status', 'toestand', 'state'],
  audience: ['doelgroep', 'doelgroepen', 'publiek', 'doelpubliek', 'audience', 'target audience', 'target group'],
  purpose: ['doel', 'doelstelling', 'doelen', 'purpose', 'goal', 'objective'],
  createdByWebmasters: [
    'aangemaakt door webmasters',
    'aangemaakt door webmaster',
    'door webmasters',
    'webmasters',
    'created by webmasters',
    'created by webmaster',
  ],
  notes: [
    'opmerkingen',
    'opmerking',
    'notities',
    'notitie',
    'notes',
    'note',
    'remarks',
    'remark',
    'commentaar',
    'comments',
    'toelichting',
  ],
};

/** Headers that could mean several fields: the column's values decide. The first candidate is the default. */
const DECIDED_BY_VALUES: Record<string, ImportField[]> = {
  type: ['organisationKind', 'platform', 'kind'],
  soort: ['platform', 'organisationKind', 'kind'],
  categorie: ['platform', 'organisationKind', 'kind'],
  category: ['platform', 'organisationKind', 'kind'],
  soortkanaal: ['platform', 'kind'],
  typekanaal: ['platform', 'kind'],
  kanaaltype: ['platform', 'kind'],
  kanaalsoort: ['platform', 'kind'],
  channeltype: ['platform', 'kind'],
};

const EMAIL_WORDS = new Set(['e mail', 'email', 'mail', 'e mailadres', 'emailadres', 'mailadres']);

export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();
}

const compact = (text: string) => text.replace(/ /g, '');

const TABLE = Object.entries(SYNONYMS).flatMap(([field, names]) =>
  names.map((name) => ({ field: field as ImportField, words: normaliseHeader(name) || name })),
);

/** The field a header names and how sure that is (higher is surer), or null. */
export function matchHeader(header: string): { field: ImportField; score: number } | null {
  const words = normaliseHeader(header);
  if (words === '') return null;
  if (words.startsWith('@')) return { field: 'handle', score: 1000 };
  let best: { field: ImportField; score: number } | null = null;
  for (const { field, words: name } of TABLE) {
    let score = 0;
    if (compact(words) === compact(name)) score = 1000 + name.length;
    else if (` ${words} `.includes(` ${name} `)) score = name.length + (EMAIL_WORDS.has(name) ? 100 : 0);
    if (score > 0 && (!best || score > best.score)) best = { field, score };
  }
  return best;
}

/**
 * The header row: the first of the first ten rows in which at least two cells name a field
 * (a title or a date above the table is skipped), else the first row.
 */
export function findHeaderRow(rows: SheetRow[]): number {
  for (let index = 0; index < Math.min(rows.length, 10); index += 1) {
    const matched = rows[index]!.cells.filter((cell) => matchHeader(cellText(cell)) !== null).length;
    if (matched >= 2) return index;
  }
  return 0;
}

const PARSERS: Partial<Record<ImportField, (text: string) => unknown>> = {
  platform: parsePlatform,
  organisationKind: parseOrganisationKind,
  kind: parseKind,
};

/**
 * The suggested field for every column (null: ignored). A field goes to one column only: the
 * surest match, then the leftmost.
 */
export function suggestMapping(headers: string[], columnValues: (column: number) => string[]): Array<ImportField | null> {
  const candidates: Array<{ column: number; field: ImportField; score: number }> = [];
  headers.forEach((header, column) => {
    const ambiguous = DECIDED_BY_VALUES[compact(normaliseHeader(header))];
    if (ambiguous) {
      // Each field the values fit, best fit first, so a taken field leaves the next one.
      decideByValues(ambiguous, columnValues(column)).forEach((field, rank) =>
        candidates.push({ column, field, score: 500 - rank }),
      );
      return;
    }
    const match = matchHeader(header);
    if (match) candidates.push({ column, ...match });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Array<ImportField | null> = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const candidate of candidates) {
    if (taken.has(candidate.field) || mapping[candidate.column] !== null) continue;
    mapping[candidate.column] = candidate.field;
    taken.add(candidate.field);
  }
  return mapping;
}

/** The fields the column's values parse as, most matches first; the default alone when none fit. */
function decideByValues(fields: ImportField[], values: string[]): ImportField[] {
  const filled = values.filter((value) => value.trim() !== '');
  const counted = fields
    .map((field, order) => ({ field, order, count: filled.filter((value) => PARSERS[field]?.(value) !== undefined).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order);
  return counted.length > 0 ? counted.map((entry) => entry.field) : [fields[0]!];
}
