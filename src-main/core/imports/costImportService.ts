import type { z } from 'zod';
import { costImportsContract } from '../../../shared/api/costImportsContract';
import type { CostImportPreview, CostImportResult } from '../../../shared/domain/costImport';
import type { Register } from '../register/register';
import { validate } from '../validation';
import { COST_IMPORT_COLUMNS } from './costImportColumns';
import { CostImportLookups } from './costImportLookups';
import { planCostImport, type CostImportPlan } from './costImportPlan';
import { refuseOversizedFile } from './importFileError';
import { IMPORT_LIMITS, type ImportLimits } from './importLimits';
import { readSpreadsheet, rowsLeftOut, spreadsheetPreview, type PlannedRows } from './spreadsheetSteps';

const previewSchema = costImportsContract['imports.costs.preview'].input;
const commitSchema = costImportsContract['imports.costs.commit'].input;
export type CostPreviewInput = z.input<typeof previewSchema>;
export type CostCommitInput = z.input<typeof commitSchema>;

/**
 * Importing a finance spreadsheet as cost lines, with the channel import's file handling and
 * preview (spreadsheetSteps). Stateless like it: preview and commit each read the file they
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
    refuseOversizedFile(input);
    const valid = validate(previewSchema, input);
    const read = await readSpreadsheet(valid, COST_IMPORT_COLUMNS, this.limits);
    const plan = planCostImport(read.layout, read.sheet.sheet, new CostImportLookups(this.register().db));
    return {
      ...spreadsheetPreview(valid.fileName, read, rowsOf(plan), this.limits),
      validAmountCents: plan.validAmountCents,
    };
  }

  async commit(input: CostCommitInput): Promise<CostImportResult> {
    refuseOversizedFile(input);
    const valid = validate(commitSchema, input);
    const { sheet, layout } = await readSpreadsheet(valid, COST_IMPORT_COLUMNS, this.limits);
    // From here on everything is synchronous: the register cannot change between plan and write.
    const register = this.register();
    const plan = planCostImport(layout, sheet.sheet, new CostImportLookups(register.db));
    const { problems, skipped } = rowsLeftOut(rowsOf(plan), valid.skipInvalidRows, this.limits);
    if (plan.lines.length === 0) return { created: 0, skipped, problems, batchId: null };
    const batchId = register.changeLog.batch((batch) => {
      for (const line of plan.lines) register.costs.create(line.fields, batch);
      return batch.id;
    });
    return { created: plan.lines.length, skipped, problems, batchId };
  }
}

function rowsOf(plan: CostImportPlan): PlannedRows {
  return { rowCount: plan.rowCount, problems: plan.problems, validRowCount: plan.lines.length };
}
