import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/api/result';
import { DomainError } from '../errors';
import type { ExportJob, ExportResult } from './writeExport';

/** What the worker answers: the result, a DomainError to pass on as it is, or an unexpected failure. */
export type WorkerReply =
  { ok: true; result: ExportResult } | { ok: false; error: ApiError } | { ok: false; error: null; message: string };

/** The bundled worker, beside the bundle that starts it (dist/main; scripts/build.mjs builds both). */
export const EXPORT_WORKER_FILE = join(__dirname, 'exportWorker.cjs');

/**
 * Runs writeExport in a worker thread and waits for its answer. A refusal (DomainError) comes
 * back with its Dutch and English message; anything else becomes an Error, which the dispatcher
 * reports as INTERNAL.
 */
export function runExportInWorker(job: ExportJob, workerFile: string = EXPORT_WORKER_FILE): Promise<ExportResult> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const worker = new Worker(workerFile, { workerData: job });
    worker.once('message', (reply: WorkerReply) => {
      answered = true;
      if (reply.ok) resolve(reply.result);
      else if (reply.error)
        reject(new DomainError(reply.error.code, reply.error.message, reply.error.messageEn, reply.error.details));
      else reject(new Error(`export worker failed: ${reply.message}`));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`export worker stopped (exit code ${code}) without an answer`));
    });
  });
}
