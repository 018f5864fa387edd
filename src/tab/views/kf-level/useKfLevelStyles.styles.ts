import { makeStyles, tokens } from "@fluentui/react-components";
import { viewStyleRules } from "../shared/viewStyles";

/** Planering's page, cards and forms, with what Mål och budget adds: the mandate picker, sub-headings, facts. */
export const useKfLevelStyles = makeStyles({
  ...viewStyleRules,
  picker: { minWidth: 0, maxWidth: "100%" },
  subHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
  },
  muted: { ...viewStyleRules.muted, margin: 0 },
  facts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
});
