// Draws Veikart's icons (assets/icon-<size>.png) with no dependencies: node assets/draw-icons.mjs
//
// The logo is a green rounded square with three white bars rising to the right (a benchmark that
// improves). It is laid out on a 16-unit grid, so at 16, 32, 64, 80 and 128 px every bar edge falls
// on a pixel boundary and stays crisp; only the rounded corners are anti-aliased, by supersampling.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GRID = 16;
const SUBSAMPLES = 8;

/** Background: a rounded square filling the grid, shaded from a lighter top to a darker bottom. */
const BACKGROUND = { left: 0, top: 0, right: 16, bottom: 16, radius: 3.5 };
const GREEN_TOP = [46, 160, 90];
const GREEN_BOTTOM = [20, 110, 62];

/** Three white bars, each taller than the one before, on a common baseline. */
const BARS = [
  { left: 3, top: 9, right: 5, bottom: 13 },
  { left: 7, top: 6, right: 9, bottom: 13 },
  { left: 11, top: 3, right: 13, bottom: 13 },
];
const WHITE = [255, 255, 255];

/** True when (x, y), in grid units, lies inside the rectangle with rounded corners. */
function insideRoundedRectangle(x, y, { left, top, right, bottom, radius }) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cornerX = Math.min(Math.max(x, left + radius), right - radius);
  const cornerY = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cornerX) ** 2 + (y - cornerY) ** 2 <= radius ** 2;
}

/** Bars get slightly rounded tops when there are enough pixels to show it. */
function barRadius(size) {
  return size >= 64 ? 0.35 : 0;
}

/** Returns the RGBA pixels (row-major) of the logo at `size` x `size` pixels. */
function drawLogo(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const unitsPerPixel = GRID / size;
  const bars = BARS.map((bar) => ({ ...bar, radius: barRadius(size) }));
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let backgroundHits = 0;
      let barHits = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (column + (sx + 0.5) / SUBSAMPLES) * unitsPerPixel;
          const y = (row + (sy + 0.5) / SUBSAMPLES) * unitsPerPixel;
          if (!insideRoundedRectangle(x, y, BACKGROUND)) continue;
          backgroundHits++;
          if (bars.some((bar) => insideRoundedRectangle(x, y, bar))) barHits++;
        }
      }
      const samples = SUBSAMPLES * SUBSAMPLES;
      const alpha = backgroundHits / samples;
      const white = backgroundHits === 0 ? 0 : barHits / backgroundHits;
      const shade = (row + 0.5) / size;
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const green = GREEN_TOP[channel] + (GREEN_BOTTOM[channel] - GREEN_TOP[channel]) * shade;
        pixels[offset + channel] = Math.round(green + (WHITE[channel] - green) * white);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/** Encodes RGBA pixels as a PNG: 8 bits per channel, colour type 6, no filtering. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const rows = [];
  for (let row = 0; row < size; row++) {
    rows.push(Buffer.from([0]), pixels.subarray(row * size * 4, (row + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assetsFolder = dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) {
  const file = join(assetsFolder, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, drawLogo(size)));
  console.log(`wrote ${file}`);
}
