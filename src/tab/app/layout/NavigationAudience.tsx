import { createContext, useContext, useEffect } from "react";
import type { CurrentPerson } from "../person/currentPerson";

type Announce = (person: CurrentPerson | undefined) => void;

/**
 * The shell's header sits above the session, which alone knows who the person is (picked locally, signed in
 * otherwise): the session tells the shell, so the navigation offers the views that answer that person.
 */
export const NavigationAudienceContext = createContext<Announce>(() => undefined);

/** Tells the navigation who it serves while the caller is shown. */
export function useAnnounceNavigationAudience(person: CurrentPerson): void {
  const announce = useContext(NavigationAudienceContext);
  useEffect(() => {
    announce(person);
    return () => announce(undefined);
  }, [announce, person]);
}

/**
 * Räckvidd answers planners and chefs (the server decides who sees which group); the navigation just does not
 * offer it to anyone else. Every other view is for everyone.
 */
export function offersView(view: string, person: CurrentPerson | undefined): boolean {
  if (view !== "rackvidd") return true;
  return person !== undefined && (person.chefOf.length > 0 || person.plannerFor.length > 0);
}
