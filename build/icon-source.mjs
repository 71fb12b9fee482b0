// Draws build/icon.png, the one 1024 px source electron-builder derives every platform's icons from
// (.icns, .ico, the Linux set): the two circles of renderer/public/favicon.svg, pure JS, no image tools.
// Run `node build/icon-source.mjs` after changing the mark.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4; // 4×4 samples per pixel: smooth edges
const RING = [0x5b, 0x7a, 0x6e]; // Rapport's sage
const CORE = [0xf7, 0xf6, 0xf3]; // the paper colour
const OUTER = (13.5 / 32) * SIZE;
const INNER = (6.5 / 32) * SIZE;

function pixel(x, y) {
  let ring = 0;
  let core = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const dx = x + (sx + 0.5) / SAMPLES - SIZE / 2;
      const dy = y + (sy + 0.5) / SAMPLES - SIZE / 2;
      const r = Math.hypot(dx, dy);
      if (r <= INNER) core++;
      else if (r <= OUTER) ring++;
    }
  }
  const covered = ring + core;
  if (covered === 0) return [0, 0, 0, 0];
  const mix = (c) => Math.round((RING[c] * ring + CORE[c] * core) / covered);
  return [mix(0), mix(1), mix(2), Math.round((255 * covered) / SAMPLES ** 2)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1); // filter byte 0 (none) starts each row
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
