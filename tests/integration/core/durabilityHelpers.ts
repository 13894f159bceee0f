import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Method, Output } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { browserHostHandlers } from '../../../src-main/adapters/browserHost';
import { createCoreHandlers } from '../../../src-main/core/api/coreHandlers';
import { dispatch, type AllHandlers } from '../../../src-main/core/api/dispatch';
import { migrate } from '../../../src-main/core/db/migrate';
import { MIGRATIONS } from '../../../src-main/core/db/migrations';
import { RegisterSession, type CoreConfig } from '../../../src-main/core/register/registerSession';
import { onCleanup } from '../../helpers/tempRegister';

/** A session on `dataDir` (closed after the test, its background backups awaited first). */
export function newSession(dataDir: string, config: Partial<CoreConfig> = {}): RegisterSession {
  const session = new RegisterSession({ dataDir, actor: 'tester', rememberRecent: false, ...config });
  onCleanup(() => session.close());
  return session;
}

/** Calls the API as an adapter does: through dispatch, with the contract's validation. */
export function api(session: RegisterSession) {
  const handlers: AllHandlers = { ...createCoreHandlers(session), ...browserHostHandlers };
  return async <M extends Method>(method: M, input: unknown = {}): Promise<Result<Output<M>>> =>
    (await dispatch(handlers, method, input)) as Result<Output<M>>;
}

/** Like api() but unwraps: throws the error message when the call was refused. */
export function apiValue(session: RegisterSession) {
  const call = api(session);
  return async <M extends Method>(method: M, input: unknown = {}): Promise<Output<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.messageEn}`);
    return result.value;
  };
}

/** A moving clock for backups (local dates matter: the first open of each day). */
export function clock(start: string) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
    addDays: (days: number) => {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}

/**
 * A register file as an older version left it: migrations up to `version`, meta rows and
 * `channels` named channels. Closed, in rollback-journal mode, as a file on disk.
 */
export function olderRegister(path: string, version: number, channels: string[]): { registerId: string; ids: string[] } {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= version),
    );
    const registerId = randomUUID();
    const now = '2024-03-01T09:00:00.000Z';
    const meta = db.prepare(`INSERT INTO register_meta (key, value) VALUES (?, ?)`);
    meta.run('app', 'kanalenregister');
    meta.run('register_id', registerId);
    meta.run('created_at', now);
    meta.run('is_sample', '0');
    const insert = db.prepare(
      `INSERT INTO channels (id, kind, platform, name, created_at, updated_at) VALUES (?, 'social', 'facebook', ?, ?, ?)`,
    );
    const ids = channels.map((name) => {
      const id = randomUUID();
      insert.run(id, name, now, now);
      return id;
    });
    return { registerId, ids };
  } finally {
    db.close();
  }
}

/** Overwrites page 2 of a closed SQLite file with garbage, as a bad sector or a cut-off copy would. */
export function damagePage2(path: string): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  for (let i = pageSize; i < 2 * pageSize; i += 1) bytes[i] = (i * 7919) & 0xff;
  writeFileSync(path, bytes);
}

/** Rows of a file read on a throw-away read-only connection. */
export function readRows<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
