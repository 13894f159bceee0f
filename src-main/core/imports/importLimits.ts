/**
 * The bounds an imported spreadsheet must stay within. A register is kept by hand: a real
 * inventory has hundreds of rows, so these limits are generous for real files and small for
 * hostile ones (a zip bomb, a truncated workbook, a sheet with a million rows).
 * The file-size limit itself, MAX_IMPORT_BYTES, is part of the contract (shared/domain/channelImport.ts).
 */
export const IMPORT_LIMITS = {
  /** Rows of the chosen sheet (or CSV records) read at most, the header included. */
  maxRows: 200_000,
  /** Columns read per row; cells further right are ignored (the mapping cannot reach them either). */
  maxColumns: 500,
  /** Reading the workbook (or CSV) must finish within this time. */
  readTimeoutMs: 30_000,
  /** Zip entries in a workbook; Excel writes a dozen or two. */
  maxZipEntries: 5_000,
  /** Uncompressed size of one zip entry (a worksheet's XML, the shared strings). */
  maxEntryBytes: 150 * 1024 * 1024,
  /** Uncompressed size of all entries together. */
  maxTotalBytes: 300 * 1024 * 1024,
  /** Compression ratio refused for entries larger than ratioMinBytes: XML compresses 5-50x, a bomb 1000x. */
  maxCompressionRatio: 300,
  ratioMinBytes: 1024 * 1024,
  /** Merged-cell fills (cells copied from a merge's top-left cell) per sheet. */
  maxMergeFills: 2_000_000,
  /** Problems listed in a preview or a refusal; the rest are counted in one closing entry. */
  maxListedProblems: 1_000,
  /** Data rows shown in the preview table. */
  sampleRows: 50,
} as const;

export type ImportLimits = { -readonly [K in keyof typeof IMPORT_LIMITS]: number };
