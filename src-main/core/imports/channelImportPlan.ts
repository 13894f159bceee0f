import type { ImportField } from '../../../shared/domain/channelImport';
import type { ImportProblem } from '../../../shared/domain/spreadsheetImport';
import type { OrganisationKind } from '../../../shared/domain/organisation';
import { readChannelRow, type ChannelDraft } from './channelImportRows';
import type { ColumnLayout } from './columnMapping';
import { importProblem } from './importProblems';
import { nameKey, type RegisterLookups } from './registerLookups';
import { columnLetter } from './sheetData';

/** An organisation or person the channel points to: one in the register, or one the import creates. */
export type Reference = { existingId: string } | { newKey: string };

export interface PlannedChannel {
  row: number;
  fields: ChannelDraft['fields'];
  organisation: Reference | null;
  person: Reference | null;
}

export interface NewOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
}

export interface NewPerson {
  key: string;
  name: string;
  email: string | null;
  organisation: Reference | null;
}

export interface ImportPlan {
  rowCount: number;
  /** Every problem, in row order (mapping problems first). */
  problems: ImportProblem[];
  channels: PlannedChannel[];
  newOrganisations: NewOrganisation[];
  newPeople: NewPerson[];
}

/**
 * The whole import decided against the register as it is now, without writing anything:
 * which rows have problems (including duplicates of each other or of live channels), which
 * organisations and people exist (matched by name, ignoring case and accents) and which
 * would be created. Organisations and people are created only for rows that are imported.
 */
export function planChannelImport(layout: ColumnLayout<ImportField>, sheet: string | null, lookups: RegisterLookups): ImportPlan {
  const headerRow = layout.headerRow.row;
  const rowCount = layout.dataRows.length;
  const mappingProblems = checkMapping(layout.columns, sheet, headerRow);
  if (mappingProblems.length > 0) {
    return { rowCount, problems: mappingProblems, channels: [], newOrganisations: [], newPeople: [] };
  }

  const problems: ImportProblem[] = [];
  const drafts: ChannelDraft[] = [];
  const seen = new Map<string, number>();
  for (const source of layout.dataRows) {
    const result = readChannelRow(source, layout.columns, sheet);
    const rowProblems = [...result.problems];
    if (result.duplicateKey) {
      const column = layout.columns.get(result.duplicateField);
      const where = { sheet, row: source.row, column: column === undefined ? null : columnLetter(column) };
      const existing = lookups.channelsByKey.get(result.duplicateKey);
      const earlier = seen.get(result.duplicateKey);
      if (existing) {
        rowProblems.push(
          importProblem(
            where,
            result.duplicateField,
            `dit kanaal staat al in het register als '${existing.name}' (zelfde adres of account)`,
            `this channel is already in the register as '${existing.name}' (same address or account)`,
          ),
        );
      } else if (earlier !== undefined) {
        rowProblems.push(
          importProblem(
            where,
            result.duplicateField,
            `hetzelfde kanaal als rij ${earlier} (zelfde adres of account)`,
            `the same channel as row ${earlier} (same address or account)`,
          ),
        );
      } else seen.set(result.duplicateKey, source.row);
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0 && result.draft) drafts.push(result.draft);
  }

  const resolver = new ReferenceResolver(lookups);
  const channels = drafts.map((draft) => {
    const organisation = resolver.organisation(draft.organisation);
    return { row: draft.row, fields: draft.fields, organisation, person: resolver.person(draft.person, organisation) };
  });
  return { rowCount, problems, channels, newOrganisations: resolver.newOrganisations(), newPeople: resolver.newPeople() };
}

/** Without a name source or a platform source no row can be read: say so once, not on every row. */
function checkMapping(columns: Map<ImportField, number>, sheet: string | null, headerRow: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const where = { sheet, row: headerRow, column: null };
  if (!columns.has('name') && !columns.has('url') && !columns.has('handle')) {
    problems.push(
      importProblem(
        where,
        'name',
        'geen enkele kolom is gekoppeld aan de naam, de URL of het account; koppel er minstens één',
        'no column is mapped to the name, the URL or the handle; map at least one of them',
      ),
    );
  }
  if (!columns.has('platform') && !columns.has('url')) {
    problems.push(
      importProblem(
        where,
        'platform',
        'geen enkele kolom is gekoppeld aan het platform of de URL; koppel er minstens één',
        'no column is mapped to the platform or the URL; map at least one of them',
      ),
    );
  }
  return problems;
}

class ReferenceResolver {
  private readonly organisations = new Map<string, { key: string; name: string; kind: OrganisationKind | null }>();
  private readonly people = new Map<string, NewPerson>();
  private readonly newPeopleByEmail = new Map<string, string>();

  constructor(private readonly lookups: RegisterLookups) {}

  organisation(draft: ChannelDraft['organisation']): Reference | null {
    if (!draft) return null;
    const key = nameKey(draft.name);
    const existing = this.lookups.organisations.get(key);
    if (existing) return { existingId: existing.id };
    const planned = this.organisations.get(key);
    // The first row that names a kind decides it (else 'other'); an existing organisation keeps its own.
    if (planned) planned.kind ??= draft.kind;
    else this.organisations.set(key, { key, name: draft.name, kind: draft.kind });
    return { newKey: key };
  }

  person(draft: ChannelDraft['person'], organisation: Reference | null): Reference | null {
    if (!draft) return null;
    if (draft.name !== null) {
      const key = nameKey(draft.name);
      const existing = this.lookups.people.get(key);
      if (existing) return { existingId: existing.id };
      const planned = this.people.get(key);
      if (planned) {
        if (planned.email === null && draft.email) {
          planned.email = draft.email;
          this.newPeopleByEmail.set(draft.email.toLowerCase(), key);
        }
      } else {
        this.people.set(key, { key, name: draft.name, email: draft.email, organisation });
        if (draft.email) this.newPeopleByEmail.set(draft.email.toLowerCase(), key);
      }
      return { newKey: key };
    }
    // Only an e-mail address: the person with that address, else a new person named by it.
    const email = draft.email!;
    const existing = this.lookups.peopleByEmail.get(email.toLowerCase());
    if (existing) return { existingId: existing.id };
    const plannedKey = this.newPeopleByEmail.get(email.toLowerCase());
    if (plannedKey) return { newKey: plannedKey };
    const key = `e-mail:${email.toLowerCase()}`;
    this.people.set(key, { key, name: email, email, organisation });
    this.newPeopleByEmail.set(email.toLowerCase(), key);
    return { newKey: key };
  }

  newOrganisations(): NewOrganisation[] {
    return [...this.organisations.values()].map((organisation) => ({ ...organisation, kind: organisation.kind ?? 'other' }));
  }

  newPeople(): NewPerson[] {
    return [...this.people.values()];
  }
}
