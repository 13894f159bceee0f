import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../errors';
import type { WorkerReply } from './runExportInWorker';
import { writeExport, type ExportJob } from './writeExport';

/**
 * Entry of dist/main/exportWorker.cjs: one export per worker thread, started by
 * runExportInWorker. It reads the register over its own read-only connection and writes the
 * file, so the main process (Electron's IPC, the browser-mode server) stays responsive however
 * big the export. It answers once and ends.
 */
writeExport(workerData as ExportJob).then(
  (result) => reply({ ok: true, result }),
  (error: unknown) =>
    reply(
      error instanceof DomainError
        ? { ok: false, error: error.toApiError() }
        : { ok: false, error: null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    ),
);

function reply(message: WorkerReply): void {
  parentPort!.postMessage(message);
}
