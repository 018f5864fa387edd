import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatesStyles = makeStyles({
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    maxWidth: "640px",
  },
  skeleton: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  skeletonRow: { display: "grid", gridTemplateColumns: "1fr 4fr", gap: tokens.spacingHorizontalM },
});
