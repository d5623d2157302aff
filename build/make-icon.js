#!/usr/bin/env node
// Draws build/icon.png (1024×1024), the app icon electron-builder turns into .icns, .ico and the Linux
// icon set. It is the renderer's favicon (renderer/src/main.tsx) at a larger size: two waves on a dark
// rounded square. Run it again only when that drawing changes: `node build/make-icon.js`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const size = 1024;
const scale = size / 24; // the favicon's viewBox is 24×24
const background = [0x12, 0x15, 0x1c];
const waves = [
  // M4 9 c2.7-3.5 5.3-3.5 8 0 s5.3 3.5 8 0, stroke 2.2, round caps
  { y: 9, color: [0x8f, 0x9b, 0xb3] },
  { y: 15, color: [0x4c, 0x9a, 0xff] },
];

function cubic(p0, p1, p2, p3, steps) {
  const points = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return points;
}

function wavePoints(y) {
  return [
    ...cubic([4, y], [6.7, y - 3.5], [9.3, y - 3.5], [12, y], 64),
    ...cubic([12, y], [14.7, y + 3.5], [17.3, y + 3.5], [20, y], 64),
  ].map(([x, py]) => [x * scale, py * scale]);
}

function distanceToPolyline(x, y, points) {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const dx = bx - ax;
    const dy = by - ay;
    if (dx === 0 && dy === 0) continue;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

function roundedSquareCoverage(x, y) {
  const radius = 5 * scale;
  const half = size / 2;
  const qx = Math.max(Math.abs(x - half) - (half - radius), 0);
  const qy = Math.max(Math.abs(y - half) - (half - radius), 0);
  return Math.max(0, Math.min(1, radius - Math.hypot(qx, qy) + 0.5));
}

const pixels = Buffer.alloc(size * size * 4);
const strokes = waves.map((wave) => ({ ...wave, points: wavePoints(wave.y), halfWidth: 1.1 * scale }));
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const cx = x + 0.5;
    const cy = y + 0.5;
    let color = background;
    for (const stroke of strokes) {
      if (Math.abs(cy - stroke.y * scale) > 5 * scale) continue;
      const coverage = Math.max(0, Math.min(1, stroke.halfWidth - distanceToPolyline(cx, cy, stroke.points) + 0.5));
      if (coverage > 0) color = color.map((channel, index) => Math.round(channel + (stroke.color[index] - channel) * coverage));
    }
    const offset = (y * size + x) * 4;
    pixels[offset] = color[0];
    pixels[offset + 1] = color[1];
    pixels[offset + 2] = color[2];
    pixels[offset + 3] = Math.round(255 * roundedSquareCoverage(cx, cy));
  }
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(path.join(__dirname, 'icon.png'), png);
console.log(`wrote build/icon.png (${size}×${size}, ${png.length} bytes)`);
