// The synthetic registers the benchmark measures. The app makes each file (Register.create: schema,
// migrations, meta), then the bulk rows go in with raw prepared inserts in large transactions,
// written exactly as the app stores them: the derived columns (folded name and search text, URL
// key) come from the app's own functions, and the latest-count columns from the app's own trigger
// SQL, run once at the end instead of once per row. Files are cached under
// node_modules/.cache/bench, keyed by kind, size, seed and the schema's migration checksums.
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHANNEL_STATUSES, PLATFORMS, type Platform } from '../shared/domain/channel';
import { urlComparisonKey } from '../shared/domain/channelUrl';
import { COST_CATEGORIES, RECURRENCES } from '../shared/domain/cost';
import { SEARCH_SEPARATOR } from '../src-main/core/channels/channelsTable';
import { foldText } from '../src-main/core/channels/foldText';
import { MIGRATIONS } from '../src-main/core/db/migrations';
import { migrationChecksum } from '../src-main/core/db/migrations/migration';
import { Register } from '../src-main/core/register/register';
import { integer, pick, seededRandom, seededUuid, sequentialUuid } from './random';
import { TEN_YEARS_OF_DAYS, type Sizes } from './sizes';

/** Bump when the generated content changes, so cached files are made again. */
const GENERATOR_VERSION = 1;

export const CACHE_DIR = resolve('node_modules/.cache/bench');

/** Every row carries the same timestamps: the same seed gives the same file content. */
const STAMP = '2026-01-01T00:00:00.000Z';
export const LAST_DAY = '2025-12-31';

/** The organisation whose channels the growth case charts (main register), and the note's (wide register). */
export const GROWTH_ORGANISATION = 'Groei twintig kanalen';
export const NOTE_ORGANISATION = 'Collegenota kanalen';

export type RegisterKind = 'main' | 'wide' | 'importTarget';

export interface GeneratedRegister {
  path: string;
  /** Seconds spent generating (0 when it came from the cache). */
  generatedSeconds: number;
}

const WORDS = ['Mechelen', 'Stad', 'Cultuur', 'Jeugd', 'Sport', 'Toerisme', 'Bibliotheek', 'Archief', 'Museum', 'Markt'];
const MORE_WORDS = ['Zomer', 'Winter', 'Dijle', 'Lamot', 'Vesten', 'Ééndracht', 'Nekkerspoel', 'Muizen', 'Walem', 'Heffen'];
const SOCIAL = PLATFORMS.filter((p): p is Platform => p !== 'other' && p !== 'website');

/** A short hash of the schema this version of the app writes: a new migration makes new files. */
function schemaKey(): string {
  const hash = createHash('sha256');
  for (const migration of MIGRATIONS) hash.update(`${migration.version}:${migrationChecksum(migration)};`);
  return `s${MIGRATIONS.length}-${hash.digest('hex').slice(0, 10)}`;
}

export function cachedRegisterPath(kind: RegisterKind, sizes: Sizes): string {
  return join(CACHE_DIR, `${kind}-${sizes.name}-seed${sizes.seed}-${schemaKey()}-g${GENERATOR_VERSION}.sqlite`);
}

