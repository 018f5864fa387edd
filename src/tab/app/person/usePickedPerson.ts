import { useCallback, useState } from "react";
import type { KeyValueStore } from "../platform/platform";
import { storageKeys } from "../platform/platform";
import { directoryPersonSchema, type DirectoryPerson } from "../../../contracts/directory";

function readPicked(storage: KeyValueStore): DirectoryPerson | undefined {
  const stored = storage.get(storageKeys.person);
  if (stored === undefined) return undefined;
  try {
    const parsed = directoryPersonSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Local mode: the demo person picked last time (remembered), and a way to pick another. */
export function usePickedPerson(
  storage: KeyValueStore,
): [DirectoryPerson | undefined, (person: DirectoryPerson) => void] {
  const [person, setPerson] = useState(() => readPicked(storage));
  const pick = useCallback(
    (next: DirectoryPerson) => {
      storage.set(storageKeys.person, JSON.stringify(next));
      setPerson(next);
    },
    [storage],
  );
  return [person, pick];
}
