import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/domain/exportOptions';

/**
 * The folder where finished exports wait to be claimed: <data dir>/exports/<id>.<ext>, with
 * <id>.json beside it holding the suggested file name. The Electron adapter moves the file to
 * where the user saves it; browser mode streams it as a download and then removes it. Whatever
 * nobody claims is removed an hour later (at the next prepare), so the folder never fills up.
 */
export const UNCLAIMED_EXPORT_MAX_AGE_MS = 60 * 60 * 1000;

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

export interface PreparedExportFile {
  exportId: string;
  /** The file itself, in the exports folder. */
  path: string;
  /** Suggested name for the save dialog or the download, e.g. "Kanalenregister Voorbeeld Mechelen 2014 2026-11-25.xlsx". */
  fileName: string;
  format: ExportFormat;
  contentType: string;
}

interface Sidecar {
  fileName: string;
  format: ExportFormat;
}

/** Export ids are UUIDs the core made; anything else (a path, "..") never reaches the file system. */
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function exportsDir(dataDir: string): string {
  return join(dataDir, 'exports');
}

/** Where a new export with this id is written; creates the folder. */
export function newExportPath(dataDir: string, exportId: string, format: ExportFormat): string {
  mkdirSync(exportsDir(dataDir), { recursive: true });
  return join(exportsDir(dataDir), `${exportId}.${format}`);
}

/** Records the suggested name once the file is complete (a file without it is not offered). */
export function recordPreparedExport(dataDir: string, exportId: string, sidecar: Sidecar): void {
  writeFileSync(join(exportsDir(dataDir), `${exportId}.json`), JSON.stringify(sidecar));
}

/**
 * The prepared export with this id, for the adapters (the download route, the save dialog);
 * null when the id is not a UUID, or the export was claimed, discarded or expired.
 */
export function preparedExportPath(dataDir: string, exportId: string): PreparedExportFile | null {
  if (!EXPORT_ID.test(exportId)) return null;
  const sidecar = readSidecar(join(exportsDir(dataDir), `${exportId}.json`));
  if (!sidecar) return null;
  const path = join(exportsDir(dataDir), `${exportId}.${sidecar.format}`);
  if (!existsSync(path)) return null;
  return {
    exportId,
    path,
    fileName: sidecar.fileName,
    format: sidecar.format,
    contentType: EXPORT_CONTENT_TYPES[sidecar.format],
  };
}

/**
 * Removes a prepared export (the file, if it is still there, and its name); true when there
 * was one. Adapters call it after a download, or after moving the file to where it was saved.
 */
export function removePreparedExport(dataDir: string, exportId: string): boolean {
  if (!EXPORT_ID.test(exportId)) return false;
  const dir = exportsDir(dataDir);
  const parts = [`${exportId}.json`, ...EXPORT_FORMATS.map((format) => `${exportId}.${format}`)].map((name) => join(dir, name));
  const present = parts.filter((part) => existsSync(part));
  for (const part of present) rmSync(part, { force: true });
  return present.length > 0;
}

/** Removes what has waited longer than UNCLAIMED_EXPORT_MAX_AGE_MS (also leftovers of a crashed export). */
export function removeExpiredExports(dataDir: string, now: number = Date.now()): void {
  const dir = exportsDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > UNCLAIMED_EXPORT_MAX_AGE_MS) rmSync(path, { force: true });
    } catch {
      // Claimed or removed by another process in the meantime.
    }
  }
}

function readSidecar(path: string): Sidecar | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Sidecar>;
    if (typeof parsed.fileName !== 'string' || !(EXPORT_FORMATS as readonly unknown[]).includes(parsed.format)) return null;
    return { fileName: parsed.fileName, format: parsed.format! };
  } catch {
    return null;
  }
}
