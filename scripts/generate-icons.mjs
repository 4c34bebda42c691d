#!/usr/bin/env node
// Draws the toolbar icon (an amber bridge on a navy rounded square) and writes it as PNGs in
// public/icon/. Plain node:zlib, so regenerating the icons needs no image tooling.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BACKGROUND = [0x1e, 0x3a, 0x8a];
const FOREGROUND = [0xfb, 0xbf, 0x24];
// Each pixel is sampled SUPERSAMPLE² times so the small sizes get smooth edges.
const SUPERSAMPLE = 4;

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

function insideRoundedSquare(x, y) {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideBridge(x, y) {
  const deck = y >= 0.6 && y <= 0.7 && x >= 0.1 && x <= 0.9;
  const distance = Math.hypot(x - 0.5, y - 0.7);
  const arch = y <= 0.7 && distance >= 0.24 && distance <= 0.34;
  const pillar = y >= 0.6 && y <= 0.86 && ((x >= 0.14 && x <= 0.22) || (x >= 0.78 && x <= 0.86));
  return deck || arch || pillar;
}

function pixel(px, py, size) {
  let background = 0;
  let foreground = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
      if (!insideRoundedSquare(x, y)) continue;
      if (insideBridge(x, y)) foreground++;
      else background++;
    }
  }
  const covered = background + foreground;
  if (covered === 0) return [0, 0, 0, 0];
  const mix = (channel) =>
    Math.round((BACKGROUND[channel] * background + FOREGROUND[channel] * foreground) / covered);
  return [mix(0), mix(1), mix(2), Math.round((255 * covered) / SUPERSAMPLE ** 2)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const rowStart = y * (1 + size * 4);
    rows[rowStart] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(x, y, size)).copy(rows, rowStart + 1 + x * 4);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, png(size));
  console.log(`wrote ${file}`);
}
