import { makeStyles, tokens } from "@fluentui/react-components";
import { viewStyleRules } from "../shared/viewStyles";

/** Uppföljning's styles: the views' shared rules (shared/viewStyles.ts) and its figures and counts. */
export const useFollowUpStyles = makeStyles({
  ...viewStyleRules,
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 240px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  count: { listStyleType: "none" },
});
