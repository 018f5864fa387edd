import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { localeFromTag } from "../../../src/tab/app/i18n/locale";
import { defineStrings, translate } from "../../../src/tab/app/i18n/strings";
import { fluentThemes, themeFromTeams } from "../../../src/tab/app/theme/themes";

describe("language from Teams' locale", () => {
  it("speaks English to English locales and Swedish to everything else", () => {
    expect(localeFromTag("en-US")).toBe("en");
    expect(localeFromTag("en_GB")).toBe("en");
    expect(localeFromTag("sv-SE")).toBe("sv");
    expect(localeFromTag("fi-FI")).toBe("sv");
    expect(localeFromTag(undefined)).toBe("sv");
    expect(localeFromTag("")).toBe("sv");
  });
});

describe("string tables", () => {
  const strings = defineStrings({
    sv: { hello: "Hej {name}, du har {count} mål" },
    en: { hello: "Hi {name}, you have {count} goals" },
  });

  it("gives each language its own text with placeholders filled", () => {
    expect(translate(strings, "sv", "hello", { name: "Anna", count: 2 })).toBe("Hej Anna, du har 2 mål");
    expect(translate(strings, "en", "hello", { name: "Anna", count: 2 })).toBe("Hi Anna, you have 2 goals");
  });

  it("leaves an unfilled placeholder visible rather than silently blank", () => {
    expect(translate(strings, "sv", "hello", { name: "Anna" })).toBe("Hej Anna, du har {count} mål");
  });
});

describe("theme from Teams", () => {
  it("maps Teams' default, dark and contrast to Fluent's Teams themes", () => {
    expect(fluentThemes[themeFromTeams("default")]).toBe(teamsLightTheme);
    expect(fluentThemes[themeFromTeams("dark")]).toBe(teamsDarkTheme);
    expect(fluentThemes[themeFromTeams("contrast")]).toBe(teamsHighContrastTheme);
    expect(themeFromTeams(undefined)).toBe("light");
  });
});
