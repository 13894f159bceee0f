import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileIntegrity } from '../../../src-main/core/register/integrity';
import { sha256File, sideFiles, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { apiValue, damagePage2, newSession } from './durabilityHelpers';

useTempDirs();

async function registerWith(channels: number): Promise<string> {
  const path = join(tempDir(), 'kanalen.sqlite');
  const session = newSession(tempDir(), { dailyBackups: false });
  await session.create(path);
  for (let i = 0; i < channels; i += 1) {
    session.require().channels.create({ kind: 'social', platform: 'facebook', name: `Kanaal ${i}`, notes: 'x'.repeat(100) });
  }
  session.close();
  return path;
}

describe('register.checkIntegrity', () => {
  it('runs integrity_check and foreign_key_check on the open register', async () => {
    const path = await registerWith(5);
    const session = newSession(tempDir(), { dailyBackups: false });
    await session.open(path);
    const report = await apiValue(session)('register.checkIntegrity');
    expect(report).toMatchObject({ kind: 'full', ok: true, problems: [] });
    expect(Date.parse(report.checkedAt)).not.toBeNaN();
    expect(report.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('reports rows that point at nothing (foreign keys), in SQLite’s terms', async () => {
    const path = await registerWith(1);
    // Written behind the app's back with foreign keys off, as another tool could.
    const raw = new Database(path);
    raw.pragma('foreign_keys = OFF');
    raw
      .prepare(
        `INSERT INTO follower_snapshots (id, channel_id, metric, count, date, source, created_at, updated_at)
         VALUES (?, ?, 'followers', 10, '2014-09-02', 'manual', '2014-09-02T00:00:00Z', '2014-09-02T00:00:00Z')`,
      )
      .run(randomUUID(), randomUUID());
    raw.close();
    const session = newSession(tempDir(), { dailyBackups: false });
    await session.open(path); // quick_check does not look at foreign keys: it opens
    const report = await apiValue(session)('register.checkIntegrity');
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/^foreign key: follower_snapshots rowid \d+ .* channels$/)]);
  });
});

describe('checkFileIntegrity (the CLI check, a backup before restoring)', () => {
  it('finds a damaged page with either check, and writes nothing', async () => {
    const path = await registerWith(300);
    expect(checkFileIntegrity(path, 'quick')).toMatchObject({ ok: true, kind: 'quick' });
    damagePage2(path);
    const before = sha256File(path);
    for (const kind of ['quick', 'full'] as const) {
      const report = checkFileIntegrity(path, kind);
      expect(report.ok, kind).toBe(false);
      expect(report.problems.length, kind).toBeGreaterThan(0);
      expect(report.problems.length, kind).toBeLessThanOrEqual(50);
    }
    expect(sha256File(path)).toBe(before);
    expect(sideFiles(path)).toEqual([]);
  });
});
