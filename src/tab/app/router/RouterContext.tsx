import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { formatRoute, parseRoute, type Route } from "./routes";

/** The browser's location as the router needs it; given by the entry so components touch no globals. */
export interface HashLocation {
  readonly get: () => string;
  readonly set: (hash: string) => void;
  readonly replace: (hash: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

interface RouterState {
  readonly route: Route;
  readonly navigate: (route: Route, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterState | undefined>(undefined);

export function RouterProvider(props: { location: HashLocation; children: ReactNode }) {
  const { location, children } = props;
  const [route, setRoute] = useState<Route>(() => parseRoute(location.get()));
  useEffect(() => location.subscribe(() => setRoute(parseRoute(location.get()))), [location]);
  const navigate = useCallback(
    (next: Route, options?: { replace?: boolean }) => {
      const hash = formatRoute(next);
      if (options?.replace === true) location.replace(hash);
      else location.set(hash);
      setRoute(parseRoute(hash));
    },
    [location],
  );
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterState {
  const state = useContext(RouterContext);
  if (state === undefined) throw new Error("useRoute/useNavigate need the tab's RouterProvider");
  return state;
}

/** The current route (view and its parameters). */
export function useRoute(): Route {
  return useRouter().route;
}

/** Goes to a route; the URL changes so the place can be bookmarked and shared. */
export function useNavigate(): RouterState["navigate"] {
  return useRouter().navigate;
}
