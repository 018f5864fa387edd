import { makeStyles, tokens } from "@fluentui/react-components";

export const useFocusAreaCirclesStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXL,
  },
  svg: { width: "100%", maxWidth: "360px", height: "auto", flexShrink: 0 },
  ring: { stroke: tokens.colorNeutralBackground1, strokeWidth: "2px" },
  social: { fill: tokens.colorPaletteBerryBackground2 },
  economic: { fill: tokens.colorPaletteMarigoldBackground2 },
  ecological: { fill: tokens.colorPaletteGreenBackground2 },
  slice: {
    cursor: "pointer",
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: "2px",
    outlineStyle: "none",
    ":hover": { opacity: 0.8 },
    ":focus-visible": { stroke: tokens.colorStrokeFocus2, strokeWidth: "4px" },
  },
  selected: { stroke: tokens.colorNeutralForeground1, strokeWidth: "4px" },
  selectedOutline: {
    fill: "none",
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: "4px",
    pointerEvents: "none",
  },
  mark: {
    fill: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    pointerEvents: "none",
  },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: {
    width: "16px",
    height: "16px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  swatchSocial: { backgroundColor: tokens.colorPaletteBerryBackground2 },
  swatchEconomic: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  swatchEcological: { backgroundColor: tokens.colorPaletteGreenBackground2 },
});
