import type { BackupInfo, BackupReason, IntegrityReport } from '../../../shared/domain/backups';
import { locateBackup } from '../../core/backups/backupStore';
import { formatLocalDateTime } from '../../core/backups/localDateTime';
import { checkFileIntegrity } from '../../core/register/integrity';
import { asCommand, plural, type Call, type CliIo } from './cliSupport';

const REASON_LABELS: Record<BackupReason, string> = {
  'pre-migration': 'voor een update / before an update',
  daily: 'dagelijks / daily',
  manual: 'handmatig / manual',
  'before-restore': 'voor herstel / before a restore',
};

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('nl-BE', { maximumFractionDigits: 0 })} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} MB`;
}

/** `backup`: a manual backup of the register now; prints where it is. */
export async function makeBackup(args: { db: string; dataDir: string }, call: Call, io: CliIo): Promise<number> {
  await call('register.open', { path: args.db });
  const info = await call('backups.create', {});
  io.out(
    `Reservekopie gemaakt / backup made: ${locateBackup(args.dataDir, info)}\n` +
      `  id ${info.id}, ${plural(info.channelCount, 'kanaal', 'kanalen')} / channels, ${formatSize(info.sizeBytes)}`,
  );
  return 0;
}

/** `backups`: the backups of a register file (also one that does not open any more), newest first. */
export async function showBackups(args: { db: string; json: boolean }, call: Call, io: CliIo): Promise<number> {
  const backups = await call('backups.list', { path: args.db });
  if (args.json) {
    io.out(JSON.stringify(backups, null, 2));
    return 0;
  }
  if (backups.length === 0) {
    io.out(`Geen reservekopieën van / no backups of ${args.db}`);
    return 0;
  }
  io.out(`${plural(backups.length, 'reservekopie', 'reservekopieën')} van / backups of ${args.db}:`);
  for (const backup of backups) io.out(formatBackupLine(backup));
  return 0;
}

function formatBackupLine(backup: BackupInfo): string {
  return `  ${backup.id}  ${formatLocalDateTime(backup.createdAt)}  ${REASON_LABELS[backup.reason]}, ${backup.channelCount} kanalen / channels, ${formatSize(backup.sizeBytes)}, schema ${backup.schemaVersion}`;
}

/**
 * `check`: quick_check (or with --full integrity_check + foreign_key_check) on a read-only
 * connection: it never migrates or writes, so it also reports on a damaged file. Exit 1 when not ok.
 */
export function checkRegister(args: { db: string; full: boolean }, io: CliIo): number {
  const report: IntegrityReport = asCommand(() => checkFileIntegrity(args.db, args.full ? 'full' : 'quick'));
  const what = args.full ? 'integrity_check + foreign_key_check' : 'quick_check';
  if (report.ok) {
    io.out(`In orde / ok: ${args.db} (${what}, ${report.durationMs} ms)`);
    return 0;
  }
  io.err(`Beschadigd / damaged: ${args.db} (${what}):`);
  for (const problem of report.problems) io.err(`  ${problem}`);
  io.err(
    'Herstel een reservekopie als nieuw bestand: `kanalenregister backups --db <bestand>` en `restore` / ' +
      'restore a backup as a new file: `kanalenregister backups --db <file>` and `restore`.',
  );
  return 1;
}

/** `restore`: a backup copied into a new file (never over an existing one) and checked by opening it. */
export async function restoreBackup(
  args: { db: string; backup: string; out: string | undefined },
  call: Call,
  io: CliIo,
): Promise<number> {
  const info = await call('backups.restore', {
    backupId: args.backup,
    sourcePath: args.db,
    ...(args.out === undefined ? {} : { targetPath: args.out }),
  });
  io.out(
    `Hersteld als nieuw bestand / restored as a new file: ${info.path} (${plural(info.channelCount, 'kanaal', 'kanalen')} / channels)`,
  );
  return 0;
}
