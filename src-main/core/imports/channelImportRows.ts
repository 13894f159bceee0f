import type { ImportField } from '../../../shared/domain/channelImport';
import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { channelFieldsSchema, type ChannelKind, type ChannelStatus, type Platform } from '../../../shared/domain/channel';
import { parseKind, parsePlatform, parseStatus, parseYesNo } from '../../../shared/domain/channelCells';
import { detectChannelUrl } from '../../../shared/domain/channelUrl';
import { PLATFORM_LABELS } from '../../../shared/domain/labels';
import type { OrganisationKind } from '../../../shared/domain/organisation';
import { personFieldsSchema } from '../../../shared/domain/person';
import { describeIssues } from '../../../shared/domain/validationMessages';
import { quote } from './importProblems';
import { parseOrganisationKind } from './organisationKind';
import { channelKey } from './channelKey';
import { rowCells } from './rowCells';
import type { SheetRow } from './sheetData';

/** A row that can become a channel; organisation and person still by name (the plan resolves them). */
export interface ChannelDraft {
  row: number;
  fields: {
    kind: ChannelKind;
    platform: Platform;
    name: string;
    handle: string | null;
    url: string | null;
    status?: ChannelStatus | null;
    audience?: string | null;
    purpose?: string | null;
    createdByWebmasters?: boolean | null;
    notes?: string | null;
  };
  organisation: { name: string; kind: OrganisationKind | null } | null;
  person: { name: string | null; email: string | null } | null;
}

export interface RowResult {
  row: number;
  /** Null when the row has problems. */
  draft: ChannelDraft | null;
  problems: ImportProblem[];
  /** Same account or same page (channelKey), also for rows with problems, to find duplicates. */
  duplicateKey: string | null;
  /** The column a duplicate is reported in: the URL's, else the handle's. */
  duplicateField: 'url' | 'handle';
}

export type FieldColumns = Map<ImportField, number>;

/**
 * One spreadsheet row read as a channel, by the rules a person would apply:
 * - the name is required, but a row without one takes its handle, or for a website its address
 *   (host and path), so a list of bare URLs still imports;
 * - the platform comes from the platform column, else from the URL; a URL that clearly belongs
 *   to another platform than the column says is a problem;
 * - the URL is stored normalised (https, no tracking parameters), and gives the handle and the
 *   kind (website or social media) when those columns are empty or absent;
 * - status, yes/no and organisation kind are read from their Dutch or English labels.
 */
