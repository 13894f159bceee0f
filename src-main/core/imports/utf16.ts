/** How a text file in UTF-16 is laid out: byte order, and whether it starts with a byte order mark. */
export interface Utf16Kind {
  encoding: 'utf-16le' | 'utf-16be';
  bom: boolean;
}

/**
 * UTF-16 by its byte order mark, or without one by its zero bytes: text of Latin letters and
 * digits in UTF-16 has a zero in every other byte, which no UTF-8 or Windows-1252 file has.
 */
export function utf16Kind(bytes: Buffer): Utf16Kind | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (bytes.length < 4) return null;
  const { even, odd, units } = zeroBytes(bytes, 0);
  if (units >= 2 && odd / units > 0.6 && even === 0) return { encoding: 'utf-16le', bom: false };
  if (units >= 2 && even / units > 0.6 && odd === 0) return { encoding: 'utf-16be', bom: false };
  return null;
}

/** Zero bytes at even and odd positions among the first 4 KB from `start`, in 2-byte units. */
export function zeroBytes(bytes: Buffer, start: number): { even: number; odd: number; units: number } {
  const end = Math.min(bytes.length, start + 4096);
  let even = 0;
  let odd = 0;
  let units = 0;
  for (let i = start; i + 1 < end; i += 2) {
    units += 1;
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  return { even, odd, units };
}
