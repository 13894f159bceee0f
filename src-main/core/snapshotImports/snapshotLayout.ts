import type { SnapshotMetric } from '../../../shared/domain/snapshot';
import type { SnapshotFileFormat } from '../../../shared/domain/snapshotImport';
import { normaliseHeader } from '../imports/headerMatching';
import { cellText, columnLetter, type SheetData, type SheetRow } from '../imports/sheetData';
import { parseWholeNumber } from './snapshotCounts';
import { headerDayMonthOrder, type DayMonthOrder } from './snapshotDates';
import { snapshotFileError } from './snapshotFileError';

/** What a header can say a column holds. */
type Role =
  | 'date'
  /** Meta Business Suite: new follows that day. */
  | 'primary'
  | 'linkedinTotal'
  | 'linkedinSponsored'
  | 'linkedinOrganic'
  | 'linkedinAutoInvited'
  /** YouTube's "Subscribers": the day's net change there; a total in a table of one's own. */
  | 'subscribers'
  | 'subscribersGained'
  | 'subscribersLost'
  /** A table's daily gains: "Nieuwe volgers", "Groei". */
  | 'gain'
  /** A table's totals: "Aantal", "Volgers", "Totaal". */
  | 'count';

/** Header names per role, compared as normaliseHeader makes them (lower case, no accents or punctuation). */
const ROLE_NAMES: Record<Role, string[]> = {
  date: ['date', 'datum', 'dag', 'day', 'periode', 'period'],
  primary: ['primary', 'primair', 'primaire'],
  linkedinTotal: [
    'total followers',
    'totaal aantal volgers',
    'totaal volgers',
    'volgers totaal',
    'total new followers',
    'totaal aantal nieuwe volgers',
    'totaal nieuwe volgers',
  ],
  linkedinSponsored: ['sponsored followers', 'gesponsorde volgers', 'gesponsord', 'gesponsorde', 'sponsored'],
  linkedinOrganic: ['organic followers', 'organische volgers', 'organisch', 'organische', 'organic'],
  linkedinAutoInvited: [
    'auto invited followers',
    'autoinvited followers',
    'automatisch uitgenodigde volgers',
    'automatisch uitgenodigd',
    'uitgenodigde volgers',
    'auto invited',
  ],
  subscribers: ['subscribers', 'abonnees'],
  subscribersGained: ['subscribers gained', 'gewonnen abonnees', 'abonnees gewonnen', 'abonnees erbij'],
  subscribersLost: ['subscribers lost', 'verloren abonnees', 'abonnees verloren', 'abonnees kwijt'],
  gain: [
    'nieuwe volgers',
    'new followers',
    'nieuwe follows',
    'new follows',
    'nieuwe likes',
    'new likes',
    'nieuwe fans',
    'new fans',
    'nieuwe abonnees',
    'new subscribers',
    'nieuwe leden',
    'new members',
    'groei',
    'growth',
    'toename',
    'netto groei',
    'net growth',
    'net change',
    'nettoverandering',
    'verschil',
    'difference',
    'gained',
    'gewonnen',
    'erbij',
  ],
  count: [
    'aantal',
    'count',
    'number',
    'volgers',
    'followers',
    'follows',
    'likes',
    'vind ik leuks',
    'fans',
    'leden',
    'members',
    'total',
    'totaal',
    'totals',
    'aantal volgers',
    'number of followers',
    'aantal likes',
    'aantal abonnees',
    'number of subscribers',
    'aantal leden',
    'totaal aantal',
    'stand',
  ],
};

const NAMES = Object.entries(ROLE_NAMES).flatMap(([role, names]) =>
  names.map((name) => ({ role: role as Role, words: normaliseHeader(name) })),
);

const compact = (text: string) => text.replace(/ /g, '');

/** The role a header names: an exact name first, else the longest name it holds as whole words. */
function matchRole(header: string): Role | null {
  const words = normaliseHeader(header);
  if (words === '') return null;
  let best: { role: Role; score: number } | null = null;
  for (const { role, words: name } of NAMES) {
    let score = 0;
    if (compact(words) === compact(name)) score = 1000 + name.length;
    else if (` ${words} `.includes(` ${name} `)) score = name.length;
    if (score > 0 && (!best || score > best.score)) best = { role, score };
  }
  return best?.role ?? null;
}

