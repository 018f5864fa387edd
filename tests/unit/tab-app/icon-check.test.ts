import { deflateSync } from "node:zlib";
import { colorIcon, outlineIcon } from "../../../manifest/icons";
import { iconProblems } from "../../../manifest/iconCheck";
import { decodePng, encodePng, type Rgba } from "../../../manifest/png";

const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];
const color = colorIcon();
const ring = (x: number, y: number): boolean => Math.hypot(x - 15.5, y - 15.5) < 12;

/** A PNG chunk with a placeholder CRC (the decoder, like most, does not check it). */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, "ascii"), data, Buffer.alloc(4)]);
}

/**
 * A PNG as image editors write it: each row with one of the five filters (row y uses filter y mod 5), and the
 * colour type and extra chunks given.
 */
function filteredPng(
  width: number,
  height: number,
  colorType: number,
  channels: number,
  sample: (x: number, y: number) => number[],
  extra: Buffer[] = [],
): Buffer {
  const stride = width * channels;
  const rows = Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, x) => sample(x, y)).flat(),
  );
  const raw: number[] = [];
  rows.forEach((row, y) => {
    const filter = y % 5;
    raw.push(filter);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (row[i - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[y - 1]?.[i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (rows[y - 1]?.[i - channels] ?? 0) : 0;
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      raw.push(((row[i] ?? 0) - predictor) & 0xff);
    }
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colorType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    ...extra,
    chunk("IDAT", deflateSync(Buffer.from(raw))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("the icon check", () => {
  it("passes the app's own icons", () => {
    expect(iconProblems(color, outlineIcon())).toEqual([]);
  });

  it("decodes every row filter and colour type to the pixels that were encoded", () => {
    const rgba = (x: number, y: number): number[] => [
      x * 7,
      y * 11,
      (x * y) & 0xff,
      (x + y) % 3 === 0 ? 0 : 200,
    ];
    const decoded = decodePng(filteredPng(10, 10, 6, 4, rgba));
    expect(decoded.width).toBe(10);
    expect([...decoded.rgba.subarray(4 * 23, 4 * 24)]).toEqual(rgba(3, 2));
    expect([...decoded.rgba]).toEqual(
      Array.from({ length: 10 }, (_, y) => Array.from({ length: 10 }, (_, x) => rgba(x, y))).flat(2),
    );

    const greyAlpha = decodePng(filteredPng(32, 32, 4, 2, (x, y) => [255, ring(x, y) ? 255 : 0]));
    expect(
      iconProblems(
        color,
        filteredPng(32, 32, 4, 2, (x, y) => [255, ring(x, y) ? 255 : 0]),
      ),
    ).toEqual([]);
    expect(greyAlpha.rgba.subarray(0, 4)).toEqual(Uint8Array.from([255, 255, 255, 0]));

    // A palette image: index 0 transparent, index 1 white (its tRNS entry absent means opaque).
    const palette = chunk("PLTE", Buffer.from([0, 0, 0, 255, 255, 255]));
    const transparency = chunk("tRNS", Buffer.from([0]));
    const indexed = filteredPng(32, 32, 3, 1, (x, y) => [ring(x, y) ? 1 : 0], [palette, transparency]);
    expect(iconProblems(color, indexed)).toEqual([]);
  });

  it("refuses icons of the wrong size, naming the file and the size Teams needs", () => {
    expect(iconProblems(outlineIcon(), colorIcon())).toEqual([
      "color.png is 32×32; Teams needs 192×192",
      "outline.png is 192×192; Teams needs 32×32",
      "outline.png has no transparent pixels; its background must be transparent",
      expect.stringMatching(/^outline\.png has \d+ visible pixels that are not white; use only white$/),
    ]);
  });

  it("refuses an outline with no transparent background, or drawn in a colour", () => {
    const opaque = encodePng(32, 32, (x, y) => (ring(x, y) ? white : [0, 0, 0, 255]));
    expect(iconProblems(color, opaque)).toEqual([
      "outline.png has no transparent pixels; its background must be transparent",
      expect.stringMatching(/^outline\.png has \d+ visible pixels that are not white; use only white$/),
    ]);
    const green = encodePng(32, 32, (x, y) => (ring(x, y) ? [0x2b, 0x6e, 0x4f, 255] : clear));
    expect(iconProblems(color, green)).toEqual([
      expect.stringMatching(/^outline\.png has \d+ visible pixels that are not white/),
    ]);
    const empty = encodePng(32, 32, () => clear);
    expect(iconProblems(color, empty)).toEqual([
      "outline.png is fully transparent; draw the outline in white",
    ]);
  });

  it("refuses a file that is not a PNG, or one it cannot read, saying why", () => {
    expect(iconProblems(Buffer.from("<svg/>"), outlineIcon())).toEqual(["color.png: not a PNG file"]);
    const interlaced = Buffer.from(outlineIcon());
    interlaced[8 + 8 + 12] = 1; // the header's interlace byte
    expect(iconProblems(color, interlaced)).toEqual([
      "outline.png: interlaced PNG; save it without interlacing",
    ]);
  });
});
