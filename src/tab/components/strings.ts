import { defineStrings } from "../app";
import { FOLLOW_UP_STATUS_TERMS, ITEM_TERMS, CORE_MISSION_TERM } from "../../domain";

/** Words shared by every view: statuses and what went wrong. Swedish status words come from the domain's vocabulary. */
export const sharedStrings = defineStrings({
  sv: {
    "status.not-started": FOLLOW_UP_STATUS_TERMS["not-started"].singular,
    "status.on-track": FOLLOW_UP_STATUS_TERMS["on-track"].singular,
    "status.at-risk": FOLLOW_UP_STATUS_TERMS["at-risk"].singular,
    "status.off-track": FOLLOW_UP_STATUS_TERMS["off-track"].singular,
    "status.done": FOLLOW_UP_STATUS_TERMS["done"].singular,
    "status.none": "Ingen uppföljning",
    "error.title": "Något gick fel",
    "error.network": "Kunde inte nå servern. Kontrollera anslutningen och försök igen.",
    "error.forbidden": "Du har inte behörighet att se eller ändra det här.",
    "error.notFound": "Det du letar efter finns inte längre.",
    "error.unknown": "Ett oväntat fel inträffade. Försök igen om en stund.",
    "error.invalid": "Det du skrev kunde inte sparas. Rätta uppgifterna och försök igen.",
    "error.retry": "Försök igen",
    loading: "Hämtar …",
    "kind.vision": ITEM_TERMS.vision.singular,
    "kind.focus-area": ITEM_TERMS["focus-area"].singular,
    "kind.kf-indicator": ITEM_TERMS["kf-indicator"].singular,
    "kind.board-plan": ITEM_TERMS["board-plan"].singular,
    "kind.board-indicator": ITEM_TERMS["board-indicator"].singular,
    "kind.milestone": ITEM_TERMS.milestone.singular,
    "kind.assignment": ITEM_TERMS.assignment.singular,
    "kind.work-plan": ITEM_TERMS["work-plan"].singular,
    "kind.activity": ITEM_TERMS.activity.singular,
    "kind.individual-goal": ITEM_TERMS["individual-goal"].singular,
    "kind.core-mission": CORE_MISSION_TERM.singular,
    coreMissionNoFocusArea: "Basuppdrag – leder inte till något målområde",
    assignmentNoFocusArea: "Uppdraget anger inget målområde",
  },
  en: {
    "status.not-started": "Not started",
    "status.on-track": "On track",
    "status.at-risk": "At risk",
    "status.off-track": "Off track",
    "status.done": "Done",
    "status.none": "No follow-up",
    "error.title": "Something went wrong",
    "error.network": "Could not reach the server. Check the connection and try again.",
    "error.forbidden": "You are not allowed to see or change this.",
    "error.notFound": "What you are looking for no longer exists.",
    "error.unknown": "An unexpected error occurred. Try again in a moment.",
    "error.invalid": "What you entered could not be saved. Correct it and try again.",
    "error.retry": "Try again",
    loading: "Loading …",
    "kind.vision": "Vision",
    "kind.focus-area": "Focus area",
    "kind.kf-indicator": "Municipal indicator",
    "kind.board-plan": "Board operational plan",
    "kind.board-indicator": "Board indicator",
    "kind.milestone": "Milestone",
    "kind.assignment": "Assignment",
    "kind.work-plan": "Work plan",
    "kind.activity": "Activity",
    "kind.individual-goal": "Individual goal",
    "kind.core-mission": "Core remit",
    coreMissionNoFocusArea: "Core remit – leads to no focus area",
    assignmentNoFocusArea: "The assignment names no focus area",
  },
});

/** Kinds of item the views name in the reader's language. */
export type LabelledKind =
  | "vision"
  | "focus-area"
  | "kf-indicator"
  | "board-plan"
  | "board-indicator"
  | "milestone"
  | "assignment"
  | "work-plan"
  | "activity"
  | "individual-goal";

export const kindKey = <K extends LabelledKind>(kind: K): `kind.${K}` => `kind.${kind}`;
