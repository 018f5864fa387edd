import type { KeyboardEvent } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { markByStatus } from "../status-badge";
import type { FocusAreaCirclesState, FocusAreaKind } from "./FocusAreaCircles.types";
import type { useFocusAreaCirclesStyles } from "./useFocusAreaCirclesStyles.styles";

function activateOnKey(event: KeyboardEvent, activate: () => void) {
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    activate();
  }
}

export function renderFocusAreaCircles(
  state: FocusAreaCirclesState,
  styles: ReturnType<typeof useFocusAreaCirclesStyles>,
) {
  const fillOf: Record<FocusAreaKind, string> = {
    social: styles.social,
    economic: styles.economic,
    ecological: styles.ecological,
  };
  const swatchOf: Record<FocusAreaKind, string> = {
    social: styles.swatchSocial,
    economic: styles.swatchEconomic,
    ecological: styles.swatchEcological,
  };
  // Outermost first so inner rings are painted on top.
  const paintOrder = [...state.rings].reverse();
  return (
    <div className={styles.root}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${state.size} ${state.size}`}
        role="group"
        aria-label={state.title}
      >
        {paintOrder.map((ring) => (
          <g key={ring.focusArea.id} data-focus-area={ring.focusArea.kind}>
            <path
              className={mergeClasses(styles.ring, fillOf[ring.focusArea.kind])}
              d={ring.d}
              aria-hidden="true"
            />
            {ring.slices.map((slice) => (
              <path
                key={slice.indicator.id}
                className={mergeClasses(
                  styles.slice,
                  fillOf[ring.focusArea.kind],
                  slice.selected && styles.selected,
                )}
                d={slice.d}
                fillRule="evenodd"
                role="button"
                tabIndex={0}
                aria-label={slice.accessibleName}
                aria-pressed={slice.selected}
                onClick={() => state.select(slice.indicator.id)}
                onKeyDown={(event) => activateOnKey(event, () => state.select(slice.indicator.id))}
              >
                <title>{slice.accessibleName}</title>
              </path>
            ))}
            {ring.slices
              .filter((slice) => slice.selected)
              .map((slice) => (
                // Drawn again on top, so the selection's outline is not hidden under its neighbours.
                <path
                  key={`${slice.indicator.id}-selected`}
                  className={styles.selectedOutline}
                  d={slice.d}
                  fillRule="evenodd"
                  aria-hidden="true"
                />
              ))}
            {ring.slices.map((slice) => (
              <text
                key={`${slice.indicator.id}-mark`}
                className={styles.mark}
                x={slice.labelAt.x}
                y={slice.labelAt.y}
                textAnchor="middle"
                dominantBaseline="central"
                aria-hidden="true"
              >
                {slice.indicator.mark}
                {slice.indicator.status ? (
                  // The status's shape beside the number, the same marks as the status badges use.
                  <tspan className={styles.statusMark} dx="2">
                    {markByStatus[slice.indicator.status]}
                  </tspan>
                ) : null}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <ul className={styles.legend}>
        {state.rings.map((ring) => (
          <li key={ring.focusArea.id} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, swatchOf[ring.focusArea.kind])} aria-hidden="true" />
            {ring.focusArea.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
