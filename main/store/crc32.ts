// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) for the store's record checksums: Node's own (native, in
// Node ≥ 20.15 and in Electron's Node), which is part of the file format and must never change.
import { crc32 as zlibCrc32 } from 'node:zlib';

export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}
