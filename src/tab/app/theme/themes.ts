import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from "@fluentui/react-components";

export const themeNames = ["light", "dark", "contrast"] as const;
export type ThemeName = (typeof themeNames)[number];

export function isThemeName(value: unknown): value is ThemeName {
  return value === "light" || value === "dark" || value === "contrast";
}

/** Teams names its themes "default", "dark" and "contrast"; anything else is treated as light. */
export function themeFromTeams(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "contrast";
  return "light";
}

export const fluentThemes: Readonly<Record<ThemeName, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
