export { StatusBadge, markByStatus } from "./StatusBadge";
export type { StatusBadgeProps, StatusCode } from "./StatusBadge.types";
