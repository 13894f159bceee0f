// The sizes of one benchmark run. Full is what issue 9 asks for; quick is about a twentieth of
// it, for CI (the whole quick run stays under two minutes on a 2-core machine).

export type SizeName = 'quick' | 'full';

export interface Sizes {
  name: SizeName;
  seed: number;
  /** The main register: channels, organisations, cost lines and daily snapshots. */
  channels: number;
  organisations: number;
  costLines: number;
  snapshots: number;
  /** The wide register (channel list, xlsx export, grid sort): channels, one count each. */
  wideChannels: number;
  /** Snapshots written by the CSV import case. */
  importSnapshots: number;
  /** Rows of the .xlsx written by the export case and read by the import case. */
  xlsxRows: number;
  /** Rows of the college note's channel table. */
  docxRows: number;
  /** The growth case: channels x days of daily counts (the same in both sizes: the case is defined so). */
  growthChannels: number;
  growthDays: number;
  /** Repetitions per side of the cheap cases (SQL reads) and of the heavy ones (imports, exports, open). */
  repsLight: number;
  repsHeavy: number;
  /**
   * Repetitions of the CSV import. One at full size: each side writes a million rows, which takes
   * minutes while every inserted count re-sorts its channel's counts in the latest-count trigger.
   */
  repsImport: number;
}

/** 2016-01-01 .. 2025-12-31: ten years of days. */
export const TEN_YEARS_OF_DAYS = 3653;

export const FULL: Sizes = {
  name: 'full',
  seed: 20260901,
  channels: 10_000,
  organisations: 500,
  costLines: 20_000,
  snapshots: 10_000_000,
  wideChannels: 100_000,
  importSnapshots: 1_000_000,
  xlsxRows: 100_000,
  docxRows: 2_000,
  growthChannels: 20,
  growthDays: TEN_YEARS_OF_DAYS,
  repsLight: 15,
  repsHeavy: 3,
  repsImport: 1,
};

export const QUICK: Sizes = {
  name: 'quick',
  seed: 20260901,
  channels: 500,
  organisations: 25,
  costLines: 1_000,
  snapshots: 500_000,
  wideChannels: 5_000,
  importSnapshots: 5_000,
  xlsxRows: 5_000,
  docxRows: 100,
  growthChannels: 20,
  growthDays: TEN_YEARS_OF_DAYS,
  repsLight: 7,
  repsHeavy: 3,
  repsImport: 3,
};