/** The cached register of this kind and size, generated first when it is missing. */
export async function syntheticRegister(
  kind: RegisterKind,
  sizes: Sizes,
  log: (line: string) => void,
): Promise<GeneratedRegister> {
  const path = cachedRegisterPath(kind, sizes);
  if (existsSync(path)) return { path, generatedSeconds: 0 };
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${path}.partial-${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const started = performance.now();
  log(`generating the ${kind} register (${sizes.name}) ...`);
  // The app creates the file: schema, migrations and meta exactly as a new register has them.
  const created = await Register.create(partial, { deviceId: randomUUID(), actor: 'bench' });
  created.close();
  const db = new Database(partial);
  try {
    // Generation only: nothing here must survive a crash, and a journal on disk would double the
    // writes. (OFF is refused in better-sqlite3's defensive mode; MEMORY keeps rollback working.)
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -1000000');
    db.pragma('temp_store = MEMORY');
    fill(db, kind, sizes);
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  renameSync(partial, path);
  const seconds = (performance.now() - started) / 1000;
  log(`  ${kind} register ready in ${seconds.toFixed(1)} s: ${path}`);
  return { path, generatedSeconds: seconds };
}

interface Organisation {
  id: string;
  name: string;
}

function fill(db: Database.Database, kind: RegisterKind, sizes: Sizes): void {
  const random = seededRandom(sizes.seed + { main: 0, wide: 1, importTarget: 2 }[kind]);
  const organisations = insertOrganisations(db, random, sizes.organisations);
  const people = insertPeople(db, random, organisations, Math.max(10, Math.floor(sizes.organisations / 2)));
  if (kind === 'main') {
    // Channels 0..growthChannels-1 belong to the growth organisation; every channel of the first
    // `longChannels` has ten years of daily counts, the rest share what is left of the snapshots.
    const channels = insertChannels(db, random, sizes.channels, organisations, people, (i) =>
      i < sizes.growthChannels ? organisations[1]! : null,
    );
    insertSnapshots(db, random, channels, sizes.snapshots);
    insertCostLines(db, random, sizes.costLines, channels, organisations);
  } else if (kind === 'wide') {
    // The first docxRows channels belong to the note's organisation; one count each (80 %).
    const channels = insertChannels(db, random, sizes.wideChannels, organisations, people, (i) =>
      i < sizes.docxRows ? organisations[2]! : null,
    );
    insertLatestCounts(db, random, channels);
  } else {
    insertChannels(db, random, importChannelCount(sizes), organisations, people, () => null);
  }
}

/** Channels the CSV import case writes ten years of daily counts for. */
export function importChannelCount(sizes: Sizes): number {
  return Math.ceil(sizes.importSnapshots / TEN_YEARS_OF_DAYS);
}

function insertOrganisations(db: Database.Database, random: () => number, count: number): Organisation[] {
  const insert = db.prepare(
    `INSERT INTO organisations (id, name, kind, parent_id, notes, created_at, updated_at, deleted_at, name_folded)
     VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, ?)`,
  );
  const organisations: Organisation[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const name =
        i === 0
          ? 'Stad Mechelen'
          : i === 1
            ? GROWTH_ORGANISATION
            : i === 2
              ? NOTE_ORGANISATION
              : `Dienst ${pick(random, WORDS)} ${pick(random, MORE_WORDS)} ${i}`;
      const kind = i < 3 ? 'stadsdienst' : pick(random, ['stadsdienst', 'agb', 'eva', 'partnerproject'] as const);
      // A shallow tree under the city, as a real one is: departments, and a few units under them.
      const parent = i === 0 ? null : i < 20 ? organisations[0]!.id : organisations[integer(random, 0, 19)]!.id;
      const id = seededUuid(random);
      insert.run(id, name, kind, parent, STAMP, STAMP, foldText(name));
      organisations.push({ id, name });
    }
  })();
  return organisations;
}

function insertPeople(db: Database.Database, random: () => number, organisations: Organisation[], count: number): Organisation[] {
  const insert = db.prepare(
    `INSERT INTO people (id, name, email, phone, organisation_id, role, active, notes, created_at, updated_at, deleted_at, name_folded)
     VALUES (?, ?, ?, NULL, ?, 'webmaster', 1, NULL, ?, ?, NULL, ?)`,
  );
  const people: Organisation[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const name = `${pick(random, ['An', 'Bart', 'Els', 'Jef', 'Lotte', 'Pieter', 'Sofie', 'Wim'])} Persoon${i + 1}`;
      const id = seededUuid(random);
      insert.run(id, name, `persoon${i + 1}@mechelen.be`, pick(random, organisations).id, STAMP, STAMP, foldText(name));
      people.push({ id, name });
    }
  })();
  return people;
}

