export { useLoad } from "./useLoad";
export type { Loaded, LoadState } from "./useLoad";
export { useSave } from "./useSave";
export type { SaveState, Saver } from "./useSave";
export { describeError } from "./describeError";
export type { ErrorDescription } from "./describeError";
export { useStatusText } from "./useStatusText";
export { useAllUnits, useChainView, useMyGoalsView, useTeamView } from "./usePortsData";
