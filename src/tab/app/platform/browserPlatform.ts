import type { KeyValueStore, Platform } from "./platform";

function browserStorage(storage: Storage | undefined): KeyValueStore {
  // Storage can be blocked (private mode, Teams' partitioned iframes): then settings last one visit.
  const memory = new Map<string, string>();
  return {
    get: (key) => {
      try {
        return storage?.getItem(key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set: (key, value) => {
      memory.set(key, value);
      try {
        storage?.setItem(key, value);
      } catch {
        // kept in memory only
      }
    },
    remove: (key) => {
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        // kept in memory only
      }
    },
  };
}

function safeLocalStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

/** The real browser behind the Platform interface; only the entry calls this. */
export function browserPlatform(win: Window): Platform {
  return {
    storage: browserStorage(safeLocalStorage(win)),
    location: {
      get: () => win.location.hash,
      set: (hash) => {
        win.location.hash = hash;
      },
      replace: (hash) => win.history.replaceState(null, "", hash),
      subscribe: (listener) => {
        win.addEventListener("hashchange", listener);
        return () => win.removeEventListener("hashchange", listener);
      },
    },
    origin: win.location.origin,
    fetch: win.fetch.bind(win),
    setDocumentLanguage: (language) => {
      win.document.documentElement.lang = language;
    },
    hostWindow: {
      self: win.self,
      parent: win.parent,
      opener: win.opener,
      nativeInterface: (win as Window & { nativeInterface?: unknown }).nativeInterface,
    },
  };
}
