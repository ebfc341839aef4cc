// XLSX files are zip archives, and a zip can hold a sheet of gigabytes in a few megabytes (a zip
// bomb). ExcelJS inflates every entry into memory, so before it sees a file we walk the archive's
// central directory and inflate each entry into nothing, counting, and stop at the limit: the
// declared sizes may lie, the inflated bytes cannot.
import { createInflateRaw } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipRefused extends Error {}

function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => reject(new ZipRefused('has a damaged compressed entry')));
    inflate.end(data);
  });
}

/** Throws ZipRefused unless `bytes` is a zip archive whose entries expand to at most `maxBytes` in all. */
export async function assertZipExpandsWithin(bytes: Buffer, maxBytes: number): Promise<void> {
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new ZipRefused('is not a zip archive (or is cut short)');
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipRefused('has a damaged directory');
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const declaredSize = bytes.readUInt32LE(offset + 24);
    const localHeader = bytes.readUInt32LE(offset + 42);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    // ZIP64 sizes (0xFFFFFFFF) only occur in archives far beyond any upload limit.
    if (declaredSize === 0xffffffff || compressedSize === 0xffffffff) throw new ZipRefused('expands beyond the limit');
    if (total + declaredSize > maxBytes) throw new ZipRefused('expands beyond the limit');
    if (localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== LOCAL_HEADER) throw new ZipRefused('has a damaged entry');
    const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
    const data = bytes.subarray(start, start + compressedSize);
    if (method === STORED) total += data.length;
    else if (method === DEFLATED) total += await inflatedSize(data, maxBytes - total);
    else throw new ZipRefused('uses an unsupported compression method');
    if (total > maxBytes) throw new ZipRefused('expands beyond the limit');
  }
}
