import { existsSync, mkdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { ApiError } from '../../../shared/api/result';
import type { RecentRegister, RegisterInfo, RegisterState } from '../../../shared/domain/register';
import { DomainError } from '../errors';
import { loadSample } from '../sample/sampleRegister';
import { AppSettings } from '../settings/appSettings';
import { Register } from './register';

export interface CoreConfig {
  /** Folder for settings.json and, by default, the registers (see defaultDataDir). */
  dataDir: string;
  /** Who edits, recorded in the change log. */
  actor: string | null;
  /** Keep the recent list and reopen the last register at the next start (the app: yes; the CLI: no). */
  rememberRecent?: boolean;
  /** better-sqlite3 binary for a runtime other than Node (Electron); undefined in Node. */
  nativeBinding?: string;
}

export const SAMPLE_FILE_BASE = 'Voorbeeld Mechelen 2014';
export const REGISTER_EXTENSION = '.sqlite';

/**
 * The register that is open in this process. Adapters share one session; every handler asks
 * it for the current register, so opening another file switches every view at once.
 */
export class RegisterSession {
  readonly settings: AppSettings;
  private current: Register | null = null;
  private problem: ApiError | null = null;

  constructor(private readonly config: CoreConfig) {
    this.settings = new AppSettings(config.dataDir);
  }

  /** First start: the sample. Later starts: the last register, or the reason it cannot be opened. */
  startup(): RegisterState {
    const last = this.settings.lastRegister;
    try {
      if (last === null) this.openSample();
      else this.open(last);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    return this.state();
  }

  state(): RegisterState {
    return { current: this.current?.info() ?? null, problem: this.problem };
  }

  require(): Register {
    if (!this.current) {
      throw new DomainError(
        'NO_REGISTER',
        'Er is geen register geopend. Open of maak eerst een register.',
        'No register is open. Open or create a register first.',
      );
    }
    return this.current;
  }

  recent(): RecentRegister[] {
    return this.settings.recent.map((entry) => ({ ...entry, exists: existsSync(entry.path) }));
  }

  open(path: string): RegisterInfo {
    const absolute = this.resolvePath(path);
    return this.switchTo(() => Register.open(absolute, this.author(), { nativeBinding: this.config.nativeBinding }));
  }

  create(path: string, options: { withSample?: boolean } = {}): RegisterInfo {
    const absolute = this.resolvePath(path);
    return this.switchTo(() => {
      const register = Register.create(absolute, this.author(), {
        nativeBinding: this.config.nativeBinding,
        isSample: options.withSample === true,
      });
      if (options.withSample) {
        try {
          loadSample(register);
        } catch (error) {
          register.close();
          throw error;
        }
      }
      return register;
    });
  }

  /** A fresh copy of the 2014 sample under a name no existing file has: it never overwrites. */
  openSample(): RegisterInfo {
    mkdirSync(this.settings.registersDir, { recursive: true });
    let path = join(this.settings.registersDir, `${SAMPLE_FILE_BASE}${REGISTER_EXTENSION}`);
    for (let n = 2; existsSync(path); n += 1) {
      path = join(this.settings.registersDir, `${SAMPLE_FILE_BASE} (${n})${REGISTER_EXTENSION}`);
    }
    return this.create(path, { withSample: true });
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  /** Relative paths land in the registers folder, where the file chooser starts too. */
  private resolvePath(path: string): string {
    if (isAbsolute(path)) return path;
    mkdirSync(this.settings.registersDir, { recursive: true });
    return resolve(this.settings.registersDir, path);
  }

  private switchTo(openRegister: () => Register): RegisterInfo {
    let next: Register;
    try {
      next = openRegister();
    } catch (error) {
      if (error instanceof DomainError) this.problem = error.toApiError();
      throw error;
    }
    this.current?.close();
    this.current = next;
    this.problem = null;
    if (this.config.rememberRecent !== false) this.settings.rememberOpened(next.path);
    return next.info();
  }

  private author() {
    return { deviceId: this.settings.deviceId, actor: this.config.actor };
  }
}
