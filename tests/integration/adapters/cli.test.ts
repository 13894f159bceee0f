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

describe('kanalenregister import-channels', () => {
  const FIXTURES = join(ROOT, 'tests', 'fixtures', 'imports');
  const changeRows = (db: string) => {
    const opened = openDatabase(db);
    try {
      return opened.prepare(`SELECT count(*) AS n, count(DISTINCT batch_id) AS batches FROM change_log`).get() as {
        n: number;
        batches: number;
      };
    } finally {
      opened.close();
    }
  };
  const emptyRegister = async () => {
    const db = join(tempDir(), 'register.sqlite');
    expect((await cli(['init', '--db', db])).code).toBe(0);
    return db;
  };

  it('prints the mapping, the rows and each problem by sheet, row and column, and imports nothing while there are problems', async () => {
    const db = await emptyRegister();
    const result = await cli(['import-channels', join(FIXTURES, 'inventaris.xlsx'), '--db', db]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      "Bestand / file: inventaris.xlsx (xlsx, blad / sheet 'Kanalen' (van / of 'Kanalen', 'Toelichting'))",
    );
    expect(result.out).toMatch(/ {2}A {3}Naam +-> naam \/ name \(voorgesteld \/ suggested\)/);
    expect(result.out).toMatch(/ {2}N {3}Volgers +-> genegeerd \/ ignored/);
    expect(result.out).toContain('Rijen / rows: 7; zonder problemen / without problems: 6; met problemen / with problems: 1');
    expect(result.out).toContain("  Blad 'Kanalen', rij 7, kolom B: onbekend platform 'Faceboek'.");
    expect(result.out).toContain("    Sheet 'Kanalen', row 7, column B: unknown platform 'Faceboek'.");
    expect(result.out).toContain(
      'Nieuwe organisaties / new organisations (4): Communicatie, Cultuurcentrum, Archief, Partnerproject Maanrock',
    );
    expect(result.out).toContain('Nieuwe personen / new people (2): Jan Peeters, Els Vermeulen');
    expect(result.err).toMatch(/^Niets geïmporteerd: 1 rij met problemen\. .*--skip-invalid/);
    expect(result.err).toMatch(/Nothing imported: 1 row with problems\./);
    expect(changeRows(db).n).toBe(0);
  });

  it('--dry-run --skip-invalid reports what would be imported and writes nothing', async () => {
    const db = await emptyRegister();
    const before = sha256File(db);
    const result = await cli(['import-channels', join(FIXTURES, 'inventaris.xlsx'), '--db', db, '--dry-run', '--skip-invalid']);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Proefdraai: er is niets geschreven. Zonder --dry-run: 6 kanalen geïmporteerd, 1 rij overgeslagen.',
    );
    expect(result.out).toContain('Dry run: nothing was written. Without --dry-run: 6 channels imported, 1 row skipped.');
    expect(changeRows(db).n).toBe(0);
    expect(sha256File(db)).toBe(before);
  });

  it('--skip-invalid imports the valid rows in one undo step; list shows them', async () => {
    const db = await emptyRegister();
    const result = await cli(['import-channels', join(FIXTURES, 'inventaris.xlsx'), '--db', db, '--skip-invalid']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(
      /Geïmporteerd: 6 kanalen, 4 nieuwe organisaties, 2 nieuwe personen; 1 rij overgeslagen\. Eén ongedaan-maakstap: [0-9a-f-]{36}/,
    );
    expect(result.out).toMatch(
      /Imported: 6 channels, 4 new organisations, 2 new people; 1 row skipped\. One undo step: [0-9a-f-]{36}/,
    );
    expect(changeRows(db).batches).toBe(1);
    const listed = await cli(['list', '--json', '--db', db]);
    const channels = JSON.parse(listed.out) as ListedChannel[];
    expect(channels).toHaveLength(6);
    expect(channels.find((c) => c.platform === 'twitter')).toMatchObject({
      name: 'Stad Mechelen',
      organisation: 'Communicatie',
      handle: '@StadMechelen',
    });
  });

  it('imports a clean CSV without flags; a second run finds every channel already there and exits 1', async () => {
    const db = await emptyRegister();
    const first = await cli(['import-channels', join(FIXTURES, 'inventory-english.csv'), '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toContain("Bestand / file: inventory-english.csv (csv, utf-8, scheidingsteken / separator ',')");
    expect(first.out).toContain('Imported: 3 channels, 3 new organisations, 1 new person; 0 rows skipped.');
    const second = await cli(['import-channels', join(FIXTURES, 'inventory-english.csv'), '--db', db]);
    expect(second.code).toBe(1);
    expect(second.out).toContain(
      "Row 2, column C: this channel is already in the register as 'Library, Mechelen' (same address or account).",
    );
    const skipping = await cli(['import-channels', join(FIXTURES, 'inventory-english.csv'), '--db', db, '--skip-invalid']);
    expect(skipping.code).toBe(1);
    expect(skipping.err).toMatch(/no row can be imported/);
    expect(changeRows(db).batches).toBe(1);
  });

  it('honours --encoding, --separator and --sheet', async () => {
    const db = await emptyRegister();
    const forced = await cli([
      'import-channels',
      join(FIXTURES, 'accenten-windows-1252.csv'),
      '--db',
      db,
      '--dry-run',
      '--encoding',
      'windows-1252',
      '--separator',
      ';',
    ]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("(csv, windows-1252, scheidingsteken / separator ';')");
    expect(forced.out).toContain('Nieuwe organisaties / new organisations (2): Dienst Économie, Bibliotheek');
    const sheet = await cli(['import-channels', join(FIXTURES, 'inventaris.xlsx'), '--db', db, '--sheet', 'Toelichting']);
    expect(sheet.code).toBe(1);
    expect(sheet.err).toMatch(/blad 'Toelichting'.*geen rijen met kanalen/);
  });

  it('a file that cannot be read exits 1 with a Dutch and an English reason', async () => {
    const db = await emptyRegister();
    const truncated = await cli(['import-channels', join(FIXTURES, 'afgebroken.xlsx'), '--db', db]);
    expect(truncated.code).toBe(1);
    expect(truncated.err).toMatch(/beschadigd of onvolledig/);
    expect(truncated.err).toMatch(/damaged or incomplete/);
    const xls = await cli(['import-channels', join(FIXTURES, 'oud-excel.xls'), '--db', db]);
    expect(xls.code).toBe(1);
    expect(xls.err).toMatch(/\.xls, Excel 97-2003/);
    const missing = await cli(['import-channels', join(FIXTURES, 'bestaat-niet.csv'), '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/bestaat-niet\.csv bestaat niet\.\nThe file .*bestaat-niet\.csv does not exist\./);
    const noRegister = await cli([
      'import-channels',
      join(FIXTURES, 'inventory-english.csv'),
      '--db',
      join(tempDir(), 'geen.sqlite'),
    ]);
    expect(noRegister.code).toBe(1);
    expect(existsSync(join(tempDir(), 'geen.sqlite'))).toBe(false);
    expect(changeRows(db).n).toBe(0);
  });

  it('wrong arguments exit 2', async () => {
    const db = await emptyRegister();
    const file = join(FIXTURES, 'inventory-english.csv');
    const cases = [
      ['import-channels', '--db', db],
      ['import-channels', file],
      ['import-channels', file, 'extra', '--db', db],
      ['import-channels', file, '--db', db, '--json'],
      ['import-channels', file, '--db', db, '--encoding', 'latin-9'],
      ['import-channels', file, '--db', db, '--separator', '|'],
      ['list', '--db', db, '--dry-run'],
      ['list', '--db', db, '--skip-invalid'],
    ];
    for (const args of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(USAGE);
    }
    expect(USAGE).toMatch(/import-channels <bestand\.xlsx\|\.csv>/);
    expect(USAGE).toMatch(/--dry-run .*write nothing/);
  });
});
