import type { ApiError } from '../api/result';

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
}
