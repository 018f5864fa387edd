export { StatusBadge } from "./StatusBadge";
export type { StatusBadgeProps, StatusCode } from "./StatusBadge.types";
