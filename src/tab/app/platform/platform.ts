import type { HashLocation } from "../router/RouterContext";
import type { HostWindowFacts } from "../teams/maybeTeamsHost";

/** Remembers small settings (theme, language, picked person) between visits. */
export interface KeyValueStore {
  readonly get: (key: string) => string | undefined;
  readonly set: (key: string, value: string) => void;
  readonly remove: (key: string) => void;
}

/** Everything the shell needs from the browser, given once by the entry so components touch no globals. */
export interface Platform {
  readonly storage: KeyValueStore;
  readonly location: HashLocation;
  /** The page's origin, e.g. `http://127.0.0.1:3978`: relative site URLs resolve against it. */
  readonly origin: string;
  readonly fetch: typeof fetch;
  /** Keeps `<html lang>` in step with the language shown, for screen readers. */
  readonly setDocumentLanguage: (language: string) => void;
  /** Whether the page is framed, opened or in a mobile web view: where a Teams host may be. */
  readonly hostWindow: HostWindowFacts;
}

export const storageKeys = {
  theme: "malkedjan.theme",
  locale: "malkedjan.locale",
  person: "malkedjan.person",
} as const;
