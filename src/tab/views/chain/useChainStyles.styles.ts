import { makeStyles, tokens } from "@fluentui/react-components";

/** Phones (Teams mobile): deep levels indent a third as much, so the words keep most of the width. */
const narrow = "@media (max-width: 767.98px)";
/** Fluent's tree sets each item's level here; it indents by `spacingHorizontalXXL` per level. */
const level = "var(--fluent-TreeItem--level, 1)";

export const useChainStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    border: "none",
    margin: 0,
    padding: 0,
  },
  filterLegend: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  search: { minWidth: "240px" },
  // The global goals' names are long: the select keeps a fixed width and never outgrows a phone.
  goalField: { maxWidth: "100%", minWidth: 0 },
  goalSelect: { width: "20rem", maxWidth: "100%" },
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(260px, 360px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  statusLegend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  itemMain: { flexGrow: 1, minWidth: 0 },
  // The words wrap beside the status on a wide screen; on a phone the status moves below them when short of room.
  itemLine: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXXS,
    [narrow]: { flexWrap: "wrap" },
  },
  itemText: { flexGrow: 1, minWidth: 0 },
  itemStatus: { marginInlineStart: "auto", flexShrink: 0 },
  branchIndent: {
    [narrow]: { paddingLeft: `calc((${level} - 1) * ${tokens.spacingHorizontalS})` },
  },
  // A leaf has no expand icon: it indents by that icon's width more, as Fluent's own leaf does.
  leafIndent: {
    [narrow]: { paddingLeft: `calc((${level} - 1) * ${tokens.spacingHorizontalS} + 24px)` },
  },
  kind: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // In the tree, words take the item's colour, which Fluent sets for hover and selection in every theme
  // (high contrast selects with a bright background and black text).
  itemKind: { fontSize: tokens.fontSizeBase200 },
  itemContext: { fontSize: tokens.fontSizeBase200 },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  detailsHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  paragraph: { margin: 0 },
});
