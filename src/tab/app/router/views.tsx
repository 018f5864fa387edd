import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { ViewName } from "./routes";

/**
 * Each view is its own chunk, loaded when first shown. A view's module default-exports a component
 * without props; it reads its parameters with `useRoute()`. The chunk names are what
 * scripts/build-report.ts sizes (the first view is Kedjan).
 */
export const views: Readonly<Record<Exclude<ViewName, "konfigurera">, LazyExoticComponent<ComponentType>>> = {
  kedjan: lazy(() => import(/* webpackChunkName: "view-kedjan" */ "../../views/chain/index")),
  "mina-mal": lazy(() => import(/* webpackChunkName: "view-mina-mal" */ "../../views/my-goals/index")),
  "mitt-team": lazy(() => import(/* webpackChunkName: "view-mitt-team" */ "../../views/my-team/index")),
};
