/**
 * Geometry of the nested målområde circles: each ring is split into equal slices ("tårtbitar"), one per
 * indicator. Pure functions so the drawing can be tested without a browser.
 */
export interface Point {
  x: number;
  y: number;
}

export interface SliceShape {
  /** SVG path data of the slice. */
  d: string;
  /** Where a short label (the indicator's number) sits: the slice's centre of area, roughly. */
  labelAt: Point;
}

const FULL_TURN = Math.PI * 2;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Angle 0 points up (12 o'clock) and grows clockwise, as people read a clock face. */
function polar(centre: Point, radius: number, angle: number): Point {
  return { x: round(centre.x + radius * Math.sin(angle)), y: round(centre.y - radius * Math.cos(angle)) };
}

function fullCircle(centre: Point, radius: number, clockwise: boolean): string {
  const top = polar(centre, radius, 0);
  const bottom = polar(centre, radius, Math.PI);
  const sweep = clockwise ? 1 : 0;
  return `M ${top.x} ${top.y} A ${radius} ${radius} 0 1 ${sweep} ${bottom.x} ${bottom.y} A ${radius} ${radius} 0 1 ${sweep} ${top.x} ${top.y} Z`;
}

/** One slice of a ring between two radii and two angles; a whole ring or disc when it spans a full turn. */
export function slicePath(
  centre: Point,
  innerRadius: number,
  outerRadius: number,
  startAngle: number,
  endAngle: number,
): string {
  const span = endAngle - startAngle;
  if (span >= FULL_TURN - 1e-9) {
    // A ring drawn as two opposite circles; the inner one runs the other way so the hole stays empty.
    const outer = fullCircle(centre, outerRadius, true);
    return innerRadius > 0 ? `${outer} ${fullCircle(centre, innerRadius, false)}` : outer;
  }
  const largeArc = span > Math.PI ? 1 : 0;
  const outerStart = polar(centre, outerRadius, startAngle);
  const outerEnd = polar(centre, outerRadius, endAngle);
  const outerArc = `M ${outerStart.x} ${outerStart.y} A ${outerRadius} ${outerRadius} 0 ${largeArc} 1 ${outerEnd.x} ${outerEnd.y}`;
  if (innerRadius <= 0) {
    return `${outerArc} L ${centre.x} ${centre.y} Z`;
  }
  const innerEnd = polar(centre, innerRadius, endAngle);
  const innerStart = polar(centre, innerRadius, startAngle);
  return `${outerArc} L ${innerEnd.x} ${innerEnd.y} A ${innerRadius} ${innerRadius} 0 ${largeArc} 0 ${innerStart.x} ${innerStart.y} Z`;
}

/** Splits a ring into `count` equal slices, the first starting at 12 o'clock. */
export function ringSlices(
  centre: Point,
  innerRadius: number,
  outerRadius: number,
  count: number,
): SliceShape[] {
  if (count <= 0) return [];
  const step = FULL_TURN / count;
  return Array.from({ length: count }, (_, index) => {
    const start = index * step;
    const end = start + step;
    const middle = count === 1 ? 0 : start + step / 2;
    // A disc's single slice is labelled in its centre; otherwise half-way across the ring.
    const labelRadius = count === 1 && innerRadius === 0 ? 0 : (innerRadius + outerRadius) / 2;
    return {
      d: slicePath(centre, innerRadius, outerRadius, start, end),
      labelAt: polar(centre, labelRadius, middle),
    };
  });
}
