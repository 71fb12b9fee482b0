import * as zlib from 'node:zlib';
// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) for the store's record checksums. Table-driven and tiny;
// written here because it is part of the file format, not a dependency worth its weight.
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  if (process.env.EXP_ZLIB === '1') return (zlib as unknown as { crc32(b: Uint8Array): number }).crc32(bytes);
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
