import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "./locale";
import { translate, type StringTables, type Translator } from "./strings";

interface LocaleState {
  readonly locale: Locale;
  /** Only offered outside Teams; inside Teams the language follows Teams. */
  readonly setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "sv", setLocale: () => undefined });

export function LocaleProvider(props: LocaleState & { children: ReactNode }) {
  const { locale, setLocale, children } = props;
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** `const t = useStrings(strings); t("title")` — the current language's text for a view's keys. */
export function useStrings<Keys extends string>(tables: StringTables<Keys>): Translator<Keys> {
  const { locale } = useLocale();
  return useMemo(() => (key, values) => translate(tables, locale, key, values), [tables, locale]);
}
