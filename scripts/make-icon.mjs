// Draws the extension's icon (images/icon.png, 256×256): a red rounded square with a white sheet
// holding a small table, and a green check mark over its corner. Pure Node (zlib for the PNG), so
// it can be redrawn anywhere: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4; // supersampling per axis, for smooth edges

/** Signed distance-ish tests for the shapes, in icon coordinates (0..256). */
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, ax, ay, bx, by, w) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

const RED = [190, 30, 45];
const WHITE = [255, 255, 255];
const INK = [150, 24, 36];
const GREEN = [46, 160, 67];

/** The colour at one point, or null for transparent. Later layers paint over earlier ones. */
function colourAt(x, y) {
  let c = null;
  if (inRoundRect(x, y, 8, 8, 248, 248, 44)) c = RED;
  // The sheet.
  if (inRoundRect(x, y, 52, 40, 204, 216, 10)) c = WHITE;
  // The table: a header bar and grid lines.
  if (x >= 70 && x <= 186 && y >= 62 && y <= 82) c = INK;
  for (const gy of [106, 130, 154, 178]) if (x >= 70 && x <= 186 && Math.abs(y - gy) <= 2.5) c = INK;
  for (const gx of [70, 116, 151, 186]) if (y >= 62 && y <= 178 && Math.abs(x - gx) <= 2.5) c = INK;
  // The check mark on a green disc at the lower right.
  if ((x - 188) ** 2 + (y - 192) ** 2 <= 46 ** 2) c = WHITE;
  if ((x - 188) ** 2 + (y - 192) ** 2 <= 40 ** 2) c = GREEN;
  if (nearSegment(x, y, 168, 193, 183, 208, 11) || nearSegment(x, y, 183, 208, 210, 176, 11)) c = WHITE;
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a++;
      }
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../images/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
