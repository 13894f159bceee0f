import type { ImportLimits } from './importLimits';
import { importFileError } from './importFileError';
import { columnIndex, type SheetRow } from './sheetData';

/**
 * Merged cells. A streaming reader sees only the top-left cell of a merged block (the list of
 * merges comes after the rows in the sheet's XML); the user sees that value in every cell of
 * the block. The merges are collected while the zip is verified and applied after reading.
 */

const MERGE = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)"/g;
const MAX_MERGES = 100_000;

/** A consumer for a worksheet's XML bytes that adds every merge range ("A3:A6") to `into`. */
export function mergeCollector(into: Set<string>): (chunk: Buffer) => void {
  let carry = '';
  return (chunk) => {
    const text = carry + chunk.toString('latin1');
    if (text.includes('mergeCell')) {
      for (const match of text.matchAll(MERGE)) {
        if (into.size < MAX_MERGES) into.add(match[1]!);
      }
    }
    // A tag split over two chunks is found in the next round; the Set ignores the repeat.
    carry = text.slice(-300);
  };
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): Range | null {
  const [from, to = from] = ref.split(':') as [string, string?];
  const a = /^([A-Z]+)(\d+)$/.exec(from);
  const b = /^([A-Z]+)(\d+)$/.exec(to);
  if (!a || !b) return null;
  const range = {
    top: Number(a[2]),
    left: columnIndex(a[1]!),
    bottom: Number(b[2]),
    right: columnIndex(b[1]!),
  };
  return range.bottom >= range.top && range.right >= range.left ? range : null;
}

/** Copies each merge's top-left value into the blank cells of its block, on rows that exist. Rows are sorted by number. */
export function applyMerges(rows: SheetRow[], merges: Iterable<string>, limits: ImportLimits): void {
  if (rows.length === 0) return;
  let budget = limits.maxMergeFills;
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range || (range.top === range.bottom && range.left === range.right)) continue;
    const right = Math.min(range.right, limits.maxColumns - 1);
    const first = firstRowAtOrAfter(rows, range.top);
    const origin = rows[first];
    if (!origin || origin.row !== range.top) continue; // the top-left cell is blank
    const value = origin.cells[range.left];
    if (value === undefined || value === '') continue;
    for (let i = first; i < rows.length && rows[i]!.row <= range.bottom; i += 1) {
      const cells = rows[i]!.cells;
      for (let column = range.left; column <= right; column += 1) {
        budget -= 1;
        if (budget < 0) {
          throw importFileError(
            'unreadable',
            'Het blad heeft te veel samengevoegde cellen om in te lezen. Hef de samenvoeging op of bewaar als CSV.',
            'The sheet has too many merged cells to read. Unmerge them or save as CSV.',
          );
        }
        if (cells[column] === undefined || cells[column] === '') {
          for (let fill = cells.length; fill < column; fill += 1) cells[fill] = '';
          cells[column] = value;
        }
      }
    }
  }
}

function firstRowAtOrAfter(rows: SheetRow[], rowNumber: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle]!.row < rowNumber) low = middle + 1;
    else high = middle;
  }
  return low;
}
