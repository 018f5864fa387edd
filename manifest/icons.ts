import { writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng, type Rgba } from "./png";

/**
 * The app's icons, drawn as the model draws the målområden: three nested rings (ecological outermost,
 * economic, social innermost). Color: 192×192 on the accent colour; outline: 32×32 white on transparent.
 * Run `npx tsx manifest/icons.ts` to regenerate color.png and outline.png.
 */
const accent: Rgba = [0x2b, 0x6e, 0x4f, 255];
const white: Rgba = [255, 255, 255, 255];
const clear: Rgba = [0, 0, 0, 0];

/** Rings as fractions of the half-size: outer radius and thickness. */
const rings = [
  { radius: 0.86, width: 0.12 },
  { radius: 0.6, width: 0.12 },
  { radius: 0.34, width: 0.34 },
];

function ringsAt(size: number, x: number, y: number): boolean {
  const half = size / 2;
  const distance = Math.hypot(x + 0.5 - half, y + 0.5 - half) / half;
  return rings.some((ring) => distance <= ring.radius && distance >= ring.radius - ring.width);
}

export function colorIcon(): Buffer {
  return encodePng(192, 192, (x, y) => (ringsAt(192, x, y) ? white : accent));
}

export function outlineIcon(): Buffer {
  return encodePng(32, 32, (x, y) => (ringsAt(32, x, y) ? white : clear));
}

if (require.main === module) {
  writeFileSync(path.join(__dirname, "color.png"), colorIcon());
  writeFileSync(path.join(__dirname, "outline.png"), outlineIcon());
  console.log("manifest/color.png and manifest/outline.png written");
}
