import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DAILY_BACKUPS_KEPT } from '../../../shared/domain/backups';

/**
 * Where Kanalenregister keeps its settings and, by default, its registers. Matches Electron's
 * userData folder for the product name, so the desktop app, browser mode and the CLI on one
 * laptop find the same files. KANALENREGISTER_HOME overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.KANALENREGISTER_HOME) return env.KANALENREGISTER_HOME;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Kanalenregister');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Kanalenregister');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Kanalenregister');
}

interface SettingsFile {
  /** This installation's id: stamps every change-log row it writes. Never copied with a register. */
  deviceId: string;
  recent: Array<{ path: string; openedAt: string }>;
  lastRegister: string | null;
  /** Daily backups kept per register (pre-migration and manual ones are all kept). */
  dailyBackupsKept?: number;
}

const MAX_RECENT = 10;

/** The small per-laptop settings file (device id, recent registers). Written atomically. */
export class AppSettings {
  private data: SettingsFile;
  readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = join(dataDir, 'settings.json');
    this.data = this.load();
  }

  get deviceId(): string {
    return this.data.deviceId;
  }

  get lastRegister(): string | null {
    return this.data.lastRegister;
  }

  get recent(): ReadonlyArray<{ path: string; openedAt: string }> {
    return this.data.recent;
  }

  get registersDir(): string {
    return join(this.dataDir, 'registers');
  }

  /** How many daily backups to keep per register: settings.json `dailyBackupsKept` (1–365), else 14. */
  get dailyBackupsKept(): number {
    const kept = this.data.dailyBackupsKept;
    return Number.isInteger(kept) && kept! >= 1 && kept! <= 365 ? kept! : DEFAULT_DAILY_BACKUPS_KEPT;
  }

  rememberOpened(path: string): void {
    const openedAt = new Date().toISOString();
    this.data.recent = [{ path, openedAt }, ...this.data.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.data.lastRegister = path;
    this.save();
  }

  private load(): SettingsFile {
    if (existsSync(this.file)) {
      try {
        const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<SettingsFile>;
        if (typeof parsed.deviceId === 'string' && /^[0-9a-f-]{36}$/.test(parsed.deviceId)) {
          return {
            deviceId: parsed.deviceId,
            recent: Array.isArray(parsed.recent) ? parsed.recent.filter((r) => typeof r?.path === 'string') : [],
            lastRegister: typeof parsed.lastRegister === 'string' ? parsed.lastRegister : null,
            ...(typeof parsed.dailyBackupsKept === 'number' ? { dailyBackupsKept: parsed.dailyBackupsKept } : {}),
          };
        }
      } catch {
        // A damaged settings file only costs the recent list; the registers themselves are untouched.
      }
    }
    const fresh: SettingsFile = { deviceId: randomUUID(), recent: [], lastRegister: null };
    this.data = fresh;
    this.save();
    return fresh;
  }

  private save(): void {
    mkdirSync(this.dataDir, { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.data, null, 2));
    renameSync(temp, this.file);
  }
}

export function currentActor(): string | null {
  try {
    return userInfo().username || null;
  } catch {
    return null;
  }
}
