export { chainAbove, labelOf } from "./chainSteps";
export type { ActivityChain, ChainStep } from "./chainSteps";
export { itemLabel } from "../../../domain";
export { newEntityId } from "./ids";
export { sliceSnapshot } from "./snapshot";
export { ChainTrail } from "./ChainTrail";
export { Agenda2030Goals } from "./Agenda2030Goals";
export { saveDownload } from "./saveDownload";
