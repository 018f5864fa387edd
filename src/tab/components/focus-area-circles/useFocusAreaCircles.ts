import { ringSlices, slicePath } from "./geometry";
import type {
  CircleRing,
  FocusAreaCirclesProps,
  FocusAreaCirclesState,
  FocusAreaKind,
} from "./FocusAreaCircles.types";

const SIZE = 360;
const CENTRE = { x: SIZE / 2, y: SIZE / 2 };
/** Outer radius of each ring; the social disc starts at the centre. */
const RADII: Record<FocusAreaKind, { inner: number; outer: number }> = {
  social: { inner: 0, outer: 84 },
  economic: { inner: 84, outer: 132 },
  ecological: { inner: 132, outer: 176 },
};
const ORDER: FocusAreaKind[] = ["social", "economic", "ecological"];

export function useFocusAreaCircles(props: FocusAreaCirclesProps): FocusAreaCirclesState {
  const { focusAreas, selectedIndicatorId, onSelectIndicator, title } = props;
  const rings: CircleRing[] = ORDER.flatMap((kind) =>
    focusAreas
      .filter((area) => area.kind === kind)
      .map((focusArea) => {
        const { inner, outer } = RADII[kind];
        const shapes = ringSlices(CENTRE, inner, outer, focusArea.indicators.length);
        return {
          focusArea,
          d: slicePath(CENTRE, inner, outer, 0, Math.PI * 2),
          slices: focusArea.indicators.flatMap((indicator, index) => {
            const shape = shapes[index];
            if (!shape) return [];
            const status = indicator.statusLabel ? ` – ${indicator.statusLabel}` : "";
            return [
              {
                indicator,
                focusArea,
                d: shape.d,
                labelAt: shape.labelAt,
                accessibleName: `${indicator.mark}. ${indicator.name} (${focusArea.name})${status}`,
                selected: indicator.id === selectedIndicatorId,
              },
            ];
          }),
        };
      }),
  );
  return { title, size: SIZE, rings, select: onSelectIndicator };
}
