import type { ChainSlice, ModelSnapshot } from "../../../domain";

/** A loaded chain slice in the shape the domain's rules index. */
export function sliceSnapshot(slice: ChainSlice): ModelSnapshot {
  return {
    vision: slice.vision ? [slice.vision] : [],
    "program-declaration": slice.programDeclaration ? [slice.programDeclaration] : [],
    "focus-area": slice.focusAreas,
    "kf-indicator": slice.kfIndicators,
    "board-plan": slice.boardPlans,
    "board-indicator": slice.boardIndicators,
    milestone: slice.milestones,
    assignment: slice.assignments,
    "work-plan": slice.workPlans,
    activity: slice.activities,
  };
}
