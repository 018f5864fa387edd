import { FluentProvider, makeStyles } from "@fluentui/react-components";
import type { TabConfig } from "../../../config/schema";
import { ErrorBoundary } from "./errors/ErrorBoundary";
import { ErrorFallback } from "./errors/ErrorFallback";
import { LocaleProvider } from "./i18n/LocaleContext";
import { DisplaySettings } from "./layout/DisplaySettings";
import { PersonSwitch } from "./layout/PersonSwitch";
import { Shell } from "./layout/Shell";
import { PlatformProvider } from "./platform/PlatformContext";
import type { Platform } from "./platform/platform";
import type { PortsFactory } from "./ports/tabPorts";
import { usePickedPerson } from "./person/usePickedPerson";
import { RouterProvider } from "./router/RouterContext";
import { Session } from "./Session";
import { useLocaleSetting, useThemeSetting } from "./settings/useDisplaySettings";
import type { Host } from "./teams/hostContext";
import { ThemeNameProvider } from "./theme/ThemeContext";
import { fluentThemes } from "./theme/themes";

const useStyles = makeStyles({ root: { minHeight: "100vh" } });

export interface AppProps {
  readonly config: TabConfig;
  readonly host: Host;
  readonly platform: Platform;
  readonly createPorts: PortsFactory;
}

/** The tab: theme and language (from Teams or the header), routing, who you are, and the current view. */
export function App({ config, host, platform, createPorts }: AppProps) {
  const styles = useStyles();
  const [theme, setTheme] = useThemeSetting(host, platform);
  const [locale, setLocale] = useLocaleSetting(host, platform);
  const [picked, pick] = usePickedPerson(platform.storage);
  const person = config.mode === "local" ? picked : undefined;
  const personSwitch = config.mode === "local";
  const displaySettings = host.kind === "standalone";
  const tools =
    personSwitch || displaySettings ? (
      <>
        {personSwitch ? <PersonSwitch person={person} onPick={pick} /> : null}
        {displaySettings ? <DisplaySettings /> : null}
      </>
    ) : undefined;
  return (
    <FluentProvider theme={fluentThemes[theme]} className={styles.root} data-theme={theme}>
      <PlatformProvider platform={platform}>
        <LocaleProvider locale={locale} setLocale={setLocale}>
          <ThemeNameProvider theme={theme} setTheme={setTheme}>
            <RouterProvider location={platform.location}>
              <Shell tools={tools}>
                {/* The global boundary: whatever fails below, the header stays and the message is Swedish. */}
                <ErrorBoundary resetKey={person?.id} fallback={(retry) => <ErrorFallback retry={retry} />}>
                  <Session
                    config={config}
                    person={person}
                    onPick={pick}
                    host={host}
                    createPorts={createPorts}
                  />
                </ErrorBoundary>
              </Shell>
            </RouterProvider>
          </ThemeNameProvider>
        </LocaleProvider>
      </PlatformProvider>
    </FluentProvider>
  );
}
