import { deflateSync, inflateSync } from "node:zlib";

/** CRC-32 as PNG chunks need it. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export type Rgba = readonly [number, number, number, number];

/** Encodes an RGBA image (pixel(x, y) gives each pixel) as a PNG. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A decoded image: RGBA bytes, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Channels per colour type: grey, RGB, palette index, grey + alpha, RGBA. */
const channelsOf: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters (PNG spec §9) in place; `bpp` is bytes per pixel. */
function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= bpp ? (out[row + i - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[row - stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= bpp ? (out[row - stride + i - bpp] ?? 0) : 0;
      const predictor =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : filter === 4
                  ? paeth(left, up, upLeft)
                  : NaN;
      if (Number.isNaN(predictor)) throw new Error(`unknown PNG row filter ${filter}`);
      out[row + i] = ((line[i] ?? 0) + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes a PNG to RGBA, enough to check an icon's size and pixels: 8-bit samples, any colour type, no
 * interlacing (what image editors write by default). Anything else is refused with the reason.
 */
export function decodePng(png: Buffer): RgbaImage {
  if (png.length < 33 || !png.subarray(0, 8).equals(signature)) throw new Error("not a PNG file");
  let offset = 8;
  let header: Buffer | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = body;
    else if (type === "PLTE") palette = body;
    else if (type === "tRNS") transparency = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  if (header === undefined || data.length === 0) throw new Error("PNG without a header or image data");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = header.subarray(8, 13);
  const channels = channelsOf[colorType ?? -1];
  if (channels === undefined) throw new Error(`unknown PNG colour type ${colorType}`);
  if (bitDepth !== 8) throw new Error(`PNG with ${bitDepth}-bit samples; save it with 8-bit samples`);
  if (interlace !== 0) throw new Error("interlaced PNG; save it without interlacing");
  if (colorType === 3 && palette === undefined) throw new Error("palette PNG without a palette");

  const pixels = unfilter(inflateSync(Buffer.concat(data)), width, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const at = i * channels;
    const sample = (n: number): number => pixels[at + n] ?? 0;
    let rgbaOfPixel: [number, number, number, number];
    if (colorType === 0) {
      const grey = sample(0);
      const clear =
        transparency !== undefined && transparency.length >= 2 && transparency.readUInt16BE(0) === grey;
      rgbaOfPixel = [grey, grey, grey, clear ? 0 : 255];
    } else if (colorType === 2) {
      const [r, g, b] = [sample(0), sample(1), sample(2)];
      const clear =
        transparency !== undefined &&
        transparency.length >= 6 &&
        transparency.readUInt16BE(0) === r &&
        transparency.readUInt16BE(2) === g &&
        transparency.readUInt16BE(4) === b;
      rgbaOfPixel = [r, g, b, clear ? 0 : 255];
    } else if (colorType === 3) {
      const index = sample(0);
      rgbaOfPixel = [
        palette?.[index * 3] ?? 0,
        palette?.[index * 3 + 1] ?? 0,
        palette?.[index * 3 + 2] ?? 0,
        transparency?.[index] ?? 255,
      ];
    } else if (colorType === 4) {
      rgbaOfPixel = [sample(0), sample(0), sample(0), sample(1)];
    } else {
      rgbaOfPixel = [sample(0), sample(1), sample(2), sample(3)];
    }
    rgba.set(rgbaOfPixel, i * 4);
  }
  return { width, height, rgba };
}
