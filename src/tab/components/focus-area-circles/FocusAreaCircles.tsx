import type { FocusAreaCirclesProps } from "./FocusAreaCircles.types";
import { useFocusAreaCircles } from "./useFocusAreaCircles";
import { useFocusAreaCirclesStyles } from "./useFocusAreaCirclesStyles.styles";
import { renderFocusAreaCircles } from "./renderFocusAreaCircles";

/** The three målområden as nested circles with each indicator a clickable, keyboard-reachable slice. */
export function FocusAreaCircles(props: FocusAreaCirclesProps) {
  const state = useFocusAreaCircles(props);
  const styles = useFocusAreaCirclesStyles();
  return renderFocusAreaCircles(state, styles);
}
