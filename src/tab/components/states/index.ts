export { EmptyState } from "./EmptyState";
export type { EmptyStateProps } from "./EmptyState";
export { ErrorState } from "./ErrorState";
export type { ErrorStateProps } from "./ErrorState";
export { LoadingSkeleton } from "./LoadingSkeleton";
export type { LoadingSkeletonProps } from "./LoadingSkeleton";
export { LoadFailure } from "./LoadFailure";
export { SkippedRowsNotice } from "./SkippedRowsNotice";
export type { SkippedRowsNoticeProps } from "./SkippedRowsNotice";
