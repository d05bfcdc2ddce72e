// Draws images/icon.png (128x128 RGBA): three log lines on a slate tile, the middle one drifted to the right in
// amber. Written with node's zlib only; run `node images/make-icon.mjs` to regenerate. Not shipped in the .vsix.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

const TILE = [0x1e, 0x3a, 0x4c];
const LINE = [0xe6, 0xee, 0xf2];
const DRIFT = [0xf5, 0xa6, 0x23];

/** Signed-distance test: is (x, y) inside a rounded rectangle? */
function inRoundRect(x, y, left, top, right, bottom, r) {
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= left && x <= right && y >= top && y <= bottom;
}

// Shapes painted in order; the last one hit wins.
const shapes = [
  { color: TILE, hit: (x, y) => inRoundRect(x, y, 4, 4, 124, 124, 26) },
  { color: LINE, hit: (x, y) => inRoundRect(x, y, 26, 34, 94, 48, 7) },
  { color: DRIFT, hit: (x, y) => inRoundRect(x, y, 40, 57, 108, 71, 7) },
  { color: LINE, hit: (x, y) => inRoundRect(x, y, 26, 80, 94, 94, 7) },
  // the drift arrow's tail: a short amber dash where the middle line used to start
  { color: DRIFT, hit: (x, y) => inRoundRect(x, y, 20, 60, 32, 68, 4) },
];

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let color;
        for (const s of shapes) if (s.hit(x, y)) color = s.color;
        if (color) {
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
    }
    const o = row + 1 + px * 4;
    // straight (non-premultiplied) alpha: average colour of covered samples, coverage as alpha
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
process.stdout.write(`images/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes\n`);
