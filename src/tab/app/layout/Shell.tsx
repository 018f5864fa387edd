import { Button, makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import { useRoute } from "../router/RouterContext";
import { focusMainHeading } from "./focusMainHeading";
import { MainFocusContext } from "./MainFocusContext";
import { MoreIcon } from "./MoreIcon";
import { Navigation } from "./Navigation";
import { NavigationAudienceContext } from "./NavigationAudience";
import type { CurrentPerson } from "../person/currentPerson";

/**
 * Narrow screens (Teams mobile, a phone's browser): one header row with the views and a "more" button;
 * who you are, theme and language open below it. Wider screens show everything in the header.
 */
const compact = "@media (max-width: 767.98px)";

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  skipLink: {
    position: "absolute",
    zIndex: 1000,
    insetInlineStart: tokens.spacingHorizontalS,
    top: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    fontWeight: tokens.fontWeightSemibold,
    // Off screen until focused: the first Tab on the page shows it.
    transform: "translateY(-200%)",
    ":focus": { transform: "none" },
  },
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
    [compact]: {
      columnGap: tokens.spacingHorizontalS,
      rowGap: 0,
      paddingBlock: 0,
      paddingInline: tokens.spacingHorizontalS,
    },
  },
  appName: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    // Teams shows the app's name above the tab on a phone; the row is for the views.
    [compact]: { display: "none" },
  },
  // Four views are wider than a phone: the row of views scrolls on its own, the page never sideways.
  navigation: { [compact]: { flexGrow: 1, flexBasis: 0, minWidth: 0, overflowX: "auto" } },
  toolsToggle: {
    display: "none",
    [compact]: { display: "inline-flex", marginInlineStart: "auto", minWidth: "40px", minHeight: "40px" },
  },
  tools: {
    marginInlineStart: "auto",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    flexWrap: "wrap",
    [compact]: { display: "none" },
  },
  toolsOpen: {
    [compact]: {
      display: "flex",
      flexBasis: "100%",
      flexDirection: "column",
      alignItems: "flex-start",
      gap: tokens.spacingVerticalM,
      marginInlineStart: 0,
      paddingBlock: tokens.spacingVerticalM,
    },
  },
  main: {
    flexGrow: 1,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground2,
    [compact]: { paddingInline: tokens.spacingHorizontalM },
  },
});

/**
 * Header (name, the three views, who you are, display settings) above the main region, with a skip link to
 * the main content. Views and the person switch ask for focus to go to the main heading (`useFocusMain`).
 */
export function Shell(props: { readonly tools?: ReactNode; readonly children: ReactNode }) {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const toolsId = useId("shell-tools");
  const [toolsOpen, setToolsOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [audience, setAudience] = useState<CurrentPerson | undefined>(undefined);

  const focusMain = useCallback(() => {
    setToolsOpen(false);
    setFocusRequest((n) => n + 1);
  }, []);
  // After the render that shows the new view (or person), so the heading found is the new one.
  useEffect(() => {
    if (focusRequest === 0 || mainRef.current === null) return undefined;
    return focusMainHeading(mainRef.current);
  }, [focusRequest]);

  const closeToolsOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !toolsOpen) return;
    setToolsOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <MainFocusContext.Provider value={focusMain}>
      <div className={styles.root}>
        <a
          className={styles.skipLink}
          href="#main"
          onClick={(event) => {
            // The hash is the router's: move focus instead of following the link.
            event.preventDefault();
            focusMain();
          }}
        >
          {t("skipToContent")}
        </a>
        <header className={styles.header}>
          <Text className={styles.appName}>{t("appName")}</Text>
          {/* The team tab's configuration page sits in Teams' own dialog: no views to go to there. */}
          {route.view === "konfigurera" ? null : (
            <Navigation className={styles.navigation} audience={audience} />
          )}
          {props.tools === undefined ? null : (
            <>
              <Button
                ref={toggleRef}
                className={styles.toolsToggle}
                appearance="subtle"
                icon={<MoreIcon />}
                aria-label={t("moreOptions")}
                aria-expanded={toolsOpen}
                aria-controls={toolsId}
                onClick={() => setToolsOpen((open) => !open)}
              />
              <div
                id={toolsId}
                className={mergeClasses(styles.tools, toolsOpen && styles.toolsOpen)}
                onKeyDown={closeToolsOnEscape}
              >
                {props.tools}
              </div>
            </>
          )}
        </header>
        <main id="main" ref={mainRef} className={styles.main}>
          <NavigationAudienceContext.Provider value={setAudience}>
            {props.children}
          </NavigationAudienceContext.Provider>
        </main>
      </div>
    </MainFocusContext.Provider>
  );
}
