import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ZipEntry } from './zipInspection';

/**
 * The parts of a checked workbook zip, read by name. Each part is inflated as a stream from the
 * bytes already in memory, so a large worksheet is never held unpacked.
 */
export class XlsxParts {
  private readonly byName: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Buffer,
    entries: ZipEntry[],
  ) {
    this.byName = new Map(entries.map((entry) => [entry.name, entry]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The part's uncompressed bytes as a stream (in 256 KB chunks for stored parts). */
  open(name: string): Readable {
    const entry = this.byName.get(name);
    if (!entry) throw new Error(`missing part ${name}`);
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const raw = Readable.from(chunks(data), { objectMode: false });
    if (entry.method === 0) return raw;
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    raw.on('error', (error) => inflater.destroy(error));
    return raw.pipe(inflater);
  }

  /** A relationship target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml") as a part name. */
  static resolveTarget(target: string, base = 'xl'): string {
    return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
  }
}

function* chunks(bytes: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += 256 * 1024) yield bytes.subarray(offset, offset + 256 * 1024);
}
