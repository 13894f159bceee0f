import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PreparedExport } from '../../../shared/domain/exportOptions';
import { createCoreHandlers } from '../../../src-main/core/api/coreHandlers';
import { dispatch, type AllHandlers } from '../../../src-main/core/api/dispatch';
import { localToday } from '../../../src-main/core/costOverview/localToday';
import { DomainError } from '../../../src-main/core/errors';
import { exportsDir, preparedExportPath } from '../../../src-main/core/exports/preparedExports';
import { runExportInWorker } from '../../../src-main/core/exports/runExportInWorker';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { browserHostHandlers } from '../../../src-main/adapters/browserHost';
import { onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { readWorkbook, sampleRegister, sheetRows } from './exportTestRegisters';

useTempDirs();

const ROOT = join(__dirname, '..', '..', '..');
const BUILT_WORKER = join(ROOT, 'dist', 'main', 'exportWorker.cjs');

describe('the export worker (dist/main/exportWorker.cjs)', () => {
  it.skipIf(!existsSync(BUILT_WORKER))(
    'writes the workbook on its own read-only connection while the register stays open (skipped when dist/ is missing: run `npm run build`)',
    async () => {
      const { path } = sampleRegister();
      const target = join(tempDir(), 'werkmap.xlsx');
      const result = await runExportInWorker(
        { dbPath: path, options: { format: 'xlsx', from: '2013-01-01', to: '2014-12-31' }, target },
        BUILT_WORKER,
      );
      expect(result).toEqual({ channelCount: 44, neutralisedCells: 10, registerName: 'Voorbeeld Mechelen 2014' });
      const overview = sheetRows((await readWorkbook(target)).getWorksheet('Overzicht')!);
      expect(overview).toHaveLength(45);
      expect(overview.some((row) => row[3] === 'Stadsbestuur Mechelen' && row[8] === 3107)).toBe(true);
    },
  );

  it.skipIf(!existsSync(BUILT_WORKER))(
    'passes a refusal on with its Dutch and English message, and leaves no file (skipped without dist/)',
    async () => {
      const { path } = sampleRegister();
      const dir = tempDir();
      const failure = runExportInWorker(
        {
          dbPath: path,
          options: { format: 'xlsx', viewId: '00000000-0000-4000-8000-000000000001' },
          target: join(dir, 'x.xlsx'),
        },
        BUILT_WORKER,
      );
      await expect(failure).rejects.toBeInstanceOf(DomainError);
      await expect(failure).rejects.toMatchObject({
        code: 'NOT_FOUND',
        messageNl: expect.stringMatching(/^Weergave /),
        messageEn: expect.stringMatching(/^View /),
      });
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});

describe('exports.prepare and exports.discard', () => {
  async function openSample() {
    const dataDir = tempDir();
    const session = new RegisterSession({ dataDir, actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    await session.create(join(tempDir(), 'Voorbeeld Mechelen 2014.sqlite'), { withSample: true });
    const handlers: AllHandlers = { ...createCoreHandlers(session), ...browserHostHandlers };
    const call = async (method: 'exports.prepare' | 'exports.discard', input: unknown) => dispatch(handlers, method, input);
    return { dataDir, session, call };
  }

  async function prepare(call: Awaited<ReturnType<typeof openSample>>['call'], input: unknown): Promise<PreparedExport> {
    const result = await call('exports.prepare', input);
    if (!result.ok) throw new Error(result.error.messageEn);
    return result.value as PreparedExport;
  }

  it('writes the export into the app folder and describes it; the adapters find it by id; discard removes it', async () => {
    const { dataDir, call } = await openSample();
    const prepared = await prepare(call, { format: 'xlsx', from: '2013-01-01', to: '2014-12-31' });
    expect(prepared).toEqual({
      exportId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: `Kanalenregister Voorbeeld Mechelen 2014 ${localToday()}.xlsx`,
      format: 'xlsx',
      bytes: expect.any(Number),
      channelCount: 44,
      neutralisedCells: 10,
    });
    const file = preparedExportPath(dataDir, prepared.exportId)!;
    expect(file).toMatchObject({
      path: join(exportsDir(dataDir), `${prepared.exportId}.xlsx`),
      fileName: prepared.fileName,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(statSync(file.path).size).toBe(prepared.bytes);
    expect(sheetRows((await readWorkbook(file.path)).getWorksheet('Overzicht')!)).toHaveLength(45);

    expect(await call('exports.discard', { exportId: prepared.exportId })).toEqual({ ok: true, value: { removed: true } });
    expect(preparedExportPath(dataDir, prepared.exportId)).toBeNull();
    expect(readdirSync(exportsDir(dataDir))).toEqual([]);
    expect(await call('exports.discard', { exportId: prepared.exportId })).toEqual({ ok: true, value: { removed: false } });
  });

  it('names a CSV after its table and a Word note .docx', async () => {
    const { call } = await openSample();
    expect((await prepare(call, { format: 'csv', csv: { table: 'costLines' } })).fileName).toBe(
      `Kanalenregister Voorbeeld Mechelen 2014 kostenlijnen ${localToday()}.csv`,
    );
    const note = await prepare(call, { format: 'docx', docx: { variant: 'tables', includeChart: false } });
    expect(note).toMatchObject({
      format: 'docx',
      fileName: `Kanalenregister Voorbeeld Mechelen 2014 tabellen ${localToday()}.docx`,
      channelCount: 44,
    });
  });

  it('removes exports nobody claimed within an hour at the next prepare', async () => {
    const { dataDir, call } = await openSample();
    const old = await prepare(call, { format: 'csv' });
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of readdirSync(exportsDir(dataDir))) utimesSync(join(exportsDir(dataDir), name), hoursAgo, hoursAgo);
    const fresh = await prepare(call, { format: 'csv' });
    expect(preparedExportPath(dataDir, old.exportId)).toBeNull();
    expect(preparedExportPath(dataDir, fresh.exportId)).not.toBeNull();
    expect(readdirSync(exportsDir(dataDir)).sort()).toEqual([`${fresh.exportId}.csv`, `${fresh.exportId}.json`].sort());
  });

  it('refuses without an open register, and refuses a period that ends before it starts', async () => {
    const { session, call } = await openSample();
    const backwards = await call('exports.prepare', { format: 'xlsx', from: '2014-12-31', to: '2014-01-01' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    session.close();
    expect(await call('exports.prepare', { format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'NO_REGISTER' } });
  });

  it('finds nothing for an id that is not a UUID (no path ever reaches the file system)', () => {
    const dataDir = tempDir();
    expect(preparedExportPath(dataDir, '../settings')).toBeNull();
    expect(preparedExportPath(dataDir, '00000000-0000-4000-8000-000000000001')).toBeNull();
  });
});
