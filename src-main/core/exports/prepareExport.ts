import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import type { ExportOptions, PreparedExport } from '../../../shared/domain/exportOptions';
import { localToday } from '../costOverview/localToday';
import type { RegisterSession } from '../register/registerSession';
import { exportFileName } from './exportFileName';
import { newExportPath, recordPreparedExport, removeExpiredExports } from './preparedExports';
import { runExportInWorker } from './runExportInWorker';
import { writeExport, type ExportJob, type ExportResult } from './writeExport';

export type ExportRunner = (job: ExportJob) => Promise<ExportResult>;

/**
 * The app (a bundle in dist/main) writes exports in the worker thread. The TypeScript sources,
 * as vitest runs them, have no bundled worker to start: there the export is written in-process,
 * by the same writeExport the worker runs (one integration test runs the built worker itself).
 */
export const defaultExportRunner: ExportRunner = __filename.endsWith('.ts') ? writeExport : runExportInWorker;

/**
 * exports.prepare: writes the export of the open register into the app's exports folder (whole
 * or not at all) and describes it; the adapter then saves or downloads it by its id. Unclaimed
 * exports older than an hour are removed first.
 */
export async function prepareExport(
  session: RegisterSession,
  options: ExportOptions,
  run: ExportRunner = defaultExportRunner,
): Promise<PreparedExport> {
  const register = session.require();
  const dataDir = session.settings.dataDir;
  removeExpiredExports(dataDir);
  const exportId = randomUUID();
  const target = newExportPath(dataDir, exportId, options.format);
  const result = await run({ dbPath: register.path, options, target, nativeBinding: register.nativeBinding });
  const fileName = exportFileName(result.registerName, options, localToday());
  recordPreparedExport(dataDir, exportId, { fileName, format: options.format });
  return {
    exportId,
    fileName,
    format: options.format,
    bytes: statSync(target).size,
    channelCount: result.channelCount,
    neutralisedCells: result.neutralisedCells,
  };
}
