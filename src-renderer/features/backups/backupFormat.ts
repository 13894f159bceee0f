/** Display helpers for the backups dialog; the API keeps bytes and ISO timestamps. */

const oneDecimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 });

/** 123456 -> "121 kB", 5_400_000 -> "5,1 MB" (nl-BE decimal comma; 1 kB = 1024 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${whole.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${whole.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  if (bytes < 1024 * 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
  return `${oneDecimal.format(bytes / (1024 * 1024 * 1024))} GB`;
}

/** The last part of a path, whichever separator the host uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * What a restored copy will be called, for the confirmation. The core (backups/restoreBackup.ts,
 * defaultRestoreTarget) names it "<register> (hersteld JJJJ-MM-DD UUuMM).sqlite" at the moment of
 * the restore, without repeating an earlier "(hersteld …)"; this is that name with the current
 * local time, shown as "a name like" (a number may still be added if the name is taken).
 */
export function restoredNameExample(registerPath: string, now: Date = new Date()): string {
  const file = baseName(registerPath);
  const dot = file.lastIndexOf('.');
  const extension = dot > 0 ? file.slice(dot) : '.sqlite';
  const stem = (dot > 0 ? file.slice(0, dot) : file).replace(/ \(hersteld [^)]*\)( \(\d+\))?$/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}u${pad(now.getMinutes())}`;
  return `${stem} (hersteld ${stamp})${extension}`;
}
