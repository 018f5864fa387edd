import { isMunicipalPlanner, type IndicatorView } from "../../../domain";
import { useCurrentPerson, usePorts } from "../../app";
import { useLoad } from "../../hooks";
import { mayRecordOutcomes, nextPeriod } from "./outcomeEntry";
import { OutcomesSection } from "./OutcomesSection";

/**
 * The outcome form, for those the access policy lets record the indicator's outcomes: a nämnd indicator's
 * planners (from the person the tab acts as), a KF indicator's municipal planners (their roles read once,
 * only for a KF indicator). Anyone else sees the view without it; the server refuses them all the same.
 */
export function OutcomesForOwners(props: {
  view: IndicatorView;
  number: (value: number) => string;
  onSaved: () => void;
}) {
  const { view } = props;
  const reader = useCurrentPerson();
  const { directory, clock } = usePorts();
  const kf = view.kind === "kf-indicator";
  const roles = useLoad(`municipal-planner|${reader.id}|${String(kf)}`, () =>
    kf ? directory.person(reader.id).then(isMunicipalPlanner) : Promise.resolve(false),
  );
  const municipalPlanner = roles.state.status === "ready" && roles.state.data;
  if (!mayRecordOutcomes({ ...reader, municipalPlanner }, view)) return null;
  return (
    <OutcomesSection
      view={view}
      defaultPeriod={nextPeriod(view, clock.now().getFullYear())}
      number={props.number}
      onSaved={props.onSaved}
    />
  );
}
