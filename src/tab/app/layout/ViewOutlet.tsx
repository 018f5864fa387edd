import { Suspense } from "react";
import { ErrorBoundary } from "../errors/ErrorBoundary";
import { ErrorFallback } from "../errors/ErrorFallback";
import { RouteSkeleton } from "../loading/RouteSkeleton";
import { useRoute } from "../router/RouterContext";
import { formatRoute } from "../router/routes";
import { views } from "../router/views";
import { TeamTabConfig } from "../configure/TeamTabConfig";

/** The current route's view: lazily loaded behind a skeleton, any crash caught and explained. */
export function ViewOutlet(props: { readonly inTeams: boolean }) {
  const route = useRoute();
  const View = route.view === "konfigurera" ? undefined : views[route.view];
  return (
    <ErrorBoundary resetKey={formatRoute(route)} fallback={(retry) => <ErrorFallback retry={retry} />}>
      <Suspense fallback={<RouteSkeleton />}>
        {View === undefined ? <TeamTabConfig inTeams={props.inTeams} /> : <View />}
      </Suspense>
    </ErrorBoundary>
  );
}
