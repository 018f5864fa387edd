import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ThemeName } from "./themes";

interface ThemeState {
  readonly theme: ThemeName;
  /** Only offered outside Teams; inside Teams the theme follows Teams. */
  readonly setTheme: (theme: ThemeName) => void;
}

const ThemeContext = createContext<ThemeState>({ theme: "light", setTheme: () => undefined });

export function ThemeNameProvider(props: ThemeState & { children: ReactNode }) {
  const { theme, setTheme, children } = props;
  const value = useMemo(() => ({ theme, setTheme }), [theme, setTheme]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

/** The current theme's name, e.g. for a view that draws with something other than Fluent tokens. */
export function useThemeName(): ThemeState {
  return useContext(ThemeContext);
}
