import { exportOptionsSchema, type ExportOptions } from '../../../shared/domain/exportOptions';
import { Register } from '../register/register';
import { validate } from '../validation';
import { writeFileAtomically } from './atomicFile';
import type { ExportDataset } from './exportDataset';
import { readExportDataset } from './readExportDataset';

export interface ExportResult {
  channelCount: number;
  /** Texts written with a leading apostrophe because they would have been read as formulas. */
  neutralisedCells: number;
  /** Register file name without extension, for the suggested file name. */
  registerName: string;
}

export interface ExportJob {
  dbPath: string;
  options: ExportOptions;
  target: string;
  /** better-sqlite3 binary of the runtime (Electron's), when it is not Node's. */
  nativeBinding?: string;
}

/**
 * Writes one export of the register at `dbPath` to `target`, whole or not at all (a temporary
 * file renamed into place). Opens its own read-only connection, so it runs the same in the
 * export worker, in the CLI and in tests. A Word note without texts of its own gets the register's template.
 */
export async function writeExport(job: ExportJob): Promise<ExportResult> {
  const options = validate(exportOptionsSchema, job.options);
  const register = Register.openReadOnly(job.dbPath, { nativeBinding: job.nativeBinding });
  try {
    const dataset = readExportDataset(register, options);
    let neutralisedCells = 0;
    await writeFileAtomically(job.target, async (temporary) => {
      ({ neutralisedCells } = await writeFormat(register, dataset, options, temporary));
    });
    return { channelCount: dataset.channels.length, neutralisedCells, registerName: dataset.registerName };
  } finally {
    register.close();
  }
}

/** Each format's writer is loaded when it is used: an Excel export never loads the Word library, and back. */
async function writeFormat(
  register: Register,
  dataset: ExportDataset,
  options: ExportOptions,
  target: string,
): Promise<{ neutralisedCells: number }> {
  switch (options.format) {
    case 'xlsx': {
      const { writeXlsx } = await import('./xlsxWriter');
      return writeXlsx(dataset, options, target);
    }
    case 'csv': {
      const { writeCsv } = await import('./csvExport');
      return writeCsv(dataset, options, target);
    }
    case 'docx': {
      const { writeDocx } = await import('./docxWriter');
      return writeDocx(dataset, options, target, register.noteTemplate.get());
    }
  }
}
