import type { ApiError } from '../api/result';
import type { BackupInfo } from './backups';

/** What the app shows about the open register file. */
export interface RegisterInfo {
  path: string;
  fileName: string;
  schemaVersion: number;
  channelCount: number;
  /** True for the built-in 2014 Mechelen sample. */
  isSample: boolean;
  /** Generated demonstration history was added (load-demo): the UI and every export say so. */
  isFictitious: boolean;
  createdAt: string;
  /** register_meta.register_id: stays the same in backups and restored copies. */
  registerId: string;
  /** 'read-only' when another instance or laptop holds the register (see lockHolder). */
  access: 'read-write' | 'read-only';
  /** Who holds the register when it was opened read-only. */
  lockHolder: LockHolder | null;
  /** Reasons to worry about where the file is (network share, synced folder). */
  warnings: StorageWarning[];
}

/** The contents of the lock file beside a register that is open for writing. */
export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  /** ISO timestamps. */
  openedAt: string;
  heartbeatAt: string;
}

export type StorageWarningCode = 'network-path' | 'synced-folder';

export interface StorageWarning {
  code: StorageWarningCode;
  message: string;
  messageEn: string;
}

export interface RecentRegister {
  path: string;
  openedAt: string;
  exists: boolean;
}

/** The open register and, when opening failed, why (shown instead of the list). */
export interface RegisterState {
  current: RegisterInfo | null;
  problem: ApiError | null;
  /**
   * When opening failed (damaged file, ...): the file and its backups, newest first, so the
   * UI can offer to restore the latest good one. Null when nothing failed.
   */
  recovery: { path: string; backups: BackupInfo[] } | null;
}
