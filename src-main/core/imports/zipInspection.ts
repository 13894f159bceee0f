import { crc32, createInflateRaw } from 'node:zlib';
import type { ImportLimits } from './importLimits';
import { importFileError, megabytes } from './importFileError';

/**
 * Checks a zip (an .xlsx) before any zip or XML library sees it. A truncated workbook makes a
 * streaming zip reader wait forever, and a small file can inflate to gigabytes; both are
 * refused here. The central directory is read by hand, every entry's local header is checked
 * against it, and every entry is inflated once (output discarded, or handed to an observer)
 * with a hard cap: the declared size cannot lie, and the CRC must match.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's compressed bytes start. */
  dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;

function invalid(detailEn: string, detailNl: string) {
  return importFileError(
    'zip_invalid',
    `Het bestand is geen geldige Excel-werkmap: het is beschadigd of onvolledig (${detailNl}). Open het in Excel en bewaar het opnieuw als .xlsx, of bewaar het als CSV.`,
    `The file is not a valid Excel workbook: it is damaged or incomplete (${detailEn}). Open it in Excel and save it again as .xlsx, or save it as CSV.`,
  );
}

function tooLarge(nl: string, en: string) {
  return importFileError(
    'zip_too_large',
    `De werkmap is te groot om in te lezen: ${nl}. Bewaar de lijst in een kleinere werkmap of als CSV.`,
    `The workbook is too large to read: ${en}. Save the list in a smaller workbook or as CSV.`,
  );
}

/** Reads the central directory and checks every entry's header and declared sizes. Throws a DomainError. */
export function readZipDirectory(bytes: Buffer, limits: ImportLimits): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw invalid('no end of central directory', 'het einde van de inhoudsopgave ontbreekt');
  const diskNumber = bytes.readUInt16LE(eocd + 4);
  const directoryDisk = bytes.readUInt16LE(eocd + 6);
  const entriesOnDisk = bytes.readUInt16LE(eocd + 8);
  const entryCount = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
    throw tooLarge('ZIP64-archief', 'ZIP64 archive');
  }
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    throw invalid('split archive', 'gesplitst archief');
  }
  if (entryCount > limits.maxZipEntries) throw tooLarge(`${entryCount} onderdelen`, `${entryCount} entries`);
  if (directoryOffset + directorySize > eocd) throw invalid('central directory out of range', 'inhoudsopgave buiten het bestand');

  const entries: ZipEntry[] = [];
  let cursor = directoryOffset;
  let total = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (cursor + 46 > eocd || bytes.readUInt32LE(cursor) !== CENTRAL_SIGNATURE) {
      throw invalid('bad central directory entry', 'onleesbare inhoudsopgave');
    }
    const flags = bytes.readUInt16LE(cursor + 8);
    const method = bytes.readUInt16LE(cursor + 10);
    const crc = bytes.readUInt32LE(cursor + 16);
    let compressedSize = bytes.readUInt32LE(cursor + 20);
    let uncompressedSize = bytes.readUInt32LE(cursor + 24);
    const nameLength = bytes.readUInt16LE(cursor + 28);
    const extraLength = bytes.readUInt16LE(cursor + 30);
    const commentLength = bytes.readUInt16LE(cursor + 32);
    let localHeaderOffset = bytes.readUInt32LE(cursor + 42);
    const end = cursor + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) throw invalid('central directory entry out of range', 'inhoudsopgave buiten het bestand');
    const name = bytes.toString('utf8', cursor + 46, cursor + 46 + nameLength);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const zip64 = readZip64Extra(bytes.subarray(cursor + 46 + nameLength, cursor + 46 + nameLength + extraLength), {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      if (!zip64) throw invalid('bad ZIP64 field', 'onleesbaar ZIP64-veld');
      uncompressedSize = zip64.uncompressed ?? uncompressedSize;
      compressedSize = zip64.compressed ?? compressedSize;
      localHeaderOffset = zip64.offset ?? localHeaderOffset;
    }
    cursor = end;

    if (flags & 0x1) {
      throw importFileError(
        'not_workbook',
        'De werkmap is met een wachtwoord beveiligd. Haal de beveiliging weg in Excel en probeer opnieuw.',
        'The workbook is password-protected. Remove the protection in Excel and try again.',
      );
    }
    if (method !== STORED && method !== DEFLATED) {
      throw invalid(`unsupported compression method ${method} in ${name}`, `onbekende compressiemethode ${method} in ${name}`);
    }
    if (method === STORED && compressedSize !== uncompressedSize)
      throw invalid(`size mismatch in ${name}`, `grootte klopt niet in ${name}`);
    if (uncompressedSize > limits.maxEntryBytes) {
      throw tooLarge(`${name} is uitgepakt ${megabytes(uncompressedSize)}`, `${name} unpacks to ${megabytes(uncompressedSize)}`);
    }
    if (uncompressedSize > limits.ratioMinBytes && uncompressedSize / Math.max(compressedSize, 1) > limits.maxCompressionRatio) {
      throw tooLarge(
        `${name} is meer dan ${limits.maxCompressionRatio} keer samengeperst (een zip-bom?)`,
        `${name} is compressed more than ${limits.maxCompressionRatio} times (a zip bomb?)`,
      );
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(
        `samen meer dan ${megabytes(limits.maxTotalBytes)} uitgepakt`,
        `more than ${megabytes(limits.maxTotalBytes)} unpacked in total`,
      );
    }

    const local = localHeaderOffset;
    if (local + 30 > directoryOffset || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) {
      throw invalid(`missing local header for ${name}`, `onderdeel ${name} ontbreekt`);
    }
    const localNameLength = bytes.readUInt16LE(local + 26);
    const localExtraLength = bytes.readUInt16LE(local + 28);
    if (bytes.readUInt16LE(local + 8) !== method || bytes.toString('utf8', local + 30, local + 30 + localNameLength) !== name) {
      throw invalid(`local header does not match the directory for ${name}`, `kop van ${name} klopt niet met de inhoudsopgave`);
    }
    const dataOffset = local + 30 + localNameLength + localExtraLength;
    if (dataOffset + compressedSize > directoryOffset) throw invalid(`${name} is cut off`, `${name} is afgebroken`);
    entries.push({ name, method, flags, crc, compressedSize, uncompressedSize, localHeaderOffset, dataOffset });
  }
  if (cursor !== directoryOffset + directorySize)
    throw invalid('central directory size mismatch', 'grootte van de inhoudsopgave klopt niet');

  // Entries must not overlap: overlapping entries are how the worst zip bombs reuse one payload.
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i += 1) {
    const previous = byOffset[i - 1]!;
    if (previous.dataOffset + previous.compressedSize > byOffset[i]!.localHeaderOffset) {
      throw invalid(
        `overlapping entries ${previous.name} and ${byOffset[i]!.name}`,
        `onderdelen ${previous.name} en ${byOffset[i]!.name} overlappen`,
      );
    }
  }
  return entries;
}

