import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { LazyView } from "./routes";

type ViewModule = { default: ComponentType };

/**
 * Each view is its own chunk, loaded when first shown. A view's module default-exports a component
 * without props; it reads its parameters with `useRoute()`. The chunk names are what
 * scripts/build-report.ts sizes (the first view is Kedjan).
 */
const loaders: Readonly<Record<LazyView, () => Promise<ViewModule>>> = {
  kedjan: () => import(/* webpackChunkName: "view-kedjan" */ "../../views/chain/index"),
  "mina-mal": () => import(/* webpackChunkName: "view-mina-mal" */ "../../views/my-goals/index"),
  "mitt-team": () => import(/* webpackChunkName: "view-mitt-team" */ "../../views/my-team/index"),
  rapport: () => import(/* webpackChunkName: "view-rapport" */ "../../views/kf-report/index"),
  uppfoljning: () => import(/* webpackChunkName: "view-uppfoljning" */ "../../views/follow-up/index"),
  planering: () => import(/* webpackChunkName: "view-planering" */ "../../views/planning/index"),
  "mal-och-budget": () => import(/* webpackChunkName: "view-mal-och-budget" */ "../../views/kf-level/index"),
  rackvidd: () => import(/* webpackChunkName: "view-rackvidd" */ "../../views/reach/index"),
  // Holds the chart library, which only this view needs.
  indikator: () => import(/* webpackChunkName: "view-indikator" */ "../../views/indicator/index"),
};

const loaded = new Map<string, LazyExoticComponent<ComponentType>>();

/**
 * The lazily loaded view for a route. React remembers a failed load for good, so each retry after a
 * failure (a dropped connection) asks for a fresh lazy component; webpack then fetches the chunk again.
 */
export function lazyView(view: LazyView, attempt: number): LazyExoticComponent<ComponentType> {
  const key = `${view}#${attempt}`;
  const existing = loaded.get(key);
  if (existing !== undefined) return existing;
  const component = lazy(loaders[view]);
  loaded.set(key, component);
  return component;
}
