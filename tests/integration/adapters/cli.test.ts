import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../../src-main/adapters/cli';
import { openDatabase } from '../../../src-main/core/db/open';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/db/migrations';
import { onCleanup, sha256File, tempDir, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

const ROOT = join(__dirname, '..', '..', '..');
const BUILT_CLI = join(ROOT, 'dist', 'main', 'cli.cjs');
const BIN = join(ROOT, 'bin', 'kanalenregister.cjs');

/** Runs the CLI in-process with its own data dir, capturing what it prints. */
async function cli(args: string[], dataDir = tempDir()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dataDir], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n'), dataDir };
}

interface ListedChannel {
  id: string;
  name: string;
  organisation: string | null;
  platform: string;
  url: string | null;
  handle: string | null;
  status: string | null;
  latestCount: number | null;
  latestMetric: string | null;
  latestDate: string | null;
}

describe('kanalenregister CLI (runCli)', () => {
  it('without arguments prints the usage on stderr and exits 2', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(USAGE);
    expect(err.join('\n')).toMatch(/Geen opdracht gegeven \/ no command given/);
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(USAGE);
    expect(result.err).toBe('');
  });

  it('an unknown command exits 2 and names it', async () => {
    const result = await cli(['frobnicate', '--db', join(tempDir(), 'x.sqlite')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Onbekende opdracht \/ unknown command: frobnicate/);
    expect(result.err).toContain(USAGE);
  });

  it('a missing --db exits 2', async () => {
    for (const command of ['init', 'load-sample', 'list']) {
      const result = await cli([command]);
      expect(result.code, command).toBe(2);
      expect(result.err).toMatch(/--db <bestand> ontbreekt \/ --db <file> is required/);
    }
  });

  it('an unknown option or a stray argument exits 2', async () => {
    const db = join(tempDir(), 'x.sqlite');
    expect((await cli(['list', '--db', db, '--frobnicate'])).code).toBe(2);
    expect((await cli(['list', 'extra', '--db', db])).code).toBe(2);
    expect((await cli(['init', '--json', '--db', db])).code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });

  it('init creates an empty register file', async () => {
    const db = join(tempDir(), 'nieuw.sqlite');
    const result = await cli(['init', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(db);
    expect(existsSync(db)).toBe(true);

    const opened = openDatabase(db);
    onCleanup(() => opened.close());
    expect(opened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.prepare(`SELECT count(*) AS n FROM channels`).get()).toEqual({ n: 0 });
    expect(opened.prepare(`SELECT value FROM register_meta WHERE key = 'is_sample'`).get()).toEqual({ value: '0' });
  });

  it('init on an existing file exits 1 with a Dutch and an English message, and leaves it alone', async () => {
    const db = join(tempDir(), 'bestaand.sqlite');
    expect((await cli(['init', '--db', db])).code).toBe(0);
    const before = sha256File(db);
    const result = await cli(['init', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Er bestaat al een bestand/);
    expect(result.err).toMatch(/already exists/);
    expect(sha256File(db)).toBe(before);
  });

  it('load-sample then list --json prints the 44 channels with their fields', async () => {
    const db = join(tempDir(), 'voorbeeld.sqlite');
    const loaded = await cli(['load-sample', '--db', db]);
    expect(loaded.code).toBe(0);
    expect(loaded.out).toMatch(/Voorbeeldregister met 44 kanalen \/ sample register with 44 channels/);

    const listed = await cli(['list', '--json', '--db', db]);
    expect(listed.code).toBe(0);
    expect(listed.err).toBe('');
    const channels = JSON.parse(listed.out) as ListedChannel[];
    expect(channels).toHaveLength(44);
    for (const channel of channels) {
      expect(Object.keys(channel)).toEqual(
        expect.arrayContaining(['id', 'organisation', 'platform', 'url', 'handle', 'status', 'latestCount', 'latestDate']),
      );
      expect(channel.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(channels.map((c) => c.id)).size).toBe(44);
    expect(channels.find((c) => c.platform === 'facebook' && c.name === 'Stadsbestuur Mechelen')).toMatchObject({
      organisation: 'Stad Mechelen',
      url: 'https://www.facebook.com/StadMechelen',
      handle: 'StadMechelen',
      status: null,
      latestCount: 3107,
      latestMetric: 'likes',
      latestDate: '2014-09-02',
    });
    expect(channels.find((c) => c.name === 'Maanrock.be')).toMatchObject({
      organisation: null,
      platform: 'website',
      latestCount: null,
    });
    expect(channels.filter((c) => c.platform === 'googleplus').map((c) => c.status)).toEqual(Array(7).fill('dormant'));
  });

  it('list without --json prints one line per channel', async () => {
    const db = join(tempDir(), 'voorbeeld.sqlite');
    await cli(['load-sample', '--db', db]);
    const listed = await cli(['list', '--db', db]);
    expect(listed.code).toBe(0);
    const lines = listed.out.split('\n');
    expect(lines).toHaveLength(44);
    expect(lines).toContain('twitter     Stad Mechelen (2780 followers, 2014-09-02)  http://twitter.com/StadMechelen');
  });

  it('list on a missing file exits 1 with a Dutch and an English message', async () => {
    const db = join(tempDir(), 'bestaat-niet.sqlite');
    const result = await cli(['list', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/Het bestand .*bestaat-niet\.sqlite bestaat niet\./);
    expect(result.err).toMatch(/The file .*bestaat-niet\.sqlite does not exist\./);
    expect(existsSync(db)).toBe(false);
  });

  it('does not remember the registers it touched (no recent list for the CLI)', async () => {
    const db = join(tempDir(), 'voorbeeld.sqlite');
    const { dataDir } = await cli(['load-sample', '--db', db]);
    await cli(['list', '--db', db], dataDir);
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'));
    expect(settings).toMatchObject({ recent: [], lastRegister: null });
    expect(settings.deviceId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.skipIf(!existsSync(BUILT_CLI))(
    'the built bin (bin/kanalenregister.cjs) runs list --json (skipped when dist/main/cli.cjs is missing: run `npm run build`)',
    async () => {
      const db = join(tempDir(), 'voorbeeld.sqlite');
      expect((await cli(['load-sample', '--db', db])).code).toBe(0);
      const run = spawnSync(process.execPath, [BIN, 'list', '--json', '--db', db, '--data-dir', tempDir()], {
        encoding: 'utf8',
        env: { ...process.env, KANALENREGISTER_HOME: tempDir() },
        timeout: 20_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toHaveLength(44);

      const missing = spawnSync(process.execPath, [BIN, 'list', '--db', join(tempDir(), 'weg.sqlite'), '--data-dir', tempDir()], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/bestaat niet/);
      expect(missing.stderr).toMatch(/does not exist/);

      const usage = spawnSync(process.execPath, [BIN], { encoding: 'utf8', timeout: 20_000 });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain('Gebruik / usage');
    },
  );
});
