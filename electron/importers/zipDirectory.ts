// A .docx is a zip archive, and a zip can declare gigabytes of content in a few kilobytes (a zip
// bomb). Before anything is decompressed, the central directory — the archive's own table of
// contents — is read here with plain bounds-checked byte reads, and an archive whose declared
// contents exceed the limits is refused. A directory can lie, so `verifyZipEntrySizes` then
// inflates each entry as a stream, keeping no output, and stops the moment an entry passes its
// declared size: the zip library only ever sees an archive whose sizes are true. (The worker's
// heap limit would not catch a liar: inflated buffers live outside the V8 heap.)
import { createInflateRaw } from 'node:zlib';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  localHeaderOffset: number;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipDirectorySummary {
  entries: ZipEntry[];
  uncompressedBytes: number;
}

/** Why an archive was refused: `bomb` for declared contents over the limits, `damaged` for a
 *  directory that cannot be read (truncated, not a zip, inconsistent). */
export class ZipDirectoryError extends Error {
  readonly kind: 'bomb' | 'damaged';
  constructor(kind: 'bomb' | 'damaged', message: string) {
    super(message);
    this.name = 'ZipDirectoryError';
    this.kind = kind;
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Reads the central directory and checks its declared sizes against `limits`. Throws
 *  ZipDirectoryError; never decompresses anything. */
export function checkZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipDirectorySummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (why: string) => new ZipDirectoryError('damaged', why);
  const u16 = (at: number) => {
    if (at < 0 || at + 2 > bytes.byteLength) throw damaged('the archive ends early');
    return view.getUint16(at, true);
  };
  const u32 = (at: number) => {
    if (at < 0 || at + 4 > bytes.byteLength) throw damaged('the archive ends early');
    return view.getUint32(at, true);
  };
  const u64 = (at: number) => {
    if (at < 0 || at + 8 > bytes.byteLength) throw damaged('the archive ends early');
    const value = view.getBigUint64(at, true);
    // Anything past 2^53 is a bomb or garbage either way; clamp so the sums stay exact numbers.
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
  };

  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  let eocd = -1;
  for (let at = bytes.byteLength - EOCD_SIZE; at >= Math.max(0, bytes.byteLength - EOCD_SIZE - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw damaged('no zip directory was found');

  let entryCount = u16(eocd + 10);
  let directorySize = u32(eocd + 12);
  let directoryOffset = u32(eocd + 16);
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (u32(locator) !== ZIP64_LOCATOR) throw damaged('the zip64 directory locator is missing');
    const zip64 = u64(locator + 8);
    if (u32(zip64) !== ZIP64_EOCD) throw damaged('the zip64 directory record is missing');
    entryCount = u64(zip64 + 32);
    directorySize = u64(zip64 + 40);
    directoryOffset = u64(zip64 + 48);
  }
  if (entryCount > limits.maxEntries) {
    throw new ZipDirectoryError('bomb', `it lists ${entryCount} files inside, more than the ${limits.maxEntries} allowed`);
  }
  if (directoryOffset + directorySize > bytes.byteLength) throw damaged('the zip directory points past the end of the file');

  let at = directoryOffset;
  let total = 0;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < entryCount; n++) {
    if (u32(at) !== CENTRAL_ENTRY) throw damaged('the zip directory is corrupt');
    let uncompressed = u32(at + 24);
    let compressed = u32(at + 20);
    let localHeaderOffset = u32(at + 42);
    const method = u16(at + 10);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (uncompressed === 0xffffffff || compressed === 0xffffffff) {
      // Zip64 extended information: the 8-byte sizes, in order, for whichever field overflowed.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      let found = false;
      while (extra + 4 <= extraEnd) {
        const id = u16(extra);
        const size = u16(extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (uncompressed === 0xffffffff) {
            uncompressed = u64(field);
            field += 8;
          }
          if (compressed === 0xffffffff) {
            compressed = u64(field);
            field += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(field);
          found = true;
          break;
        }
        extra += 4 + size;
      }
      if (!found) throw damaged('a zip64 entry has no size record');
    }
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) {
      const mb = Math.round(limits.maxUncompressedBytes / (1024 * 1024));
      throw new ZipDirectoryError('bomb', `it would unpack to more than ${mb} MB, far more than any document's text needs (it may be a zip bomb)`);
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, Math.min(bytes.byteLength, at + 46 + nameLength)));
    entries.push({ name, method, localHeaderOffset, compressedSize: compressed, uncompressedSize: uncompressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, uncompressedBytes: total };
}

/** Inflates every entry without keeping the output and checks it unpacks to exactly its declared
 *  size; stops as soon as one runs over, so a lying archive costs at most one chunk of memory. */
export async function verifyZipEntrySizes(bytes: Uint8Array, directory: ZipDirectorySummary): Promise<void> {
  for (const entry of directory.entries) {
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.byteLength || new DataView(bytes.buffer, bytes.byteOffset + local, 4).getUint32(0, true) !== 0x04034b50) {
      throw new ZipDirectoryError('damaged', 'an entry\'s header is missing');
    }
    const header = new DataView(bytes.buffer, bytes.byteOffset + local, 30);
    const start = local + 30 + header.getUint16(26, true) + header.getUint16(28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.byteLength) throw new ZipDirectoryError('damaged', 'an entry runs past the end of the file');
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new ZipDirectoryError('damaged', 'a stored entry has two sizes');
      continue;
    }
    if (entry.method !== 8) throw new ZipDirectoryError('damaged', `an entry uses compression method ${entry.method}`);
    const produced = await inflatedSize(data, entry.uncompressedSize);
    if (produced > entry.uncompressedSize) {
      throw new ZipDirectoryError('bomb', 'it unpacks to more than its own table of contents says (it may be a zip bomb)');
    }
    if (produced !== entry.uncompressedSize) throw new ZipDirectoryError('damaged', 'an entry is shorter than declared');
  }
}

/** Bytes `data` inflates to, counted chunk by chunk; stops early once past `stopAfter`. */
function inflatedSize(data: Uint8Array, stopAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let produced = 0;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > stopAfter) {
        inflate.destroy();
        resolve(produced);
      }
    });
    inflate.on('end', () => resolve(produced));
    inflate.on('error', () => reject(new ZipDirectoryError('damaged', 'an entry\'s compressed data is corrupt')));
    inflate.end(data);
  });
}
