/** The tab speaks Swedish first, English second. */
export const locales = ["sv", "en"] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return value === "sv" || value === "en";
}

/** Teams gives a BCP 47 tag ("sv-SE", "en-GB"); anything not English or Swedish shows Swedish. */
export function localeFromTag(tag: string | undefined): Locale {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language === "en" ? "en" : "sv";
}
