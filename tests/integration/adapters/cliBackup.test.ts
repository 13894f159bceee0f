import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/domain/backups';
import { runCli } from '../../../src-main/adapters/cli';
import { sha256File, tempDir, useTempDirs } from '../../helpers/tempRegister';
import { damagePage2 } from '../core/durabilityHelpers';

useTempDirs();

async function cli(args: string[], dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dataDir], { out: (l) => out.push(l), err: (l) => err.push(l), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function sample(dataDir: string): Promise<string> {
  const db = join(tempDir(), 'mechelen.sqlite');
  expect((await cli(['load-sample', '--db', db], dataDir)).code).toBe(0);
  return db;
}

async function listed(db: string, dataDir: string): Promise<BackupInfo[]> {
  const result = await cli(['backups', '--db', db, '--json'], dataDir);
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as BackupInfo[];
}

describe('kanalenregister backup, backups, check, restore', () => {
  it('backup makes a manual backup in the data folder and says where; backups lists it', async () => {
    const dataDir = tempDir();
    const db = await sample(dataDir);
    const made = await cli(['backup', '--db', db], dataDir);
    expect(made.code).toBe(0);
    const path = /backup made: (.+\.sqlite)\n/.exec(made.out)?.[1];
    expect(path && existsSync(path)).toBe(true);
    expect(path!.startsWith(join(dataDir, 'backups'))).toBe(true);
    expect(made.out).toMatch(/44 kanalen \/ channels/);
    expect(existsSync(`${db}.lock`)).toBe(false);

    const backups = await listed(db, dataDir);
    expect(backups).toHaveLength(1); // the backup command makes no daily one besides
    expect(backups[0]).toMatchObject({ reason: 'manual', channelCount: 44, sourcePath: db });
    const text = await cli(['backups', '--db', db], dataDir);
    expect(text.out).toMatch(/^1 reservekopie van \/ backups of /);
    expect(text.out).toContain(`  ${backups[0]!.id}  `);
    expect(text.out).toMatch(/handmatig \/ manual, 44 kanalen \/ channels/);
  });

  it('any other command makes the day’s first backup, and waits for it before exiting', async () => {
    const dataDir = tempDir();
    const db = await sample(dataDir);
    expect(await listed(db, dataDir)).toEqual([]);
    expect((await cli(['list', '--db', db], dataDir)).code).toBe(0);
    expect((await listed(db, dataDir)).map((b) => b.reason)).toEqual(['daily']);
    expect((await cli(['list', '--db', db], dataDir)).code).toBe(0);
    expect(await listed(db, dataDir)).toHaveLength(1);
    const dir = join(dataDir, 'backups', readdirSync(join(dataDir, 'backups'))[0]!);
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('check: ok on a sound register, exit 1 and the problems on a damaged one, which it does not write', async () => {
    const dataDir = tempDir();
    const db = await sample(dataDir);
    const quick = await cli(['check', '--db', db], dataDir);
    expect(quick).toMatchObject({ code: 0 });
    expect(quick.out).toMatch(/^In orde \/ ok: .* \(quick_check, \d+ ms\)$/);
    expect((await cli(['check', '--db', db, '--full'], dataDir)).out).toMatch(/integrity_check \+ foreign_key_check/);

    damagePage2(db);
    const before = sha256File(db);
    const damaged = await cli(['check', '--db', db, '--full'], dataDir);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/^Beschadigd \/ damaged: /);
    expect(damaged.err).toMatch(/restore a backup as a new file/);
    expect(sha256File(db)).toBe(before);
    expect((await cli(['check', '--db', join(tempDir(), 'nergens.sqlite')], dataDir)).code).toBe(1);
  });

  it('restore copies a backup of a damaged register into a new file, never over an existing one', async () => {
    const dataDir = tempDir();
    const db = await sample(dataDir);
    expect((await cli(['backup', '--db', db], dataDir)).code).toBe(0);
    const [backup] = await listed(db, dataDir);
    damagePage2(db);
    const opened = await cli(['list', '--db', db], dataDir);
    expect(opened.code).toBe(1);
    expect(opened.err).toMatch(/Er is een reservekopie van \d\d\/\d\d\/\d{4} \d\d:\d\d \(44 kanalen\)/);

    const restored = await cli(['restore', '--db', db, '--backup', backup!.id], dataDir);
    expect(restored.code).toBe(0);
    const path = /restored as a new file: (.+\.sqlite) \(44 kanalen/.exec(restored.out)?.[1];
    expect(dirname(path!)).toBe(dirname(db));
    expect(path).toMatch(/mechelen \(hersteld \d{4}-\d\d-\d\d \d\du\d\d\)\.sqlite$/);
    expect((await cli(['check', '--db', path!, '--full'], dataDir)).code).toBe(0);
    expect((await cli(['list', '--db', path!], dataDir)).out.split('\n')).toHaveLength(44);

    const out = join(tempDir(), 'bestaat.sqlite');
    writeFileSync(out, 'niet overschrijven');
    const refused = await cli(['restore', '--db', db, '--backup', backup!.id, '--out', out], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/overschrijft nooit een bestand/);
    const other = join(tempDir(), 'elders.sqlite');
    expect((await cli(['restore', '--db', db, '--backup', backup!.id, '--out', other], dataDir)).code).toBe(0);
    expect(existsSync(other)).toBe(true);
  });

  it('wrong arguments: exit 2 with the usage', async () => {
    const dataDir = tempDir();
    const db = join(tempDir(), 'x.sqlite');
    expect((await cli(['restore', '--db', db], dataDir)).err).toMatch(/--backup <id> ontbreekt/);
    expect((await cli(['restore', '--db', db], dataDir)).code).toBe(2);
    expect((await cli(['backup', '--db', db, '--full'], dataDir)).code).toBe(2);
    expect((await cli(['check', '--db', db, '--backup', 'x'], dataDir)).code).toBe(2);
    expect((await cli(['restore', '--db', db, '--backup', '../x'], dataDir)).code).toBe(1);
  });
});
