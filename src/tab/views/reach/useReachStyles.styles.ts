import { makeStyles, tokens } from "@fluentui/react-components";

const narrow = "@media (max-width: 639px)";

export const useReachStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    [narrow]: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  question: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  prose: { margin: 0, maxWidth: "70ch" },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  groupField: { minWidth: 0, maxWidth: "100%", flexBasis: "320px", flexShrink: 1 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    overflowWrap: "anywhere",
  },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  subHeading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  figures: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "& dd": { margin: 0 },
  },
  figureLabel: { fontWeight: tokens.fontWeightSemibold },
  figureValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  tableWrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    minWidth: "100%",
    "& th, & td": {
      textAlign: "start",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      whiteSpace: "nowrap",
      verticalAlign: "top",
    },
    "& th.name": {
      whiteSpace: "normal",
      minWidth: "12rem",
      fontWeight: tokens.fontWeightRegular,
      [narrow]: { minWidth: "8rem" },
    },
    "& td.number, & th.number": { textAlign: "end" },
    "& caption": {
      textAlign: "start",
      color: tokens.colorNeutralForeground2,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
  // The group shown is marked by a bar and bold name, not a background (which would weaken the link's contrast).
  currentRow: {
    "& > th": { boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}` },
    "& button": { fontWeight: tokens.fontWeightSemibold },
  },
  groupLink: { textAlign: "start" },
  suppressed: {
    color: tokens.colorNeutralForeground2,
    fontStyle: "italic",
    "&&": { whiteSpace: "normal" },
  },
  exportRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});
