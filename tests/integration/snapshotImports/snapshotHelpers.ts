import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { DomainError } from '../../../src-main/core/errors';
import type { Register } from '../../../src-main/core/register/register';
import { SnapshotImportService } from '../../../src-main/core/snapshotImports/snapshotImportService';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'snapshots');

/** A fixture as the renderer would send it: the file's own name (without folders) and its bytes. */
export function fixture(path: string): { fileName: string; contentBase64: string } {
  return { fileName: basename(path), contentBase64: readFileSync(join(FIXTURES, path)).toString('base64') };
}

export function bytesInput(fileName: string, bytes: Buffer | string): { fileName: string; contentBase64: string } {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

export function snapshotImports(register: Register): SnapshotImportService {
  return new SnapshotImportService(() => register);
}

export function changeCount(register: Register): number {
  return (register.db.prepare(`SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
}

export function batchIds(register: Register): string[] {
  return (register.db.prepare(`SELECT DISTINCT batch_id AS id FROM change_log`).all() as Array<{ id: string }>).map((r) => r.id);
}

/** The channel's live counts, oldest first, straight from SQLite. */
export function countsOf(register: Register, channelId: string): Array<{ date: string; metric: string; count: number }> {
  return register.db
    .prepare(
      `SELECT date, metric, count FROM follower_snapshots WHERE channel_id = ? AND deleted_at IS NULL ORDER BY date, metric`,
    )
    .all(channelId) as Array<{ date: string; metric: string; count: number }>;
}

/** A channel as the register shows it in the grid: its latest count, metric and date (kept by triggers). */
export function latestOf(register: Register, channelId: string) {
  return register.db
    .prepare(`SELECT latest_count AS count, latest_metric AS metric, latest_date AS date FROM channels WHERE id = ?`)
    .get(channelId) as { count: number | null; metric: string | null; date: string | null };
}

export function addChannel(
  register: Register,
  platform: 'facebook' | 'linkedin' | 'youtube' | 'twitter',
  name = 'Stad Mechelen',
) {
  return register.channels.create({ kind: 'social', platform, name }).id;
}

export async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, 'expected a DomainError').toBeInstanceOf(DomainError);
  return error as DomainError;
}
