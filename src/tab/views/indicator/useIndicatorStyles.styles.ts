import { makeStyles, tokens } from "@fluentui/react-components";
import { viewStyleRules } from "../shared/viewStyles";

export const useIndicatorStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  kind: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    overflowWrap: "anywhere",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  paragraph: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
  status: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  chart: { margin: 0, minWidth: 0, width: "100%" },
  // A phone scrolls a wide table sideways instead of squeezing its figures.
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  number: { fontVariantNumeric: "tabular-nums" },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  // The outcome form and its list: the views' shared form and card rules.
  form: viewStyleRules.form,
  fields: viewStyleRules.fields,
  control: viewStyleRules.control,
  actions: viewStyleRules.actions,
  card: viewStyleRules.card,
  cardHeading: viewStyleRules.cardHeading,
  preWrap: viewStyleRules.preWrap,
  outcomes: viewStyleRules.list,
});
