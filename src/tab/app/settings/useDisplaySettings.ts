import { useCallback, useEffect, useState } from "react";
import { isLocale, type Locale } from "../i18n/locale";
import type { KeyValueStore, Platform } from "../platform/platform";
import { storageKeys } from "../platform/platform";
import type { Host } from "../teams/hostContext";
import { isThemeName, type ThemeName } from "../theme/themes";

/** A setting that follows Teams inside Teams and is remembered between visits outside it. */
function useRemembered<T extends string>(
  storage: KeyValueStore,
  key: string,
  fromHost: T | undefined,
  isValid: (value: unknown) => value is T,
  fallback: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    if (fromHost !== undefined) return fromHost;
    const stored = storage.get(key);
    return isValid(stored) ? stored : fallback;
  });
  const choose = useCallback(
    (next: T) => {
      setValue(next);
      storage.set(key, next);
    },
    [storage, key],
  );
  return [value, choose];
}

/** Theme: Teams' theme followed live (light, dark, high contrast), or the remembered choice standalone. */
export function useThemeSetting(host: Host, platform: Platform): [ThemeName, (theme: ThemeName) => void] {
  const [theme, setTheme] = useRemembered(
    platform.storage,
    storageKeys.theme,
    host.kind === "teams" ? host.theme : undefined,
    isThemeName,
    "light",
  );
  useEffect(() => {
    if (host.kind === "teams") host.onThemeChange(setTheme);
  }, [host, setTheme]);
  return [theme, setTheme];
}

/** Language: Teams' locale (Swedish unless English), or the remembered choice standalone. */
export function useLocaleSetting(host: Host, platform: Platform): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useRemembered(
    platform.storage,
    storageKeys.locale,
    host.kind === "teams" ? host.locale : undefined,
    isLocale,
    "sv",
  );
  useEffect(() => platform.setDocumentLanguage(locale), [platform, locale]);
  return [locale, setLocale];
}
