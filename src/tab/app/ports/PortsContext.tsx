import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useAnnounceNavigationAudience } from "../layout/NavigationAudience";
import type { CurrentPerson } from "../person/currentPerson";
import type { TabPorts } from "./tabPorts";

interface Session {
  readonly ports: TabPorts;
  readonly person: CurrentPerson;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Gives the views the ports and the person they act as; remount it (key) when the person changes. */
export function SessionProvider(props: Session & { children: ReactNode }) {
  const { ports, person, children } = props;
  const value = useMemo(() => ({ ports, person }), [ports, person]);
  useAnnounceNavigationAudience(person);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error("usePorts/useCurrentPerson need the tab's SessionProvider");
  return session;
}

/** The domain ports, bound to the current person's token. */
export function usePorts(): TabPorts {
  return useSession().ports;
}

/** The signed-in (or, locally, picked) person. */
export function useCurrentPerson(): CurrentPerson {
  return useSession().person;
}