export interface GeneratedChannel {
  id: string;
  name: string;
  platform: Platform;
}

function insertChannels(
  db: Database.Database,
  random: () => number,
  count: number,
  organisations: Organisation[],
  people: Organisation[],
  fixedOrganisation: (index: number) => Organisation | null,
): GeneratedChannel[] {
  const insert = db.prepare(
    `INSERT INTO channels (id, kind, platform, name, handle, url, organisation_id, responsible_person_id, status, audience,
       purpose, created_by_webmasters, notes, created_at, updated_at, deleted_at, name_folded, search_text, url_key)
     VALUES (@id, @kind, @platform, @name, @handle, @url, @organisationId, @personId, @status, @audience,
       NULL, @byWebmasters, @notes, @stamp, @stamp, NULL, @nameFolded, @searchText, @urlKey)`,
  );
  const channels: GeneratedChannel[] = [];
  // The first organisations hold the fixed groups; the others get the channels at random.
  const others = organisations.slice(3);
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const platform: Platform = random() < 0.2 ? 'website' : pick(random, SOCIAL);
      const name = `${pick(random, WORDS)} ${pick(random, MORE_WORDS)} ${i + 1}`;
      const handle = platform === 'website' ? null : `kanaal${i + 1}`;
      const url = platform === 'website' ? `https://www.voorbeeld${i + 1}.be` : `https://www.${platform}.com/kanaal${i + 1}`;
      const organisation =
        fixedOrganisation(i) ?? (random() < 0.05 ? null : pick(random, others.length > 0 ? others : organisations));
      const person = random() < 0.3 ? null : pick(random, people);
      const notes = random() < 0.1 ? `Opmerking over kanaal ${i + 1}` : null;
      const id = seededUuid(random);
      const searchText = foldText(
        [name, handle, url, notes, organisation?.name, person?.name].map((v) => v ?? '').join(SEARCH_SEPARATOR),
      );
      insert.run({
        id,
        kind: platform === 'website' ? 'website' : 'social',
        platform,
        name,
        handle,
        url,
        organisationId: organisation?.id ?? null,
        personId: person?.id ?? null,
        status: random() < 0.2 ? null : pick(random, CHANNEL_STATUSES),
        audience: random() < 0.5 ? null : pick(random, ['inwoners', 'jongeren', 'toeristen', 'ondernemers']),
        byWebmasters: random() < 0.3 ? null : random() < 0.5 ? 1 : 0,
        notes,
        stamp: STAMP,
        nameFolded: foldText(name),
        searchText,
        urlKey: urlComparisonKey(url),
      });
      channels.push({ id, name, platform });
    }
  })();
  return channels;
}

