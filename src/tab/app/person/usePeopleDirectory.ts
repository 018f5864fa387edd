import { useEffect, useState } from "react";
import { usePlatform } from "../platform/PlatformContext";
import { directoryPath, directorySchema, type DirectoryPerson } from "../../../contracts/directory";

export type DirectoryState =
  | { readonly status: "loading" }
  | { readonly status: "failed" }
  | { readonly status: "loaded"; readonly people: readonly DirectoryPerson[] };

/** Loads the local server's list of demo people once, when the picker is first shown. */
export function usePeopleDirectory(attempt: number): DirectoryState {
  const { fetch } = usePlatform();
  const [state, setState] = useState<DirectoryState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    fetch(directoryPath)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const { people } = directorySchema.parse(await response.json());
        if (current) setState({ status: "loaded", people });
      })
      .catch(() => {
        if (current) setState({ status: "failed" });
      });
    return () => {
      current = false;
    };
  }, [fetch, attempt]);
  return state;
}
