import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, posix, win32 } from 'node:path';
import type { StorageWarning } from '../../../shared/domain/register';

/** One line of the mount table: where a file system is mounted and its type. */
export interface MountEntry {
  mountPoint: string;
  type: string;
}

/** File system types that live on another machine (Linux /proc/mounts names). */
const NETWORK_FS_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'fuse.sshfs',
  '9p',
  'afs',
  'ceph',
  'glusterfs',
  'davfs',
  'fuse.davfs',
  'fuse.rclone',
  'fuse.glusterfs',
  'fuse.cephfs',
]);

/** Folder names of sync clients: a file in there is copied to other machines behind SQLite's back. */
const SYNCED_SEGMENTS: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /^onedrive( - .+)?$/i, name: 'OneDrive' },
  { pattern: /^dropbox( \(.+\))?$/i, name: 'Dropbox' },
  { pattern: /^(google ?drive|my drive|mijn drive)$/i, name: 'Google Drive' },
  { pattern: /^(icloud ?drive|mobile documents)$/i, name: 'iCloud Drive' },
  { pattern: /^nextcloud$/i, name: 'Nextcloud' },
  { pattern: /^owncloud$/i, name: 'ownCloud' },
];

/** /proc/mounts escapes spaces, tabs, newlines and backslashes as octal (\040). */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** Parses the text of /proc/mounts (or /proc/self/mounts). */
export function parseProcMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3) continue;
    entries.push({ mountPoint: unescapeMountField(fields[1]!), type: fields[2]! });
  }
  return entries;
}

/** The mount whose mount point is the longest prefix of `path` (POSIX paths). */
function mountOf(path: string, mounts: readonly MountEntry[]): MountEntry | null {
  let best: MountEntry | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint === '/' ? '/' : mount.mountPoint.replace(/\/+$/, '');
    const inside = point === '/' || path === point || path.startsWith(`${point}/`);
    if (inside && (best === null || point.length > best.mountPoint.replace(/\/+$/, '').length)) best = mount;
  }
  return best;
}

export interface StorageFacts {
  platform: NodeJS.Platform;
  /** The mount table (Linux); empty where it is not known. */
  mounts: readonly MountEntry[];
}

/**
 * Why a register file's place is risky, from the path alone (plus the mount table): a network
 * share (UNC path, or a network file system mount) or a folder a sync client copies around.
 * Pure: tests pass their own platform and mount table.
 */
export function classifyStorage(path: string, facts: StorageFacts): StorageWarning[] {
  const warnings: StorageWarning[] = [];
  const windows = facts.platform === 'win32';
  const segments = (windows ? path.split(/[\\/]+/) : path.split('/')).filter((s) => s.length > 0);

  let network: string | null = null;
  if (/^(\\\\|\/\/)[^\\/]+[\\/]+[^\\/]+/.test(path)) {
    network = windows ? win32.normalize(path).split('\\').slice(0, 4).join('\\') : path.split('/').slice(0, 4).join('/');
  } else if (!windows) {
    const mount = mountOf(posix.normalize(path), facts.mounts);
    if (mount && NETWORK_FS_TYPES.has(mount.type.toLowerCase())) network = `${mount.mountPoint} (${mount.type})`;
  }
  if (network !== null) {
    warnings.push({
      code: 'network-path',
      message:
        `Dit register staat op een netwerkschijf (${network}). SQLite-bestanden op een gedeelde schijf kunnen beschadigd raken ` +
        'als de verbinding wegvalt of twee computers tegelijk schrijven. Bewaar het register op deze laptop; samenwerken kan later via teamsynchronisatie.',
      messageEn:
        `This register is on a network share (${network}). SQLite files on a shared drive can get damaged when the connection drops ` +
        'or two computers write at once. Keep the register on this laptop; working together will come later through team sync.',
    });
  }

  const synced = SYNCED_SEGMENTS.find(({ pattern }) => segments.some((segment) => pattern.test(segment)));
  if (synced) {
    warnings.push({
      code: 'synced-folder',
      message:
        `Dit register staat in een map die ${synced.name} synchroniseert. Zo'n dienst kopieert het bestand terwijl het open is: ` +
        'dat geeft conflictkopieën of een beschadigd register. Bewaar het register op deze laptop buiten die map; samenwerken kan later via teamsynchronisatie.',
      messageEn:
        `This register is in a folder that ${synced.name} synchronises. Such a service copies the file while it is open, ` +
        'which leads to conflicting copies or a damaged register. Keep the register on this laptop outside that folder; working together will come later through team sync.',
    });
  }
  return warnings;
}

/** This machine's mount table (Linux); empty elsewhere or when it cannot be read. */
export function readMountTable(): MountEntry[] {
  if (process.platform !== 'linux') return [];
  try {
    return parseProcMounts(readFileSync('/proc/self/mounts', 'utf8'));
  } catch {
    return [];
  }
}

/**
 * The warnings for a register on this machine: reads the mount table (Linux; `readMounts` lets a
 * test pretend a folder is a network mount) and resolves symbolic links.
 */
export function storageWarnings(path: string, readMounts: () => readonly MountEntry[] = readMountTable): StorageWarning[] {
  const real = resolveLinks(path);
  const facts = { platform: process.platform, mounts: readMounts() };
  // Either spelling can give it away (a symlink into a Dropbox folder, a share mounted under a plain name).
  const warnings = classifyStorage(real, facts);
  for (const warning of classifyStorage(path, facts)) {
    if (!warnings.some((w) => w.code === warning.code)) warnings.push(warning);
  }
  return warnings;
}

/** A register on a network share is opened with a rollback journal instead of WAL (see OpenOptions.journalMode). */
export function isOnNetworkShare(warnings: readonly StorageWarning[]): boolean {
  return warnings.some((warning) => warning.code === 'network-path');
}

/** The path with symbolic links resolved (of its folder, when the file does not exist yet). */
function resolveLinks(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    try {
      return join(realpathSync.native(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}
