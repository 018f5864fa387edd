import type { Locale } from "./locale";

/**
 * A string table per language. Swedish is the source: English must have exactly the same keys,
 * so a missing translation is a type error where the table is declared.
 */
export type StringTables<Keys extends string> = {
  readonly sv: Record<Keys, string>;
  readonly en: Record<Keys, string>;
};

/** Declares a view's strings; `defineStrings({ sv: {...}, en: {...} })` infers the keys from Swedish. */
export function defineStrings<const Sv extends Record<string, string>>(tables: {
  sv: Sv;
  en: Record<keyof Sv & string, string>;
}): StringTables<keyof Sv & string> {
  return tables;
}

/** Values for `{name}` placeholders. */
export type Placeholders = Readonly<Record<string, string | number>>;

/** Looks a key up for a locale and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function translate<Keys extends string>(
  tables: StringTables<Keys>,
  locale: Locale,
  key: Keys,
  values?: Placeholders,
): string {
  const text = tables[locale][key];
  if (values === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export type Translator<Keys extends string> = (key: Keys, values?: Placeholders) => string;