/** One column that makes up the day's value, added or (subscribers lost) subtracted. */
export interface ValueTerm {
  column: number;
  sign: 1 | -1;
}

export interface SnapshotLayout {
  format: SnapshotFileFormat;
  /** What is counted; null when the file does not say (a table with "Aantal"): the channel decides. */
  metric: SnapshotMetric | null;
  /** Daily gains, to be added up from a starting count; false: the values are totals. */
  gainsOnly: boolean;
  sheet: string | null;
  headerRow: SheetRow;
  /** The data rows, without YouTube's "Total" row. */
  dataRows: SheetRow[];
  dateColumn: number;
  terms: ValueTerm[];
  /** The order of day and month in dates like 02/09/2014 that the format or the header says. */
  dayMonthOrder: DayMonthOrder | null;
  columnsUsed: Array<{ header: string; usedAs: string }>;
}

/** Human names of the formats, for messages and the CLI. */
export const FORMAT_NAMES: Record<SnapshotFileFormat, { nl: string; en: string }> = {
  'meta-follows': { nl: 'Meta Business Suite, volgers', en: 'Meta Business Suite, follows' },
  'linkedin-followers': { nl: 'LinkedIn, volgers van de pagina', en: 'LinkedIn, page followers' },
  'youtube-table': { nl: 'YouTube Studio, Table data.csv', en: 'YouTube Studio, Table data.csv' },
  'youtube-totals': { nl: 'YouTube Studio, Totals.csv', en: 'YouTube Studio, Totals.csv' },
  'date-count': { nl: 'tabel met datum en aantal', en: 'table of dates and counts' },
};

const METRIC_WORDS: Array<{ words: string[]; metric: SnapshotMetric }> = [
  { words: ['likes', 'like', 'vind ik leuks', 'fans'], metric: 'likes' },
  { words: ['volgers', 'followers', 'follows', 'volger', 'follower'], metric: 'followers' },
  { words: ['abonnees', 'subscribers', 'abonnee', 'subscriber'], metric: 'subscribers' },
  { words: ['leden', 'members', 'lid', 'member'], metric: 'members' },
];

/** The metric a table's header names ("Aantal volgers" -> followers), or null ("Aantal"). */
function metricOfHeader(header: string): SnapshotMetric | null {
  const words = ` ${normaliseHeader(header)} `;
  return METRIC_WORDS.find((entry) => entry.words.some((word) => words.includes(` ${word} `)))?.metric ?? null;
}

const METRIC_NL: Record<SnapshotMetric, string> = {
  likes: 'likes',
  followers: 'volgers',
  subscribers: 'abonnees',
  members: 'leden',
};

const TOTAL_ROW = new Set(['total', 'totaal', 'totals', 'totalen']);
const FOLLOWER_SHEETS = new Set(['new followers', 'nieuwe volgers']);
/** A Meta export's title line names what it counts: only follows (or likes) are counts of people. */
const META_FOLLOWER_TITLE = /volg|follow|fan|like|leuk/;

/**
 * Recognises the layout: the header row (the first of the first ten rows with a date column and
 * a column of numbers), then the platform export it belongs to by its column names, or a plain
 * table. Throws a file-level error, in Dutch and English, when nothing fits.
 */
