import { Suspense, useState } from "react";
import { TeamTabConfig } from "../configure/TeamTabConfig";
import { ErrorBoundary } from "../errors/ErrorBoundary";
import { ErrorFallback } from "../errors/ErrorFallback";
import { RouteSkeleton } from "../loading/RouteSkeleton";
import { useRoute } from "../router/RouterContext";
import { formatRoute } from "../router/routes";
import { lazyView } from "../router/views";

/** The current route's view: lazily loaded behind a skeleton, any failure caught, explained and retryable. */
export function ViewOutlet(props: { readonly inTeams: boolean }) {
  const route = useRoute();
  const [attempt, setAttempt] = useState(0);
  const View = route.view === "konfigurera" ? undefined : lazyView(route.view, attempt);
  return (
    <ErrorBoundary
      resetKey={formatRoute(route)}
      fallback={(retry) => (
        <ErrorFallback
          retry={() => {
            setAttempt((n) => n + 1);
            retry();
          }}
        />
      )}
    >
      <Suspense fallback={<RouteSkeleton />}>
        {View === undefined ? <TeamTabConfig inTeams={props.inTeams} /> : <View />}
      </Suspense>
    </ErrorBoundary>
  );
}
