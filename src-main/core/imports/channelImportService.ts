import type { z } from 'zod';
import { importsContract } from '../../../shared/api/importsContract';
import type { ChannelImportPreview, ChannelImportResult } from '../../../shared/domain/channelImport';
import type { Register } from '../register/register';
import { validate } from '../validation';
import { planChannelImport, type ImportPlan, type Reference } from './channelImportPlan';
import { CHANNEL_IMPORT_COLUMNS } from './channelImportColumns';
import { refuseOversizedFile } from './importFileError';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { loadRegisterLookups } from './registerLookups';
import { readSpreadsheet, rowsLeftOut, spreadsheetPreview, type PlannedRows } from './spreadsheetSteps';

const previewSchema = importsContract['imports.channels.preview'].input;
const commitSchema = importsContract['imports.channels.commit'].input;
export type PreviewInput = z.input<typeof previewSchema>;
export type CommitInput = z.input<typeof commitSchema>;

/**
 * Importing an inventory spreadsheet as channels. Stateless: preview and commit each read the
 * file they are given, so commit imports exactly what the confirmed mapping says, whatever
 * happened since the preview. Preview writes nothing; commit writes everything in one change
 * batch (one transaction, one undo step), or nothing.
 */
export class ChannelImportService {
  constructor(
    /** The open register, asked for after the file is read (the user may switch registers meanwhile). */
    private readonly register: () => Register,
    private readonly limits: ImportLimits = { ...IMPORT_LIMITS },
  ) {}

  async preview(input: PreviewInput): Promise<ChannelImportPreview> {
    refuseOversizedFile(input);
    const valid = validate(previewSchema, input);
    const read = await readSpreadsheet(valid, CHANNEL_IMPORT_COLUMNS, this.limits);
    const plan = planChannelImport(read.layout, read.sheet.sheet, loadRegisterLookups(this.register()));
    return {
      ...spreadsheetPreview(valid.fileName, read, rowsOf(plan), this.limits),
      newOrganisations: plan.newOrganisations.map((organisation) => organisation.name),
      newPeople: plan.newPeople.map((person) => person.name),
    };
  }

  async commit(input: CommitInput): Promise<ChannelImportResult> {
    refuseOversizedFile(input);
    const valid = validate(commitSchema, input);
    const { sheet, layout } = await readSpreadsheet(valid, CHANNEL_IMPORT_COLUMNS, this.limits);
    // From here on everything is synchronous: the register cannot change between plan and write.
    const register = this.register();
    const plan = planChannelImport(layout, sheet.sheet, loadRegisterLookups(register));
    const { problems, skipped } = rowsLeftOut(rowsOf(plan), valid.skipInvalidRows, this.limits);
    if (plan.channels.length === 0) {
      return { created: 0, skipped, organisationsCreated: 0, peopleCreated: 0, problems, batchId: null };
    }
    const batchId = write(register, plan);
    return {
      created: plan.channels.length,
      skipped,
      organisationsCreated: plan.newOrganisations.length,
      peopleCreated: plan.newPeople.length,
      problems,
      batchId,
    };
  }
}

function rowsOf(plan: ImportPlan): PlannedRows {
  return { rowCount: plan.rowCount, problems: plan.problems, validRowCount: plan.channels.length };
}

/** Organisations, then people (who may belong to a new organisation), then channels: one batch. */
function write(register: Register, plan: ImportPlan): string {
  return register.changeLog.batch((batch) => {
    const organisationIds = new Map<string, string>();
    for (const organisation of plan.newOrganisations) {
      organisationIds.set(
        organisation.key,
        register.organisations.create({ name: organisation.name, kind: organisation.kind }, batch).id,
      );
    }
    const personIds = new Map<string, string>();
    for (const person of plan.newPeople) {
      const created = register.people.create(
        { name: person.name, email: person.email, organisationId: resolve(person.organisation, organisationIds) },
        batch,
      );
      personIds.set(person.key, created.id);
    }
    for (const channel of plan.channels) {
      register.channels.create(
        {
          ...channel.fields,
          organisationId: resolve(channel.organisation, organisationIds),
          responsiblePersonId: resolve(channel.person, personIds),
        },
        batch,
      );
    }
    return batch.id;
  });
}

function resolve(reference: Reference | null, created: Map<string, string>): string | null {
  if (!reference) return null;
  return 'existingId' in reference ? reference.existingId : created.get(reference.newKey)!;
}