export function detectLayout(data: SheetData, fileName: string): SnapshotLayout {
  const where = data.sheet !== null ? { nl: ` (blad '${data.sheet}')`, en: ` (sheet '${data.sheet}')` } : { nl: '', en: '' };
  if (data.rows.length === 0) {
    throw snapshotFileError(
      'no_data',
      `Het bestand '${fileName}'${where.nl} bevat geen gegevens.`,
      `The file '${fileName}'${where.en} holds no data.`,
    );
  }
  const found = findHeader(data.rows);
  if (!found) throw unknownLayout(data, fileName, where);
  const { index, roles } = found;
  const headerRow = data.rows[index]!;
  let dataRows = data.rows.slice(index + 1);
  const header = (column: number) => cellText(headerRow.cells[column]).trim();
  const columnOf = (role: Role) => roles.findIndex((r) => r === role);
  const has = (role: Role) => columnOf(role) >= 0;
  const dateColumn = columnOf('date');

  // YouTube's first data row sums the period: "Total" in the date column.
  const isTotalRow = (row: SheetRow | undefined) =>
    row !== undefined && TOTAL_ROW.has(normaliseHeader(cellText(row.cells[dateColumn])));
  const totalRow = isTotalRow(dataRows[0]);
  if (totalRow) dataRows = dataRows.slice(1);
  if (isTotalRow(dataRows[dataRows.length - 1])) dataRows = dataRows.slice(0, -1);
  if (dataRows.length === 0) {
    throw snapshotFileError(
      'no_data',
      `Het bestand '${fileName}'${where.nl} heeft een kopregel (rij ${headerRow.row}) maar geen dagen eronder.`,
      `The file '${fileName}'${where.en} has a header row (row ${headerRow.row}) but no days below it.`,
    );
  }

  const dateUse = { header: header(dateColumn), usedAs: 'datum' };
  const base = {
    sheet: data.sheet,
    headerRow,
    dataRows,
    dateColumn,
    dayMonthOrder: headerDayMonthOrder(normaliseHeader(header(dateColumn))),
  };
  const term = (column: number, sign: 1 | -1 = 1): ValueTerm => ({ column, sign });

  if (has('primary')) {
    checkMetaTitle(data.rows.slice(0, index), fileName);
    const column = columnOf('primary');
    return {
      ...base,
      format: 'meta-follows',
      metric: 'followers',
      gainsOnly: true,
      terms: [term(column)],
      columnsUsed: [dateUse, { header: header(column), usedAs: 'nieuwe volgers per dag' }],
    };
  }

  const linkedinParts = (['linkedinSponsored', 'linkedinOrganic', 'linkedinAutoInvited'] as const).filter(has);
  const followerSheet = data.sheet !== null && FOLLOWER_SHEETS.has(normaliseHeader(data.sheet));
  if (linkedinParts.length > 0 || (has('linkedinTotal') && followerSheet)) {
    const total = columnOf('linkedinTotal');
    const columns = total >= 0 ? [total] : linkedinParts.map(columnOf);
    return {
      ...base,
      format: 'linkedin-followers',
      metric: 'followers',
      gainsOnly: true,
      // LinkedIn writes its dates month first (MM/DD/YYYY) unless the values prove otherwise.
      dayMonthOrder: base.dayMonthOrder ?? 'mdy',
      terms: columns.map((column) => term(column)),
      columnsUsed: [
        dateUse,
        ...columns.map((column) => ({
          header: header(column),
          usedAs: total >= 0 ? 'nieuwe volgers per dag (totaal)' : 'nieuwe volgers per dag (opgeteld)',
        })),
      ],
    };
  }

  if (has('subscribersGained') || has('subscribersLost') || (totalRow && has('subscribers'))) {
    const net = columnOf('subscribers');
    const gained = columnOf('subscribersGained');
    const lost = columnOf('subscribersLost');
    if (net < 0 && gained < 0) throw unknownLayout(data, fileName, where);
    const terms = net >= 0 ? [term(net)] : [term(gained), ...(lost >= 0 ? [term(lost, -1)] : [])];
    return {
      ...base,
      format: 'youtube-table',
      metric: 'subscribers',
      gainsOnly: true,
      terms,
      columnsUsed: [
        dateUse,
        ...(net >= 0
          ? [{ header: header(net), usedAs: 'nettogroei abonnees per dag' }]
          : [
              { header: header(gained), usedAs: 'nieuwe abonnees per dag (opgeteld)' },
              ...(lost >= 0 ? [{ header: header(lost), usedAs: 'verloren abonnees per dag (afgetrokken)' }] : []),
            ]),
      ],
    };
  }

  const subscribers = columnOf('subscribers');
  if (subscribers >= 0 && isYoutubeTotals(fileName, dataRows, subscribers)) {
    return {
      ...base,
      format: 'youtube-totals',
      metric: 'subscribers',
      gainsOnly: true,
      terms: [term(subscribers)],
      columnsUsed: [dateUse, { header: header(subscribers), usedAs: 'nettogroei abonnees per dag' }],
    };
  }

  // A table of one's own: a gains column ("Nieuwe volgers") or a totals column ("Volgers", "Aantal").
  const gain = columnOf('gain');
  const value =
    gain >= 0
      ? gain
      : roles.findIndex(
          (role, column) =>
            column !== dateColumn && role !== null && role !== 'date' && role !== 'gain' && role !== 'subscribersLost',
        );
  if (value < 0) throw unknownLayout(data, fileName, where);
  const metric = metricOfHeader(header(value));
  const what = metric ? METRIC_NL[metric] : 'aantal';
  return {
    ...base,
    format: 'date-count',
    metric,
    gainsOnly: gain >= 0,
    terms: [term(value)],
    columnsUsed: [
      dateUse,
      { header: header(value), usedAs: gain >= 0 ? (metric ? `nieuwe ${what} per dag` : 'groei per dag') : `${what} (totaal)` },
    ],
  };
}

