import Database from 'better-sqlite3';
import fc, { type Arbitrary } from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Method } from '../../shared/api/contract';
import { HOSTILE_STRINGS, zodType, type Override } from './zodArbitrary';

/**
 * What the API fuzz test feeds the schema-derived arbitraries where random values would only
 * ever be refused at the door: ids of rows that exist, change-log timestamps, finding ids,
 * real spreadsheet files, and paths that always stay inside the test's temp dir.
 */

/** Ids and keys read from the register through the API, refreshed while the fuzz runs. */
export interface FuzzPool {
  channels: string[];
  organisations: string[];
  people: string[];
  costLines: string[];
  budgets: string[];
  views: string[];
  campaigns: string[];
  snapshots: string[];
  hlcs: string[];
  /** A channel and a timestamp from its own history (channels.restoreVersion). */
  versions: Array<{ id: string; hlc: string }>;
  findings: string[];
  backups: string[];
  exports: string[];
}

export function emptyPool(): FuzzPool {
  return {
    channels: [],
    organisations: [],
    people: [],
    costLines: [],
    budgets: [],
    views: [],
    campaigns: [],
    snapshots: [],
    hlcs: [],
    versions: [],
    findings: [],
    backups: [],
    exports: [],
  };
}

/** Files in the temp dir that the path arbitraries point at: every kind of thing a user may type. */
export interface PlantedFiles {
  dir: string;
  /** Files that are not meant to pass integrity_check (not SQLite, or damaged on purpose). */
  notRegisters: string[];
  /** Paths that a path field may name. */
  paths: string[];
}

/** Creates the odd files next to the real registers: text, empty, garbage, another app's SQLite, a newer schema, a folder. */
export function plantFiles(dir: string, samplePath: string): PlantedFiles {
  mkdirSync(dir, { recursive: true });
  const text = join(dir, 'notities.txt');
  writeFileSync(text, 'Dit is geen register.\n');
  const empty = join(dir, 'leeg.sqlite');
  writeFileSync(empty, '');
  const garbage = join(dir, 'kapot.sqlite');
  writeFileSync(garbage, Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(8192, 0xa5)]));
  const otherApp = join(dir, 'andere-app.sqlite');
  const other = new Database(otherApp);
  other.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')`);
  other.close();
  const newer = join(dir, 'nieuwer.sqlite');
  const future = new Database(newer);
  future.exec(
    `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);
     INSERT INTO schema_migrations VALUES (999, 'future', 'x', '2030-01-01T00:00:00Z')`,
  );
  future.close();
  const folder = join(dir, 'map.sqlite');
  mkdirSync(folder, { recursive: true });
  const copy = join(dir, 'kopie van voorbeeld.sqlite');
  writeFileSync(copy, readFileSync(samplePath));
  return {
    dir,
    notRegisters: [text, garbage, folder],
    paths: [samplePath, text, empty, garbage, otherApp, newer, folder, copy, join(dir, 'ontbrekende map', 'nieuw.sqlite')],
  };
}

/** A name that stays one path segment: separators and dots-only segments cannot leave the folder. */
function oneSegment(text: string): string {
  const safe = text.replace(/[/\\]/g, '_').replace(/^\.+$/, '_');
  return safe.length === 0 ? '_' : safe.slice(0, 120);
}

/**
 * Paths for register.*, backups.* (path, sourcePath, targetPath): existing odd files, new names,
 * hostile names made into one segment under the temp dir, and relative names (which the session
 * puts in the registers folder of its temp data dir). Never a path outside the temp dir: the test
 * runs as root.
 */
export function pathArbitrary(planted: PlantedFiles): Arbitrary<string> {
  const fresh = fc.stringMatching(/^[a-z0-9 -]{1,24}$/).map((name) => join(planted.dir, `nieuw ${name}.sqlite`));
  const hostile = fc
    .oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'grapheme', maxLength: 30 }))
    .map((name) => join(planted.dir, 'vreemd', oneSegment(name)));
  const relative = fc.stringMatching(/^[a-z0-9][a-z0-9 -]{0,20}(\.sqlite)?$/);
  // Padding the schema trims: still inside the temp dir after trimming.
  const padded = fc.constantFrom(...planted.paths).map((path) => `  ${path}\t`);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...planted.paths), weight: 4 },
    { arbitrary: fresh, weight: 3 },
    { arbitrary: hostile, weight: 2 },
    { arbitrary: relative, weight: 2 },
    { arbitrary: padded, weight: 1 },
  );
}

/** The spreadsheets and platform exports of the test fixtures, as base64, plus bytes no reader expects. */
export function fileContents(fixturesDir: string): { channels: string[]; snapshots: string[]; costs: string[]; junk: string[] } {
  const read = (sub: string) =>
    readdirSync(join(fixturesDir, sub))
      .filter((name) => !name.endsWith('.ts') && statSync(join(fixturesDir, sub, name)).isFile())
      .map((name) => readFileSync(join(fixturesDir, sub, name)).toString('base64'));
  const costCsv = [
    'Omschrijving;Kanaal;Categorie;Bedrag;Datum',
    'Hosting;Stad Mechelen;Hosting;12,50;01/03/2014',
    "=cmd|' /C calc'!A0;<img src=x onerror=alert(1)>;Hosting;1.234,56;31/12/2014",
    'Licentie;;Licentie;-5;29/02/2016',
  ].join('\r\n');
  return {
    channels: read('imports'),
    snapshots: read('snapshots'),
    costs: [Buffer.from(costCsv, 'utf8').toString('base64')],
    junk: [
      '',
      Buffer.from('PK\u0003\u0004 not really a zip').toString('base64'),
      Buffer.from('\u0000\u0001\u0002\u00ff').toString('base64'),
      Buffer.from('a;b\n"unterminated\n').toString('base64'),
      Buffer.from('\ufeff', 'utf8').toString('base64'),
    ],
  };
}

