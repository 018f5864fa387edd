export { FocusAreaCircles } from "./FocusAreaCircles";
export { ringSlices, slicePath } from "./geometry";
export type {
  CircleFocusArea,
  CircleIndicator,
  FocusAreaCirclesProps,
  FocusAreaKind,
} from "./FocusAreaCircles.types";
