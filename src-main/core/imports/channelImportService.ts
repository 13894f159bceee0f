import type { z } from 'zod';
import { importsContract } from '../../../shared/api/importsContract';
import type { ChannelImportPreview, ChannelImportResult, ImportField } from '../../../shared/domain/channelImport';
import type { Register } from '../register/register';
import { validate } from '../validation';
import { planChannelImport, type ImportPlan, type Reference } from './channelImportPlan';
import { CHANNEL_IMPORT_COLUMNS } from './channelImportColumns';
import { layOutColumns, sampleRows, type ColumnLayout } from './columnMapping';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { listProblems, refusedForProblems } from './importProblems';
import { readImportFile } from './readImportFile';
import { loadRegisterLookups } from './registerLookups';
import type { SheetData } from './sheetData';

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
    const valid = validate(previewSchema, input);
    const { sheet, layout } = await this.read(valid);
    const plan = planChannelImport(layout, sheet.sheet, loadRegisterLookups(this.register()));
    return {
      fileName: valid.fileName,
      format: sheet.format,
      sheets: sheet.sheets,
      sheet: sheet.sheet,
      encoding: sheet.encoding,
      separator: sheet.separator,
      headers: layout.headers,
      mapping: layout.mapping,
      rowCount: plan.rowCount,
      sampleRows: sampleRows(layout, this.limits.sampleRows),
      problems: listProblems(plan.problems, this.limits),
      validRowCount: plan.channels.length,
      newOrganisations: plan.newOrganisations.map((organisation) => organisation.name),
      newPeople: plan.newPeople.map((person) => person.name),
    };
  }

  async commit(input: CommitInput): Promise<ChannelImportResult> {
    const valid = validate(commitSchema, input);
    const { sheet, layout } = await this.read(valid);
    // From here on everything is synchronous: the register cannot change between plan and write.
    const register = this.register();
    const plan = planChannelImport(layout, sheet.sheet, loadRegisterLookups(register));
    if (plan.problems.length > 0 && valid.skipInvalidRows !== true) throw refusedForProblems(plan.problems, this.limits);
    const problems = listProblems(plan.problems, this.limits);
    const skipped = plan.rowCount - plan.channels.length;
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

  private async read(input: z.output<typeof previewSchema>): Promise<{ sheet: SheetData; layout: ColumnLayout<ImportField> }> {
    const sheet = await readImportFile(input, this.limits);
    return { sheet, layout: layOutColumns(sheet, input.mapping, CHANNEL_IMPORT_COLUMNS) };
  }
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
