/**
 * Windows-1252, the encoding of Excel's "CSV" on a Belgian or Dutch Windows. Node's own
 * TextDecoder('windows-1252') decodes it as Latin-1 and loses €, ‘ ’ “ ” – — and the rest of
 * 0x80-0x9F, so the table is here. Bytes 0xA0-0xFF are the same as Latin-1.
 */
const HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

export function decodeWindows1252(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  // Most files have none of these bytes: then Latin-1 is already right.
  if (!/[\x80-\x9f]/.test(latin1)) return latin1;
  return latin1.replace(/[\x80-\x9f]/g, (char) => HIGH[char.charCodeAt(0)] ?? char);
}
