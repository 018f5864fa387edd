/**
 * The shell's contract with the views (src/tab/views/*):
 * - data: `usePorts()` (the domain ports bound to the current person's token), `useCurrentPerson()`;
 * - language: `defineStrings({ sv, en })` per view, then `const t = useStrings(strings)`; `useLocale()`;
 * - places: `useRoute()`, `useNavigate()`, `formatRoute(route)` for links (hash URLs, deep-linkable);
 *   `routeYear(route)` is the year shown (`ar`), which the navigation carries from view to view;
 * - focus: `useFocusMain()` after replacing what the view shows, so focus goes to its `h1`;
 * - theme: `useThemeName()` when something is drawn without Fluent tokens.
 * A view module default-exports a component without props; the router loads it lazily.
 */
export { usePorts, useCurrentPerson } from "./ports/PortsContext";
export type { TabPorts } from "./ports/tabPorts";
export type { CurrentPerson } from "./person/currentPerson";
export type { ShellRole } from "../../contracts/directory";
export { useLocale, useStrings } from "./i18n/LocaleContext";
export { defineStrings, translate } from "./i18n/strings";
export type { StringTables, Translator, Placeholders } from "./i18n/strings";
export type { Locale } from "./i18n/locale";
export { useRoute, useNavigate } from "./router/RouterContext";
export { formatRoute, parseRoute, defaultRoute, routeYear } from "./router/routes";
export type { Route, ChainFilter, ViewName, IndicatorRouteKind } from "./router/routes";
export { useFocusMain } from "./layout/MainFocusContext";
export { useThemeName } from "./theme/ThemeContext";
export type { ThemeName } from "./theme/themes";
