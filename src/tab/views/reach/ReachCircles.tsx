import { mergeClasses } from "@fluentui/react-components";
import type { FocusAreaDimension } from "../../../domain";
import { slicePath } from "../../components";
import type { ReachRing } from "./reachModel";
import { useReachCirclesStyles } from "./useReachCirclesStyles.styles";

const SIZE = 320;
const CENTRE = { x: SIZE / 2, y: SIZE / 2 };
/** Social innermost (a disc), economic in the middle, ecological outermost, with a gap between rings. */
const RADII: Readonly<Record<FocusAreaDimension, { inner: number; outer: number }>> = {
  social: { inner: 0, outer: 70 },
  economic: { inner: 78, outer: 116 },
  ecological: { inner: 124, outer: 158 },
};
const PILL = { width: 58, height: 24 };

/** Where a ring's percentage sits: the social disc's centre, the others at 12 o'clock, where the fill starts. */
function labelAt(dimension: FocusAreaDimension): { x: number; y: number } {
  const { inner, outer } = RADII[dimension];
  return dimension === "social" ? CENTRE : { x: CENTRE.x, y: CENTRE.y - (inner + outer) / 2 };
}

export interface ReachCirclesProps {
  readonly rings: readonly ReachRing[];
  /** The whole figure in words, for a screen reader (the image itself says nothing to one). */
  readonly label: string;
  /** One line per ring for the legend beside the circles. */
  readonly ringText: (ring: ReachRing) => string;
  readonly formatPercent: (share: number) => string;
}

/**
 * The three målområden as nested circles, each ring filled clockwise from 12 o'clock in proportion to the share
 * of the group's staff whose agreed goals reach it, its percentage written on it; the legend says the same in
 * words, so nothing depends on colour. Fluent tokens follow the light, dark and high-contrast themes; forced
 * colours (Windows high contrast) get system colours.
 */
export function ReachCircles({ rings, label, ringText, formatPercent }: ReachCirclesProps) {
  const styles = useReachCirclesStyles();
  const track: Record<FocusAreaDimension, string> = {
    social: styles.trackSocial,
    economic: styles.trackEconomic,
    ecological: styles.trackEcological,
  };
  const fill: Record<FocusAreaDimension, string> = {
    social: styles.fillSocial,
    economic: styles.fillEconomic,
    ecological: styles.fillEcological,
  };
  const swatch: Record<FocusAreaDimension, string> = {
    social: styles.swatchSocial,
    economic: styles.swatchEconomic,
    ecological: styles.swatchEcological,
  };
  return (
    <div className={styles.root}>
      <svg className={styles.svg} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={label}>
        {rings.map((ring) => {
          const { inner, outer } = RADII[ring.dimension];
          return (
            <g key={ring.dimension} data-dimension={ring.dimension} data-share={ring.share}>
              <path
                className={mergeClasses(styles.track, track[ring.dimension])}
                d={slicePath(CENTRE, inner, outer, 0, Math.PI * 2)}
                fillRule="evenodd"
              />
              {ring.share <= 0 ? null : (
                <path
                  className={mergeClasses(styles.fill, fill[ring.dimension])}
                  d={slicePath(CENTRE, inner, outer, 0, ring.share * Math.PI * 2)}
                  fillRule="evenodd"
                />
              )}
            </g>
          );
        })}
        {rings.map((ring) => {
          const at = labelAt(ring.dimension);
          return (
            <g key={`${ring.dimension}-label`}>
              <rect
                className={styles.pill}
                x={at.x - PILL.width / 2}
                y={at.y - PILL.height / 2}
                width={PILL.width}
                height={PILL.height}
                rx={PILL.height / 2}
              />
              <text
                className={styles.percent}
                x={at.x}
                y={at.y}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {formatPercent(ring.share)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend}>
        {rings.map((ring) => (
          <li key={ring.dimension} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, swatch[ring.dimension])} aria-hidden="true" />
            <span>{ringText(ring)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
