import { Skeleton, SkeletonItem } from "@fluentui/react-components";
import { useStatesStyles } from "./useStatesStyles.styles";

export interface LoadingSkeletonProps {
  /** Read out by screen readers while the shapes stand in for the content. */
  label: string;
  rows?: number;
}

export function LoadingSkeleton({ label, rows = 5 }: LoadingSkeletonProps) {
  const styles = useStatesStyles();
  return (
    <div role="status" aria-live="polite" aria-label={label} aria-busy="true">
      <Skeleton className={styles.skeleton} aria-hidden="true">
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className={styles.skeletonRow}>
            <SkeletonItem shape="rectangle" size={24} />
            <SkeletonItem shape="rectangle" size={24} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