/** ISO dates of the ten years 2016-01-01 .. 2025-12-31. */
export function tenYearsOfDays(): string[] {
  const days: string[] = [];
  const day = new Date(Date.UTC(2016, 0, 1));
  for (let i = 0; i < TEN_YEARS_OF_DAYS; i += 1) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/** A plausible daily series: growth with noise and an occasional drop (the implausible-drop check sees real data). */
export function dailyCounts(random: () => number, days: number): number[] {
  const counts: number[] = [];
  let count = integer(random, 50, 20_000);
  const trend = random() * 8;
  for (let i = 0; i < days; i += 1) {
    count = Math.max(0, Math.round(count + trend + (random() - 0.45) * 20));
    counts.push(count);
  }
  return counts;
}

/**
 * The three triggers that keep channels.latest_* per inserted snapshot are dropped for the bulk
 * insert and put back, word for word, from sqlite_master; the latest columns are then filled in
 * one statement, the very UPDATE migration 0002 runs.
 */
function withoutLatestTriggers(db: Database.Database, write: () => void): void {
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'follower_snapshots'`)
    .all() as Array<{ name: string; sql: string }>;
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  try {
    write();
  } finally {
    for (const trigger of triggers) db.exec(trigger.sql);
  }
  db.exec(`UPDATE channels SET (latest_count, latest_metric, latest_date) = (
    SELECT s.count, s.metric, s.date FROM follower_snapshots s
     WHERE s.channel_id = channels.id AND s.deleted_at IS NULL
     ORDER BY s.date DESC, s.metric LIMIT 1)`);
}

function snapshotInsert(db: Database.Database) {
  const statement = db.prepare(
    `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, source, notes, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, 'followers', NULL, NULL, ?, ?, NULL)`,
  );
  let counter = 0;
  const salt = '5eed0000b0b0';
  return (channelId: string, date: string, count: number) => {
    counter += 1;
    statement.run(sequentialUuid(counter, salt), channelId, date, count, STAMP, STAMP);
  };
}

function insertSnapshots(db: Database.Database, random: () => number, channels: GeneratedChannel[], total: number): void {
  const days = tenYearsOfDays();
  // Most snapshots in channels with the whole ten years (as the growth case needs); the rest
  // spread evenly over the other channels, each a run of days up to the last day.
  const longChannels = Math.min(channels.length, Math.max(20, Math.floor((total * 0.9) / days.length)));
  const rest = Math.max(0, total - longChannels * days.length);
  const others = Math.max(1, channels.length - longChannels);
  const insert = snapshotInsert(db);
  withoutLatestTriggers(db, () => {
    let pending = 0;
    db.exec('BEGIN');
    channels.forEach((channel, index) => {
      const length =
        index < longChannels
          ? days.length
          : Math.min(days.length, Math.floor(rest / others) + (index - longChannels < rest % others ? 1 : 0));
      if (length === 0) return;
      const counts = dailyCounts(random, length);
      const first = days.length - length;
      for (let d = 0; d < length; d += 1) insert(channel.id, days[first + d]!, counts[d]!);
      pending += length;
      if (pending > 500_000) {
        db.exec('COMMIT; BEGIN');
        pending = 0;
      }
    });
    db.exec('COMMIT');
  });
}

function insertLatestCounts(db: Database.Database, random: () => number, channels: GeneratedChannel[]): void {
  const insert = snapshotInsert(db);
  withoutLatestTriggers(db, () => {
    db.transaction(() => {
      for (const channel of channels) if (random() < 0.8) insert(channel.id, LAST_DAY, integer(random, 0, 200_000));
    })();
  });
}

function insertCostLines(
  db: Database.Database,
  random: () => number,
  count: number,
  channels: GeneratedChannel[],
  organisations: Organisation[],
): void {
  const insert = db.prepare(
    `INSERT INTO cost_lines (id, channel_id, organisation_id, description, category, amount_cents, vat_included, start_date,
       end_date, recurrence, supplier, reference, notes, created_at, updated_at, deleted_at)
     VALUES (@id, @channelId, @organisationId, @description, @category, @amountCents, @vat, @start,
       @end, @recurrence, @supplier, @reference, NULL, @stamp, @stamp, NULL)`,
  );
  const days = tenYearsOfDays();
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const shared = random() < 0.2;
      const recurrence = random() < 0.6 ? 'once' : pick(random, RECURRENCES);
      const startIndex = integer(random, 0, days.length - 1);
      const end = recurrence === 'once' || random() < 0.3 ? null : days[integer(random, startIndex, days.length - 1)]!;
      insert.run({
        id: seededUuid(random),
        channelId: shared ? null : pick(random, channels).id,
        organisationId: shared ? pick(random, organisations).id : null,
        description: `Kost ${i + 1}`,
        category: pick(random, COST_CATEGORIES),
        amountCents: integer(random, 500, 2_500_000),
        vat: random() < 0.5 ? 1 : 0,
        start: days[startIndex]!,
        end,
        recurrence,
        supplier: random() < 0.5 ? null : `Leverancier ${integer(random, 1, 50)}`,
        reference: random() < 0.5 ? null : `REF-${i + 1}`,
        stamp: STAMP,
      });
    }
  })();
}
