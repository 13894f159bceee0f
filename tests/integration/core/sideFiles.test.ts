import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openReadOnlyConnection, readFileSchemaState, withReadOnlyConnection } from '../../../src-main/core/db/open';
import { onCleanup, sha256File, sideFiles, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { newSession, olderRegister, readRows } from './durabilityHelpers';

useTempDirs();

/**
 * Another process with the register open for writing (plain better-sqlite3, as the app opens it:
 * WAL). Commands on stdin, one per line: "open" opens it and reads (so its -wal/-shm are open) and
 * then creates "<path>.writer-opened"; "commit <name>" inserts a row and answers once it is committed.
 * It never closes: the test kills it.
 */
const WRITER = `
const Database = require('better-sqlite3');
const readline = require('node:readline');
let db = null;
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, arg] = line.split(' ');
  if (command === 'open') {
    db = new Database(process.argv[1], { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.prepare('SELECT count(*) FROM t').get();
    require('node:fs').writeFileSync(process.argv[1] + '.writer-opened', '');
  } else if (command === 'commit') {
    db.prepare('INSERT INTO t (name) VALUES (?)').run(arg);
  }
  process.stdout.write(command + ' done\\n');
});
`;

function startWriter(path: string) {
  const child: ChildProcess = spawn(process.execPath, ['-e', WRITER, path], { stdio: ['pipe', 'pipe', 'inherit'] });
  onCleanup(() => child.kill('SIGKILL'));
  let text = '';
  const waiters: Array<{ word: string; done: () => void }> = [];
  child.stdout!.on('data', (chunk) => {
    text += String(chunk);
    for (const waiter of [...waiters]) {
      if (text.includes(`${waiter.word} done\n`)) {
        text = text.replace(`${waiter.word} done\n`, '');
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.done();
      }
    }
  });
  const send = (line: string) =>
    new Promise<void>((done) => {
      waiters.push({ word: line.split(' ')[0]!, done });
      child.stdin!.write(`${line}\n`);
    });
  const kill = () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  return { send, kill };
}

/** A WAL-mode database, closed cleanly (no -wal, no -shm beside it). */
function walFile(): string {
  const path = join(tempDir(), 'kanalen.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE t (name TEXT); INSERT INTO t (name) VALUES ('voor')`);
  db.close();
  expect(sideFiles(path)).toEqual([]);
  return path;
}

describe('the -wal/-shm files of a register a read-only look needed', () => {
  it('are not removed while another process has the register open: its later commits survive a kill', async () => {
    const path = walFile();
    const reader = openReadOnlyConnection(path, undefined);
    expect(reader.db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(existsSync(`${path}-wal`)).toBe(true); // the reader made them

    const writer = startWriter(path);
    await writer.send('open'); // the writer now has the (still empty) -wal and the -shm open
    reader.close();
    await writer.send('commit na-de-lezer');
    await writer.kill(); // a laptop that dies: no checkpoint, the commit is only in the -wal

    expect(readRows<{ name: string }>(path, 'SELECT name FROM t ORDER BY rowid').map((r) => r.name)).toEqual([
      'voor',
      'na-de-lezer',
    ]);
  });

  it('the same for the inspections the app and the CLI run on a live file (withReadOnlyConnection)', async () => {
    const path = walFile();
    const writer = startWriter(path);
    withReadOnlyConnection(path, undefined, (db) => {
      db.prepare('SELECT * FROM t').all();
      void writer.send('open');
      // The writer opens the register while this look is still open.
      const until = Date.now() + 10_000;
      while (!existsSync(`${path}.writer-opened`) && Date.now() < until) db.prepare('SELECT 1').get();
    });
    expect(existsSync(`${path}.writer-opened`)).toBe(true);
    await writer.send('commit tweede');
    await writer.kill();
    expect(readRows(path, `SELECT name FROM t WHERE name = 'tweede'`)).toHaveLength(1);
  });

  it('are tidied away when nobody else has the register open, without touching the file', () => {
    const path = walFile();
    const before = sha256File(path);
    withReadOnlyConnection(path, undefined, (db) => db.prepare('SELECT * FROM t').all());
    expect(sideFiles(path)).toEqual([]);
    expect(readFileSchemaState(path)).toEqual({ applied: 0, registerId: null });
    expect(sideFiles(path)).toEqual([]);
    expect(sha256File(path)).toBe(before);
  });

  it('are deleted outright with removeSideFiles (a private copy nobody else opens)', () => {
    const path = walFile();
    const reader = openReadOnlyConnection(path, undefined, { removeSideFiles: true });
    reader.db.prepare('SELECT * FROM t').all();
    expect(existsSync(`${path}-shm`)).toBe(true);
    reader.close();
    expect(sideFiles(path)).toEqual([]);
  });
});

describe('a register left with a hot rollback journal that needs a migration', () => {
  it('is rolled back, then backed up before it is migrated', async () => {
    // An older register (rollback-journal mode) with a transaction in progress: file and journal
    // copied as they are, as a laptop that died mid-write leaves them.
    const dir = tempDir();
    const original = join(dir, 'oud-origineel.sqlite');
    olderRegister(original, 5, ['Stad Mechelen', 'Jeugddienst']);
    const db = new Database(original);
    // A tiny page cache spills the changes into the file before the commit: the journal is then
    // complete (synced) and the file itself half written, as a kill mid-transaction leaves it.
    db.pragma('cache_size = 2');
    db.exec('BEGIN IMMEDIATE');
    db.prepare(`UPDATE channels SET name = 'half geschreven'`).run();
    const insert = db.prepare(`INSERT INTO register_meta (key, value) VALUES (?, ?)`);
    for (let i = 0; i < 500; i += 1) insert.run(`vulling-${i}`, 'x'.repeat(400));
    const path = join(dir, 'oud.sqlite');
    copyFileSync(original, path);
    copyFileSync(`${original}-journal`, `${path}-journal`);
    db.exec('ROLLBACK');
    db.close();
    expect(readFileSchemaState(path)).toBeNull(); // a read-only look cannot get past the hot journal

    const session = newSession(tempDir(), { dailyBackups: false });
    const info = await session.open(path);
    expect(info.channelCount).toBe(2);
    const backups = session.listBackups();
    expect(backups.map((b) => b.reason)).toContain('pre-migration');
    expect(backups.find((b) => b.reason === 'pre-migration')).toMatchObject({ channelCount: 2, schemaVersion: 5 });
    expect(readRows<{ name: string }>(path, 'SELECT name FROM channels ORDER BY name').map((r) => r.name)).toEqual([
      'Jeugddienst',
      'Stad Mechelen',
    ]);
  });
});
