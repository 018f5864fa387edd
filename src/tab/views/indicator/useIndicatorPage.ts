import { useMemo } from "react";
import type { IndicatorRef } from "../../../domain";
import { usePorts, useRoute } from "../../app";
import { useLoad } from "../../hooks";
import { indicatorFigures } from "./indicatorFigures";

/** The indicator the URL names (`#/indikator/<kf|namnd>/<id>`), loaded with one port call. */
export function useIndicatorPage() {
  const route = useRoute();
  const { indicators } = usePorts();
  const ref: IndicatorRef | undefined =
    route.view === "indikator" ? { kind: route.kind, id: route.id } : undefined;
  const loaded = useLoad(`indicator|${ref?.kind ?? ""}|${ref?.id ?? ""}`, () =>
    ref === undefined ? Promise.resolve(null) : indicators.indicator(ref),
  );
  const view = loaded.state.status === "ready" ? loaded.state.data : null;
  const figures = useMemo(() => (view ? indicatorFigures(view) : undefined), [view]);
  return {
    ref,
    ar: route.view === "indikator" ? route.ar : undefined,
    forvaltning: route.view === "indikator" ? route.forvaltning : undefined,
    loaded,
    view,
    figures,
  };
}
