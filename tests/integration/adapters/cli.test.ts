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

describe('kanalenregister import-snapshots', () => {
  const SNAPSHOTS = join(ROOT, 'tests', 'fixtures', 'snapshots');
  const changeRows = (db: string) => {
    const opened = openDatabase(db);
    try {
      return (opened.prepare(`SELECT count(*) AS n FROM change_log`).get() as { n: number }).n;
    } finally {
      opened.close();
    }
  };
  /** The sample register and the id of one of its channels. */
  const sampleWith = async (platform: string, name: string) => {
    const db = join(tempDir(), 'voorbeeld.sqlite');
    expect((await cli(['load-sample', '--db', db])).code).toBe(0);
    return { db, id: (await listed(db, platform, name)).id };
  };
  const listed = async (db: string, platform: string, name: string) => {
    const result = await cli(['list', '--json', '--db', db]);
    expect(result.code).toBe(0);
    return (JSON.parse(result.out) as ListedChannel[]).find((c) => c.platform === platform && c.name === name)!;
  };

  it('imports a table of counts, then a Meta follows export with --yes; list --json shows the new latest count and its date', async () => {
    const { db, id } = await sampleWith('facebook', 'Stadsbestuur Mechelen');
    expect(await listed(db, 'facebook', 'Stadsbestuur Mechelen')).toMatchObject({
      latestCount: 3107,
      latestMetric: 'likes',
      latestDate: '2014-09-02',
    });

    const table = await cli(['import-snapshots', join(SNAPSHOTS, 'volgers-tabel.csv'), '--db', db, '--channel', id]);
    expect(table.code).toBe(0);
    expect(table.err).toBe('');
    expect(table.out).toContain('Indeling / format: tabel met datum en aantal / table of dates and counts (date-count)');
    expect(table.out).toContain("  'Aantal volgers' -> volgers (totaal)");
    expect(table.out).toContain(
      'Begintal / start count: niet nodig, het bestand geeft totalen / not needed, the file holds totals',
    );
    expect(table.out).toMatch(/Geïmporteerd: 3 nieuwe tellingen, 0 vervangen, 0 behouden\. Eén ongedaan-maakstap: [0-9a-f-]{36}/);

    const meta = join(SNAPSHOTS, 'meta-facebook-volgers.csv');
    const before = sha256File(db);
    const dryRun = await cli(['import-snapshots', meta, '--db', db, '--channel', id, '--dry-run']);
    expect(dryRun.code).toBe(0);
    expect(dryRun.out.split('\n').slice(0, 11)).toEqual([
      'Bestand / file: meta-facebook-volgers.csv',
      'Indeling / format: Meta Business Suite, volgers / follows (meta-follows)',
      'Telling / metric: followers; het bestand geeft de groei per dag / the file holds daily gains',
      'Kolommen / columns:',
      "  'Date' -> datum",
      "  'Primary' -> nieuwe volgers per dag",
      'Periode / date range: 2014-09-03 – 2014-09-12',
      'Dagen / rows: 6',
      "Begintal / start count: 3050 (de telling van 2014-09-01 in het register / the register's count of 2014-09-01)",
      'Laatste totaal / last total: 3080 (2014-09-12)',
      'Proefdraai: er is niets geschreven. Zonder --dry-run: 6 tellingen bewaard. Bevestig het begintal met --yes of geef --start-count <n>.',
    ]);
    expect(sha256File(db)).toBe(before);
    const written = changeRows(db);

    // No terminal to ask on and no --yes: refused, nothing written.
    const unconfirmed = await cli(['import-snapshots', meta, '--db', db, '--channel', id]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.err).toContain(
      'Niets geïmporteerd: het begintal (3050, de telling van 2014-09-01) is niet bevestigd. Geef --yes om het te nemen, of --start-count <n> voor een ander.',
    );
    expect(unconfirmed.err).toContain('Pass --yes to take it, or --start-count <n> for another one.');
    expect(changeRows(db)).toBe(written);

    const imported = await cli(['import-snapshots', meta, '--db', db, '--channel', id, '--yes']);
    expect(imported.code).toBe(0);
    expect(imported.err).toBe('');
    expect(imported.out).toMatch(/Imported: 6 new counts, 0 replaced, 0 kept\. One undo step: [0-9a-f-]{36}/);
    expect(await listed(db, 'facebook', 'Stadsbestuur Mechelen')).toMatchObject({
      id,
      latestCount: 3080,
      latestMetric: 'followers',
      latestDate: '2014-09-12',
    });
  });

  it('--dry-run writes nothing', async () => {
    const { db, id } = await sampleWith('youtube', 'StadMechelen');
    const before = sha256File(db);
    const result = await cli([
      'import-snapshots',
      join(SNAPSHOTS, 'youtube', 'Table data.csv'),
      '--db',
      db,
      '--channel',
      id,
      '--start-count',
      '180',
      '--dry-run',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Indeling / format: YouTube Studio, Table data.csv (youtube-table)');
    expect(result.out).toContain('Begintal / start count: 180 (--start-count)');
    expect(result.out).toContain('Laatste totaal / last total: 189 (2014-09-07)');
    expect(result.out).toContain('Dry run: nothing was written. Without --dry-run: 5 counts saved.');
    expect(sha256File(db)).toBe(before);
    expect((await listed(db, 'youtube', 'StadMechelen')).latestCount).toBeNull();
  });

  it('gains without an earlier count need --start-count; then list shows the total of the last day', async () => {
    const { db, id } = await sampleWith('linkedin', 'Stad Mechelen');
    const file = join(SNAPSHOTS, 'linkedin-volgers.xlsx');
    const refused = await cli(['import-snapshots', file, '--db', db, '--channel', id, '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Begintal / start count: onbekend / unknown');
    expect(refused.err).toMatch(/geen telling \(followers\) van dit kanaal vóór 2014-09-03\. Geef met --start-count <n>/);
    expect(refused.err).toMatch(/with --start-count <n>\.$/);

    const imported = await cli(['import-snapshots', file, '--db', db, '--channel', id, '--start-count', '400']);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain("  'Total followers' -> nieuwe volgers per dag (totaal)");
    expect(imported.out).toContain('Periode / date range: 2014-09-03 – 2014-09-09');
    expect(await listed(db, 'linkedin', 'Stad Mechelen')).toMatchObject({ latestCount: 428, latestDate: '2014-09-09' });
  });

  it('days that already have another count: refused and listed by default, --keep or --replace decide', async () => {
    const { db, id } = await sampleWith('youtube', 'StadMechelen');
    const file = join(SNAPSHOTS, 'youtube', 'Totals.csv');
    const args = ['import-snapshots', file, '--db', db, '--channel', id];
    expect((await cli([...args, '--start-count', '180'])).code).toBe(0);
    const written = changeRows(db);

    const asked = await cli([...args, '--start-count', '170']);
    expect(asked.code).toBe(1);
    expect(asked.out).toContain('Dagen met al een andere telling / days that already have another count: 5');
    expect(asked.err).toContain('Niets geïmporteerd: 5 dagen hebben al een andere telling. Kies --keep');
    expect(asked.err).toContain('  2014-09-03: in het register / in the register 183, in het bestand / in the file 173');
    expect(changeRows(db)).toBe(written);

    const kept = await cli([...args, '--start-count', '170', '--keep']);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain('Imported: 0 new counts, 0 replaced, 5 kept.');
    expect((await listed(db, 'youtube', 'StadMechelen')).latestCount).toBe(189);

    const replaced = await cli([...args, '--start-count', '170', '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('Imported: 0 new counts, 5 replaced, 0 kept.');
    expect(await listed(db, 'youtube', 'StadMechelen')).toMatchObject({ latestCount: 179, latestDate: '2014-09-07' });
  });

  it('asks for the starting count on a terminal, and only when the register has one to offer', async () => {
    const { db, id } = await sampleWith('facebook', 'Stadsbestuur Mechelen');
    const meta = join(SNAPSHOTS, 'meta-facebook-volgers.csv');
    const run = async (answer: string) => {
      const err: string[] = [];
      const questions: string[] = [];
      const code = await runCli(['import-snapshots', meta, '--db', db, '--channel', id, '--data-dir', tempDir()], {
        out: () => undefined,
        err: (l) => err.push(l),
        env: {},
        ask: async (question) => {
          questions.push(question);
          return answer;
        },
      });
      return { code, err: err.join('\n'), questions };
    };
    // The page has only likes in the sample: no followers count to offer, so nothing to ask.
    const nothing = await run('j');
    expect(nothing.code).toBe(1);
    expect(nothing.questions).toEqual([]);
    expect(nothing.err).toMatch(/Geef met --start-count <n>/);

    expect((await cli(['import-snapshots', join(SNAPSHOTS, 'volgers-tabel.csv'), '--db', db, '--channel', id])).code).toBe(0);
    const declined = await run('n');
    expect(declined.code).toBe(1);
    expect(declined.questions).toEqual([
      'Begintal 3050 gebruiken (de telling van 2014-09-01)? [j/n] / Use 3050 (the count of 2014-09-01) as starting count? [y/n] ',
    ]);
    expect(declined.err).toMatch(/niet bevestigd/);
    const accepted = await run('ja');
    expect(accepted.code).toBe(0);
    expect(await listed(db, 'facebook', 'Stadsbestuur Mechelen')).toMatchObject({ latestCount: 3080, latestDate: '2014-09-12' });
  });

  it('a broken file or one with problems exits 1 with the reason, and nothing is written', async () => {
    const { db, id } = await sampleWith('linkedin', 'Stad Mechelen');
    const before = changeRows(db);
    const truncated = await cli(['import-snapshots', join(SNAPSHOTS, 'linkedin-afgebroken.xlsx'), '--db', db, '--channel', id]);
    expect(truncated.code).toBe(1);
    expect(truncated.err).toMatch(/beschadigd of onvolledig[^]*\n.*damaged or incomplete/);
    const xls = await cli(['import-snapshots', join(SNAPSHOTS, 'linkedin-volgers.xls'), '--db', db, '--channel', id]);
    expect(xls.code).toBe(1);
    expect(xls.err).toMatch(/\.xls, Excel 97-2003/);
    const problems = await cli([
      'import-snapshots',
      join(SNAPSHOTS, 'youtube-problemen', 'Table data.csv'),
      '--db',
      db,
      '--channel',
      id,
      '--start-count',
      '10',
    ]);
    expect(problems.code).toBe(1);
    expect(problems.out).toContain("  Rij 5, kolom B: 'twee' is geen geheel getal.");
    expect(problems.out).toContain("    Row 5, column B: 'twee' is not a whole number.");
    expect(problems.err).toMatch(/^Niets geïmporteerd: 4 problemen in het bestand\./);
    const unknown = await cli(['import-snapshots', join(SNAPSHOTS, 'tellingen.xlsx'), '--db', db, '--channel', randomId()]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/bestaat niet/);
    expect(changeRows(db)).toBe(before);
  });

  it('wrong arguments exit 2; --channel is required and said so', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const file = join(SNAPSHOTS, 'tellingen.xlsx');
    const id = randomId();
    const missing = await cli(['import-snapshots', file, '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--channel <id> ontbreekt: het bestand zegt niet van welk kanaal de tellingen zijn/);
    expect(missing.err).toMatch(/--channel <id> is required/);
    expect(missing.err).toContain(USAGE);
    const cases = [
      ['import-snapshots', '--db', db, '--channel', id],
      ['import-snapshots', file, '--db', db, '--channel', 'Stad Mechelen'],
      ['import-snapshots', file, '--db', db, '--channel', id, '--start-count', '-5'],
      ['import-snapshots', file, '--db', db, '--channel', id, '--start-count', 'veel'],
      ['import-snapshots', file, '--db', db, '--channel', id, '--keep', '--replace'],
      ['import-snapshots', file, '--db', db, '--channel', id, '--skip-invalid'],
      ['import-channels', file, '--db', db, '--channel', id],
      ['list', '--db', db, '--yes'],
    ];
    for (const args of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(USAGE);
    }
    expect(existsSync(db)).toBe(false);
    expect(USAGE).toMatch(/import-snapshots <bestand> --channel <id>/);
    expect(USAGE).toMatch(/--yes .*without asking/s);
  });
});

function randomId(): string {
  return '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
}