export function readChannelRow(source: SheetRow, columns: FieldColumns, sheet: string | null): RowResult {
  const { problems, problem, text } = rowCells(source, columns, sheet);

  const urlText = text('url');
  const detected = urlText === '' ? null : detectChannelUrl(urlText);
  if (urlText !== '' && !detected) {
    problem(
      'url',
      `${quote(urlText)} is geen webadres (http:// of https://)`,
      `${quote(urlText)} is not a web address (http:// or https://)`,
    );
  }

  let platform: Platform | undefined;
  const platformText = text('platform');
  if (platformText !== '') {
    platform = parsePlatform(platformText);
    if (!platform) {
      problem('platform', `onbekend platform ${quote(platformText)}`, `unknown platform ${quote(platformText)}`);
    } else if (detected && detected.kind === 'social' && platform !== detected.platform && platform !== 'other') {
      problem(
        'platform',
        `het platform is ${PLATFORM_LABELS[platform].nl}, maar de URL is een ${PLATFORM_LABELS[detected.platform].nl}-adres`,
        `the platform is ${PLATFORM_LABELS[platform].en}, but the URL is a ${PLATFORM_LABELS[detected.platform].en} address`,
      );
    }
  } else if (detected) {
    platform = detected.platform;
  } else if (urlText === '') {
    problem(
      'platform',
      'het platform ontbreekt, en er is geen URL om het uit af te leiden',
      'the platform is missing, and there is no URL to tell it from',
    );
  }

  let kind: ChannelKind | undefined;
  const kindText = text('kind');
  if (kindText !== '') {
    kind = parseKind(kindText);
    if (!kind)
      problem(
        'kind',
        `onbekende soort ${quote(kindText)} (Website of Sociale media)`,
        `unknown kind ${quote(kindText)} (Website or Social media)`,
      );
  } else if (platform) {
    kind = platform === 'website' ? 'website' : platform === 'other' ? (detected?.kind ?? 'social') : 'social';
  }

  const handleText = text('handle');
  const handle = handleText !== '' ? handleText : detected && detected.platform === platform ? detected.handle : null;

  const nameText = text('name');
  const name = nameText !== '' ? nameText : (handle ?? (detected ? siteName(detected.url) : ''));
  if (name === '') {
    problem(
      'name',
      'de naam ontbreekt (en er is geen account of URL om ze uit af te leiden)',
      'the name is missing (and there is no handle or URL to take it from)',
    );
  }

  const fields: ChannelDraft['fields'] = {
    kind: kind ?? 'social',
    platform: platform ?? 'other',
    name,
    handle,
    url: detected?.url ?? null,
  };
  if (columns.has('status')) {
    const statusText = text('status');
    const status = parseStatus(statusText);
    if (status === undefined) {
      problem(
        'status',
        `onbekende status ${quote(statusText)} (Actief, Passief, Slapend, Te verwijderen, Verwijderd of leeg)`,
        `unknown status ${quote(statusText)} (Active, Passive, Dormant, To remove, Removed or blank)`,
      );
    } else fields.status = status;
  }
  if (columns.has('createdByWebmasters')) {
    const yesNoText = text('createdByWebmasters');
    const yesNo = parseYesNo(yesNoText);
    if (yesNo === undefined)
      problem('createdByWebmasters', `${quote(yesNoText)} is geen ja of nee`, `${quote(yesNoText)} is not yes or no`);
    else fields.createdByWebmasters = yesNo;
  }
  for (const field of ['audience', 'purpose', 'notes'] as const) {
    if (columns.has(field)) fields[field] = text(field) || null;
  }

  // Lengths and the URL rule, exactly as the register checks them (fields already reported are not repeated).
  const checked = channelFieldsSchema.safeParse(fields);
  if (!checked.success) {
    const reported = new Set(problems.map((p) => p.field));
    for (const issue of describeIssues(checked.error.issues)) {
      const path = issue.path.split('.')[0] ?? 'name';
      const field: ImportField = columns.has(path as ImportField) ? (path as ImportField) : 'name';
      if (reported.has(field)) continue;
      reported.add(field);
      problem(field, issue.message.replace(/\.$/, ''), issue.messageEn.replace(/\.$/, ''));
    }
  }

  const organisation = readOrganisation(text, problem);
  const person = readPerson(text, problem);
  return {
    row: source.row,
    problems,
    draft: problems.length > 0 ? null : { row: source.row, fields, organisation, person },
    duplicateKey: platform ? channelKey(platform, handle, detected?.url ?? null) : null,
    duplicateField: detected || !columns.has('handle') ? 'url' : 'handle',
  };
}

type Text = (field: ImportField) => string;
type Problem = (field: ImportField, nl: string, en: string) => void;

function readOrganisation(text: Text, problem: Problem): ChannelDraft['organisation'] {
  const name = text('organisation');
  const kindText = text('organisationKind');
  let kind: OrganisationKind | null = null;
  if (kindText !== '') {
    kind = parseOrganisationKind(kindText) ?? null;
    if (!kind) {
      problem(
        'organisationKind',
        `onbekende soort organisatie ${quote(kindText)} (Stadsdienst, AGB, EVA, Partnerproject of Andere)`,
        `unknown kind of organisation ${quote(kindText)} (City department, AGB, EVA, Partner project or Other)`,
      );
    }
  }
  if (name === '') return null;
  if (name.length > 200) {
    problem(
      'organisation',
      'de naam van de organisatie is te lang (maximum 200 tekens)',
      'the organisation name is too long (maximum 200 characters)',
    );
  }
  return { name, kind };
}

function readPerson(text: Text, problem: Problem): ChannelDraft['person'] {
  const name = text('responsiblePerson');
  const emailText = text('responsibleEmail');
  let email: string | null = null;
  if (emailText !== '') {
    const parsed = personFieldsSchema.shape.email.safeParse(emailText);
    if (parsed.success && parsed.data) email = parsed.data;
    else
      problem(
        'responsibleEmail',
        `${quote(emailText)} is geen geldig e-mailadres`,
        `${quote(emailText)} is not a valid e-mail address`,
      );
  }
  if (name.length > 200) {
    problem(
      'responsiblePerson',
      'de naam van de verantwoordelijke is te lang (maximum 200 tekens)',
      "the responsible person's name is too long (maximum 200 characters)",
    );
  }
  if (name === '' && email === null) return null;
  return { name: name === '' ? null : name, email };
}

/** "mechelen.be" or "mechelen.be/cultuur" for a site without a name. */
function siteName(url: string): string {
  const parsed = new URL(url);
  let path = parsed.pathname === '/' ? '' : parsed.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // keep it encoded
  }
  return `${parsed.hostname.replace(/^www\./, '')}${path}`.slice(0, 300);
}