/** The first of the first ten rows with a date column and one that holds numbers. */
function findHeader(rows: SheetRow[]): { index: number; roles: Array<Role | null> } | null {
  for (let index = 0; index < Math.min(rows.length, 10); index += 1) {
    const roles = rows[index]!.cells.map((cell) => matchRole(cellText(cell)));
    const date = roles.indexOf('date');
    if (date >= 0 && roles.some((role, column) => column !== date && role !== null && role !== 'date')) {
      return { index, roles };
    }
  }
  return null;
}

/**
 * YouTube's Totals.csv has only Date and Subscribers, the day's net change: by its name, or
 * because a day went below zero (a total cannot). A table "Datum; Abonnees" of one's own holds totals.
 */
function isYoutubeTotals(fileName: string, rows: SheetRow[], column: number): boolean {
  if (/^(totals?|totalen)\b/i.test(fileName.replace(/^.*[/\\]/, ''))) return true;
  return rows.some((row) => (parseWholeNumber(cellText(row.cells[column])) ?? 0) < 0);
}

/** The Meta export's title says what "Primary" counts; refuse reach, visits or views as follower counts. */
function checkMetaTitle(above: SheetRow[], fileName: string): void {
  const title = above
    .map((row) => row.cells.map((cell) => cellText(cell).trim()).find((text) => text !== '') ?? '')
    .filter((text) => text !== '')
    .pop();
  if (title === undefined || META_FOLLOWER_TITLE.test(normaliseHeader(title))) return;
  throw snapshotFileError(
    'not_followers',
    `'${fileName}' is een export van Meta Business Suite over '${title}', niet over volgers. Exporteer in Meta Business Suite de volgers (Inzichten, "Facebook-volgers" of "Instagram-volgers").`,
    `'${fileName}' is a Meta Business Suite export of '${title}', not of follows. Export the follows in Meta Business Suite (Insights, "Facebook follows" or "Instagram follows").`,
    { title },
  );
}

function unknownLayout(data: SheetData, fileName: string, where: { nl: string; en: string }) {
  const firstRow = data.rows[0]!;
  const shown = firstRow.cells
    .map((cell, column) => ({ text: cellText(cell).trim(), column }))
    .filter((cell) => cell.text !== '')
    .slice(0, 8)
    .map((cell) => `${columnLetter(cell.column)} '${cell.text.slice(0, 40)}'`)
    .join(', ');
  const sheets =
    data.sheets.length > 1
      ? { nl: ` Bladen: ${data.sheets.join(', ')}.`, en: ` Sheets: ${data.sheets.join(', ')}.` }
      : { nl: '', en: '' };
  return snapshotFileError(
    'unknown_layout',
    `Onbekende indeling in '${fileName}'${where.nl}: er is geen kopregel met een kolom datum en een kolom aantal (of volgers, abonnees, likes) in de eerste tien rijen. Herkend worden de exports van Meta Business Suite (volgers), LinkedIn (volgers), YouTube Studio (Table data.csv, Totals.csv) en een tabel met de kolommen Datum en Aantal. Eerste rij (${firstRow.row}): ${shown}.${sheets.nl}`,
    `Unknown layout in '${fileName}'${where.en}: no header row with a date column and a count column (or followers, subscribers, likes) in the first ten rows. Recognised are the exports of Meta Business Suite (follows), LinkedIn (followers), YouTube Studio (Table data.csv, Totals.csv) and a table with the columns Date and Count. First row (${firstRow.row}): ${shown}.${sheets.en}`,
  );
}
