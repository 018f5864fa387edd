import { lazy, Suspense, useLayoutEffect, useRef, type ComponentProps } from "react";
import { Spinner } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { myGoalsStrings } from "./strings";

/**
 * The goal and follow-up forms are a chunk of their own: nobody pays for them until a form opens, and they
 * are prefetched once Mina mål is shown, so they are there by the time someone presses "Nytt mål".
 */
const LazyGoalEditor = lazy(() =>
  import(/* webpackChunkName: "goal-forms", webpackPrefetch: true */ "./GoalEditor").then((m) => ({
    default: m.GoalEditor,
  })),
);
const LazyFollowUpForm = lazy(() =>
  import(/* webpackChunkName: "goal-forms", webpackPrefetch: true */ "./FollowUpForm").then((m) => ({
    default: m.FollowUpForm,
  })),
);

/** While a form's chunk loads, focus waits on a placeholder that says so, never on the page's body. */
function FormLoading() {
  const t = useStrings(myGoalsStrings);
  const ref = useRef<HTMLDivElement>(null);
  // Before the browser paints: the button that opened the form has just left the page.
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status">
      <Spinner size="small" label={t("loadingForm")} />
    </div>
  );
}

export function GoalEditor(props: ComponentProps<typeof LazyGoalEditor>) {
  return (
    <Suspense fallback={<FormLoading />}>
      <LazyGoalEditor {...props} />
    </Suspense>
  );
}

export function FollowUpForm(props: ComponentProps<typeof LazyFollowUpForm>) {
  return (
    <Suspense fallback={<FormLoading />}>
      <LazyFollowUpForm {...props} />
    </Suspense>
  );
}
