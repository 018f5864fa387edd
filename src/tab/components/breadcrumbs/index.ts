export { ChainBreadcrumbs } from "./ChainBreadcrumbs";
export type { BreadcrumbStep, ChainBreadcrumbsProps } from "./ChainBreadcrumbs";
