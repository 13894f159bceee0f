import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelRow } from '../../../shared/domain/channel';
import { ChannelImportService } from '../../../src-main/core/imports/channelImportService';
import { IMPORT_LIMITS, type ImportLimits } from '../../../src-main/core/imports/importLimits';
import type { Register } from '../../../src-main/core/register/register';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'imports');

/** A fixture file as the renderer would send it. */
export function fixture(name: string): { fileName: string; contentBase64: string } {
  return { fileName: name, contentBase64: readFileSync(join(FIXTURES, name)).toString('base64') };
}

export function bytesInput(fileName: string, bytes: Buffer | string): { fileName: string; contentBase64: string } {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

export function importService(register: Register, limits: Partial<ImportLimits> = {}): ChannelImportService {
  return new ChannelImportService(() => register, { ...IMPORT_LIMITS, ...limits });
}

export function changeCount(register: Register): number {
  return (register.db.prepare(`SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
}

export function batchIds(register: Register): string[] {
  return (register.db.prepare(`SELECT DISTINCT batch_id AS id FROM change_log`).all() as Array<{ id: string }>).map((r) => r.id);
}

/** Live channels with their organisation and person names, straight from SQLite. */
export function channelsInRegister(register: Register): Array<Partial<ChannelRow> & Record<string, unknown>> {
  return register.db
    .prepare(
      `SELECT c.name, c.kind, c.platform, c.handle, c.url, c.status, c.audience, c.purpose, c.notes,
              c.created_by_webmasters AS createdByWebmasters,
              o.name AS organisationName, o.kind AS organisationKind, p.name AS personName, p.email AS personEmail
         FROM channels c
         LEFT JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN people p ON p.id = c.responsible_person_id
        WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`,
    )
    .all() as Array<Record<string, unknown>>;
}
