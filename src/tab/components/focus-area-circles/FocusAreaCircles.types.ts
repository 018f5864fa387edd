import type { StatusCode } from "../status-badge";

/** The three sustainability dimensions, drawn social innermost, economic in the middle, ecological outermost. */
export type FocusAreaKind = "social" | "economic" | "ecological";

export interface CircleIndicator {
  id: string;
  /** Short visible mark in the slice, e.g. the KF indicator's number. */
  mark: string;
  name: string;
  status?: StatusCode;
  statusLabel?: string;
}

export interface CircleFocusArea {
  id: string;
  kind: FocusAreaKind;
  name: string;
  indicators: CircleIndicator[];
}

export interface FocusAreaCirclesProps {
  /** Accessible name of the whole figure. */
  title: string;
  focusAreas: CircleFocusArea[];
  selectedIndicatorId?: string;
  onSelectIndicator: (indicatorId: string) => void;
}

export interface CircleSlice {
  indicator: CircleIndicator;
  focusArea: CircleFocusArea;
  d: string;
  labelAt: { x: number; y: number };
  accessibleName: string;
  selected: boolean;
}

export interface CircleRing {
  focusArea: CircleFocusArea;
  /** Path of the whole ring, drawn beneath its slices (and alone when it has no indicators). */
  d: string;
  slices: CircleSlice[];
}

export interface FocusAreaCirclesState {
  title: string;
  size: number;
  rings: CircleRing[];
  select: (indicatorId: string) => void;
}
