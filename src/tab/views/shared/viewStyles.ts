import { tokens, type GriffelStyle } from "@fluentui/react-components";

const narrow = "@media (max-width: 639px)";

/**
 * The rules Planering and Uppföljning share (page, header, sections, cards, forms), spread into each view's
 * own `makeStyles` so the two views' pages, cards and forms look and wrap alike from one definition.
 */
export const viewStyleRules = {
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL },
  title: {
    margin: 0,
    flexGrow: 1,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    overflowWrap: "anywhere",
    [narrow]: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  cardHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  /** A form's fields side by side where there is room, one per line on a phone. */
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 240px), 1fr))",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
    // A date or select field never pushes into the next column.
    "& > *": { minWidth: 0 },
    "& input, & select": { minWidth: 0, maxWidth: "100%" },
  },
  /** A select whose options are long (målområden) keeps to its column. */
  control: { minWidth: 0, width: "100%", maxWidth: "100%" },
  field: { minWidth: 0 },
  preWrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
} satisfies Record<string, GriffelStyle>;
