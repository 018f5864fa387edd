import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** Windows high contrast and other forced colours: system colours, so the rings stay visible in any scheme. */
const forced = "@media (forced-colors: active)";

export const useReachCirclesStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXL,
    minWidth: 0,
  },
  svg: {
    width: "100%",
    maxWidth: "320px",
    height: "auto",
    flexShrink: 0,
    // The colours below are chosen for forced colours too; the browser must not repaint them all one colour.
    forcedColorAdjust: "none",
  },
  track: { strokeWidth: "1.5px", [forced]: { fill: "Canvas", stroke: "CanvasText" } },
  trackSocial: { fill: tokens.colorPaletteBerryBackground1, stroke: tokens.colorPaletteBerryBorderActive },
  trackEconomic: {
    fill: tokens.colorPaletteMarigoldBackground1,
    stroke: tokens.colorPaletteMarigoldBorderActive,
  },
  trackEcological: {
    fill: tokens.colorPaletteGreenBackground1,
    stroke: tokens.colorPaletteGreenBorderActive,
  },
  fill: { [forced]: { fill: "Highlight" } },
  fillSocial: { fill: tokens.colorPaletteBerryBackground3 },
  fillEconomic: { fill: tokens.colorPaletteMarigoldBackground3 },
  fillEcological: { fill: tokens.colorPaletteGreenBackground3 },
  pill: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: "1px",
    [forced]: { fill: "Canvas", stroke: "CanvasText" },
  },
  percent: {
    fill: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    [forced]: { fill: "CanvasText" },
  },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    flexBasis: "240px",
    flexGrow: 1,
  },
  legendItem: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: "none",
    [forced]: { backgroundColor: "Highlight", ...shorthands.borderColor("CanvasText") },
  },
  swatchSocial: { backgroundColor: tokens.colorPaletteBerryBackground3 },
  swatchEconomic: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  swatchEcological: { backgroundColor: tokens.colorPaletteGreenBackground3 },
});
