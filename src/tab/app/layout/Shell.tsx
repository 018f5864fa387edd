import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import { useRoute } from "../router/RouterContext";
import { Navigation } from "./Navigation";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalXL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  appName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  tools: {
    marginInlineStart: "auto",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    flexWrap: "wrap",
  },
  main: {
    flexGrow: 1,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Header (name, the three views, who you are, display settings) above the main region. */
export function Shell(props: { readonly tools: ReactNode; readonly children: ReactNode }) {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const route = useRoute();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Text className={styles.appName}>{t("appName")}</Text>
        {/* The team tab's configuration page sits in Teams' own dialog: no views to go to there. */}
        {route.view === "konfigurera" ? null : <Navigation />}
        <div className={styles.tools}>{props.tools}</div>
      </header>
      <main className={styles.main}>{props.children}</main>
    </div>
  );
}
