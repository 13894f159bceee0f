import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/adapters/cli';
import { lockPathFor } from '../../../src-main/core/register/registerLock';
import { tempDir, useTempDirs } from '../../helpers/tempRegister';
import { api, apiValue, newSession, olderRegister, readRows } from './durabilityHelpers';

useTempDirs();

/** A fingerprint of everything stored: a refused write must leave it as it was. */
function contents(path: string) {
  return {
    channels: readRows(path, `SELECT * FROM channels ORDER BY id`),
    organisations: readRows(path, `SELECT * FROM organisations ORDER BY id`),
    changes: readRows(path, `SELECT count(*) AS n FROM change_log`),
    documents: readRows(path, `SELECT * FROM register_meta ORDER BY key`),
  };
}

/** The sample, held by one session (An), and a second session (Jan) on the same file. */
async function heldSample() {
  const holder = newSession(tempDir(), { actor: 'An Peeters', dailyBackups: false });
  const { path } = await holder.openSample();
  const reader = newSession(tempDir(), { actor: 'Jan', dailyBackups: false });
  const info = await reader.open(path);
  return { path, holder, reader, info };
}

describe('a register another instance holds', () => {
  it('opens read-only and says who holds it', async () => {
    const { info, reader } = await heldSample();
    expect(info).toMatchObject({ access: 'read-only', lockHolder: { user: 'An Peeters' }, channelCount: 44 });
    expect((await apiValue(reader)('register.current')).current).toMatchObject({ access: 'read-only' });
  });

  it('answers every read, exports included', async () => {
    const { reader } = await heldSample();
    const call = apiValue(reader);
    const list = await call('channels.list', { limit: 500 });
    expect(list.total).toBe(44);
    expect((await call('channels.get', { id: list.rows[0]!.id })).id).toBe(list.rows[0]!.id);
    expect((await call('organisations.list')).length).toBeGreaterThan(0);
    expect(await call('views.list')).toEqual([]);
    expect((await call('costs.overview', { fromYear: 2013, toYear: 2014 })).years.length).toBeGreaterThan(0);
    expect((await call('review.run', {})).findings.length).toBeGreaterThan(0);
    expect(await call('history.state')).toBeDefined();
    expect(await call('register.checkIntegrity')).toMatchObject({ ok: true, kind: 'full', problems: [] });
    for (const format of ['xlsx', 'csv', 'docx'] as const) {
      const prepared = await call('exports.prepare', { format });
      expect(prepared.channelCount, format).toBe(44);
    }
    // A backup only reads, so it works too.
    expect((await call('backups.create')).channelCount).toBe(44);
  });

  it('refuses every write with REGISTER_READ_ONLY naming the holder, and the file stays as it was', async () => {
    const { path, reader } = await heldSample();
    const before = contents(path);
    const call = api(reader);
    const channel = (await apiValue(reader)('channels.list', { limit: 1 })).rows[0]!;
    const writes: Array<[string, unknown]> = [
      ['channels.create', { fields: { kind: 'social', platform: 'facebook', name: 'Nieuw' } }],
      ['channels.update', { id: channel.id, patch: { notes: 'gewijzigd' } }],
      ['channels.delete', { ids: [channel.id] }],
      ['organisations.create', { fields: { name: 'Nieuwe dienst', kind: 'stadsdienst' } }],
      ['views.save', { fields: { name: 'Mijn weergave', definition: {} } }],
      ['exports.noteTemplate.save', { note: await apiValue(reader)('exports.noteTemplate.get') }],
    ];
    for (const [method, input] of writes) {
      const result = await call(method as 'channels.create', input);
      expect(result, method).toMatchObject({
        ok: false,
        error: {
          code: 'REGISTER_READ_ONLY',
          message: expect.stringMatching(
            /^Dit register is geopend door An Peeters op .+ sinds \d\d\/\d\d\/\d{4} \d\d:\d\d; je kunt het alleen lezen\./,
          ),
          messageEn: expect.stringMatching(/^This register is open by An Peeters on .+; you can only read it\./),
        },
      });
    }
    expect(contents(path)).toEqual(before);
  });

  it('becomes writable when reopened after the holder closed it', async () => {
    const { path, holder, reader } = await heldSample();
    holder.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
    expect((await reader.open(path)).access).toBe('read-write');
    expect((await api(reader)('channels.create', { fields: { kind: 'social', platform: 'facebook', name: 'Nu wel' } })).ok).toBe(
      true,
    );
  });

  it('cannot be opened at all when it still needs a migration: the message names the holder', async () => {
    const path = join(tempDir(), 'oud.sqlite');
    olderRegister(path, 5, ['A']);
    const before = readRows(path, `SELECT * FROM schema_migrations`);
    // Someone on another laptop (an older version) has it open.
    const { writeFileSync } = await import('node:fs');
    const at = new Date().toISOString();
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ user: 'collega', host: 'andere-laptop', pid: 1, openedAt: at, heartbeatAt: at, sessionId: 'x' }),
    );
    const session = newSession(tempDir(), { dailyBackups: false });
    await expect(session.open(path)).rejects.toMatchObject({
      code: 'REGISTER_READ_ONLY',
      messageNl: expect.stringMatching(/moet eerst bijgewerkt worden .* geopend door collega op andere-laptop/),
    });
    expect(readRows(path, `SELECT * FROM schema_migrations`)).toEqual(before);
    expect(session.listBackups(path)).toEqual([]);
  });

  it('the CLI refuses a write command on it (exit 1) with the same message', async () => {
    const { path } = await heldSample();
    const err: string[] = [];
    const code = await runCli(['load-demo', '--db', path, '--data-dir', tempDir()], {
      out: () => undefined,
      err: (line) => err.push(line),
      env: {},
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/Dit register is geopend door An Peeters/);
  });
});
