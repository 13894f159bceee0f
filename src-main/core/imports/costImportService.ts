import type { z } from 'zod';
import { costImportsContract } from '../../../shared/api/costImportsContract';
import type { CostImportField, CostImportPreview, CostImportResult } from '../../../shared/domain/costImport';
import type { Register } from '../register/register';
import { validate } from '../validation';
import { layOutColumns, sampleRows, type ColumnLayout } from './columnMapping';
import { COST_IMPORT_COLUMNS } from './costImportColumns';
import { CostImportLookups } from './costImportLookups';
import { planCostImport } from './costImportPlan';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { listProblems, refusedForProblems } from './importProblems';
import { readImportFile } from './readImportFile';
import type { SheetData } from './sheetData';

const previewSchema = costImportsContract['imports.costs.preview'].input;
const commitSchema = costImportsContract['imports.costs.commit'].input;
export type CostPreviewInput = z.input<typeof previewSchema>;
export type CostCommitInput = z.input<typeof commitSchema>;

/**
 * Importing a finance spreadsheet as cost lines, with the channel import's file handling
 * (readImportFile, layOutColumns). Stateless like it: preview and commit each read the file they
 * get. Preview writes nothing; commit writes the valid rows through the cost lines' service in
 * one change batch (one transaction, one undo step), or nothing.
 */
export class CostImportService {
  constructor(
    /** The open register, asked for after the file is read (the user may switch registers meanwhile). */
    private readonly register: () => Register,
    private readonly limits: ImportLimits = { ...IMPORT_LIMITS },
  ) {}

  async preview(input: CostPreviewInput): Promise<CostImportPreview> {
    const valid = validate(previewSchema, input);
    const { sheet, layout } = await this.read(valid);
    const plan = planCostImport(layout, sheet.sheet, new CostImportLookups(this.register().db));
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
      validRowCount: plan.lines.length,
      validAmountCents: plan.validAmountCents,
    };
  }

  async commit(input: CostCommitInput): Promise<CostImportResult> {
    const valid = validate(commitSchema, input);
    const { sheet, layout } = await this.read(valid);
    // From here on everything is synchronous: the register cannot change between plan and write.
    const register = this.register();
    const plan = planCostImport(layout, sheet.sheet, new CostImportLookups(register.db));
    if (plan.problems.length > 0 && valid.skipInvalidRows !== true) throw refusedForProblems(plan.problems, this.limits);
    const problems = listProblems(plan.problems, this.limits);
    const skipped = plan.rowCount - plan.lines.length;
    if (plan.lines.length === 0) return { created: 0, skipped, problems, batchId: null };
    const batchId = register.changeLog.batch((batch) => {
      for (const line of plan.lines) register.costs.create(line.fields, batch);
      return batch.id;
    });
    return { created: plan.lines.length, skipped, problems, batchId };
  }

  private async read(
    input: z.output<typeof previewSchema>,
  ): Promise<{ sheet: SheetData; layout: ColumnLayout<CostImportField> }> {
    const sheet = await readImportFile(input, this.limits);
    return { sheet, layout: layOutColumns(sheet, input.mapping, COST_IMPORT_COLUMNS) };
  }
}
