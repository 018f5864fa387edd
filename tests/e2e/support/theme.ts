import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import type { Frame, Page } from "playwright-core";
import type { ThemeChoice } from "./tab";

const themes = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

function rgb(hex: string): string {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

/** The header's background and text colours each Teams theme gives (what a person sees change). */
export function expectedHeaderColours(theme: ThemeChoice): { background: string; text: string } {
  return {
    background: rgb(themes[theme].colorNeutralBackground1),
    text: rgb(themes[theme].colorNeutralForeground1),
  };
}

/** The header's computed colours in the page (or the tab's frame inside Teams). */
export function headerColours(page: Page | Frame): Promise<{ background: string; text: string }> {
  return page.getByRole("banner").evaluate((header) => {
    const style = getComputedStyle(header);
    return { background: style.backgroundColor, text: style.color };
  });
}