/**
 * Inflates every entry once with a cap at its declared size and checks size and CRC, so what a
 * zip library later unpacks is exactly what the directory promised. `observe` may return a
 * consumer for an entry's uncompressed bytes (e.g. to find a worksheet's merged cells).
 */
export async function verifyZipEntries(
  bytes: Buffer,
  entries: ZipEntry[],
  observe?: (entry: ZipEntry) => ((chunk: Buffer) => void) | undefined,
): Promise<void> {
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const consumer = observe?.(entry);
    let result: { size: number; crc: number };
    if (entry.method === STORED) {
      consumer?.(data);
      result = { size: data.length, crc: crc32(data) };
    } else {
      result = await inflateCapped(data, entry.uncompressedSize, consumer).catch(() => {
        throw invalid(
          `${entry.name} does not unpack to its declared size`,
          `${entry.name} pakt niet uit tot de opgegeven grootte`,
        );
      });
    }
    if (result.size !== entry.uncompressedSize || result.crc >>> 0 !== entry.crc >>> 0) {
      throw invalid(`${entry.name} fails its checksum`, `controlegetal van ${entry.name} klopt niet`);
    }
  }
}

function inflateCapped(
  data: Buffer,
  maxBytes: number,
  consumer?: (chunk: Buffer) => void,
): Promise<{ size: number; crc: number }> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let size = 0;
    let crc = 0;
    let settled = false;
    const failWith = (error: Error) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        failWith(new Error('entry inflates past its declared size'));
        return;
      }
      crc = crc32(chunk, crc);
      consumer?.(chunk);
    });
    inflater.on('error', failWith);
    inflater.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ size, crc });
    });
    inflater.end(data);
  });
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - (22 + 0xffff));
  for (let offset = bytes.length - 22; offset >= lowest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE && offset + 22 + bytes.readUInt16LE(offset + 20) === bytes.length)
      return offset;
  }
  return -1;
}

function readZip64Extra(
  extra: Buffer,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | null {
  for (let cursor = 0; cursor + 4 <= extra.length;) {
    const id = extra.readUInt16LE(cursor);
    const size = extra.readUInt16LE(cursor + 2);
    if (id === 0x0001) {
      const field = extra.subarray(cursor + 4, cursor + 4 + size);
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let at = 0;
      const next = () => {
        if (at + 8 > field.length) return null;
        const value = Number(field.readBigUInt64LE(at));
        at += 8;
        return value;
      };
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (!wanted[key]) continue;
        const value = next();
        if (value === null || !Number.isSafeInteger(value)) return null;
        out[key] = value;
      }
      return out;
    }
    cursor += 4 + size;
  }
  return null;
}
