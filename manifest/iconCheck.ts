import { decodePng } from "./png";

/**
 * What Teams asks of the two icons: a full-colour 192×192 PNG, and a 32×32 PNG outline drawn in white on a
 * transparent background (Teams tints it; any other colour shows as a smudge). Returns each problem found,
 * naming the file; empty when both are fine.
 */
export function iconProblems(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const decoded = (name: string, png: Buffer): ReturnType<typeof decodePng> | undefined => {
    try {
      return decodePng(png);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const colorImage = decoded("color.png", color);
  if (colorImage !== undefined && (colorImage.width !== 192 || colorImage.height !== 192)) {
    problems.push(`color.png is ${colorImage.width}×${colorImage.height}; Teams needs 192×192`);
  }

  const outlineImage = decoded("outline.png", outline);
  if (outlineImage !== undefined) {
    const { width, height, rgba } = outlineImage;
    if (width !== 32 || height !== 32) problems.push(`outline.png is ${width}×${height}; Teams needs 32×32`);
    let transparent = 0;
    let visible = 0;
    let coloured = 0;
    for (let at = 0; at < rgba.length; at += 4) {
      const alpha = rgba[at + 3] ?? 0;
      if (alpha === 0) transparent++;
      else {
        visible++;
        if (rgba[at] !== 255 || rgba[at + 1] !== 255 || rgba[at + 2] !== 255) coloured++;
      }
    }
    if (transparent === 0)
      problems.push("outline.png has no transparent pixels; its background must be transparent");
    if (visible === 0) problems.push("outline.png is fully transparent; draw the outline in white");
    if (coloured > 0)
      problems.push(`outline.png has ${coloured} visible pixels that are not white; use only white`);
  }
  return problems;
}