/** The pool an `id`/`ids` field of this method draws from. */
function entityPool(method: Method, pool: FuzzPool): string[] {
  const domain = method.split('.')[0];
  switch (domain) {
    case 'channels':
      return pool.channels;
    case 'organisations':
      return pool.organisations;
    case 'people':
      return pool.people;
    case 'costs':
      return pool.costLines;
    case 'budgets':
      return pool.budgets;
    case 'views':
      return pool.views;
    case 'campaigns':
      return pool.campaigns;
    case 'snapshots':
      return pool.snapshots;
    default:
      return [...pool.channels, ...pool.organisations, ...pool.people, ...pool.costLines];
  }
}

const KEY_POOLS: Record<string, Exclude<keyof FuzzPool, 'versions'>> = {
  channelId: 'channels',
  channelIds: 'channels',
  excludeId: 'channels',
  organisationId: 'organisations',
  organisationIds: 'organisations',
  parentId: 'organisations',
  responsiblePersonId: 'people',
  responsiblePersonIds: 'people',
  ownerPersonId: 'people',
  viewId: 'views',
  hlc: 'hlcs',
  findingId: 'findings',
  backupId: 'backups',
  exportId: 'exports',
};

/** One element of a pool, read when the case is generated (the pool grows and shrinks during the run). */
function fromPool(read: () => string[]): Arbitrary<string> {
  return fc.nat().map((n) => {
    const items = read();
    return items.length === 0 ? '00000000-0000-4000-8000-000000000000' : items[n % items.length]!;
  });
}

/** The overrides for one method: real ids, real files and safe paths where the schema asks for a string. */
export function fuzzOverride(
  method: Method,
  pool: FuzzPool,
  planted: PlantedFiles,
  files: ReturnType<typeof fileContents>,
): Override {
  const paths = pathArbitrary(planted);
  const contentFor = method.startsWith('snapshots.') ? files.snapshots : method.includes('costs') ? files.costs : files.channels;
  const content = fc.oneof(
    { arbitrary: fc.constantFrom(...contentFor), weight: 6 },
    { arbitrary: fc.constantFrom(...files.channels, ...files.snapshots, ...files.costs), weight: 2 },
    { arbitrary: fc.constantFrom(...files.junk), weight: 1 },
    { arbitrary: fc.base64String({ maxLength: 400 }), weight: 1 },
  );
  const fileName = fc.constantFrom(
    'inventaris.xlsx',
    'inventaris.csv',
    'kosten.csv',
    'volgers.csv',
    'export.xls',
    'leeg.txt',
    'x',
    '<script>alert(1)</script>.csv',
    '../../etc/passwd.csv',
    '=cmd.csv',
  );
  return (key, schema, fallback) => {
    // Reading choices of an import: mostly left to the reader (as the UI first sends them), so
    // the file itself is read, mapped and previewed rather than refused for a made-up sheet or mapping.
    if (zodType(schema) === 'optional' && ['mapping', 'sheet', 'encoding', 'separator'].includes(key)) {
      return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fallback(), weight: 1 });
    }
    // Years and dates near the sample's (2013-2016), so ranges are mostly valid and hold data.
    if (zodType(schema) === 'number' && (key === 'year' || key === 'fromYear' || key === 'toYear')) {
      return fc.oneof({ arbitrary: fc.integer({ min: 2012, max: 2017 }), weight: 4 }, { arbitrary: fallback(), weight: 1 });
    }
    if (zodType(schema) !== 'string') return undefined;
    if (key === 'from' || key === 'to' || key === 'date' || key === 'asOf' || key === 'referenceDate') {
      const near = fc
        .date({ min: new Date('2013-01-01T00:00:00Z'), max: new Date('2016-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
      return fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: fallback(), weight: 1 });
    }
    if (key === 'path' || key === 'sourcePath' || key === 'targetPath') return paths;
    if (key === 'url') {
      const hosts = fc.constantFrom('www.facebook.com', 'twitter.com', 'www.youtube.com', 'www.mechelen.be', 'example.org');
      const urls = fc
        .tuple(fc.constantFrom('http', 'https', 'HTTPS'), hosts, fc.string({ maxLength: 30 }))
        .map(([scheme, host, rest]) => `${scheme}://${host}/${encodeURI(Buffer.from(rest, 'utf8').toString('utf8'))}`);
      return fc.oneof({ arbitrary: urls, weight: 4 }, { arbitrary: fallback(), weight: 1 });
    }
    if (key === 'contentBase64') return content;
    if (key === 'fileName') return fc.oneof({ arbitrary: fileName, weight: 3 }, { arbitrary: fallback(), weight: 1 });
    const poolName = KEY_POOLS[key];
    const ids = poolName ? () => pool[poolName] : key === 'id' || key === 'ids' ? () => entityPool(method, pool) : null;
    if (!ids) return undefined;
    return fc.oneof({ arbitrary: fromPool(ids), weight: 6 }, { arbitrary: fallback(), weight: 1 });
  };
}
