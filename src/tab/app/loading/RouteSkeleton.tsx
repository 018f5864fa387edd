import { makeStyles, Skeleton, SkeletonItem, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM },
  title: { width: "40%" },
  short: { width: "70%" },
});

/** Shown while a view's chunk loads: the rough shape of a view, announced as busy. */
export function RouteSkeleton() {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  return (
    <Skeleton aria-label={t("loadingView")} aria-busy="true" className={styles.root}>
      <SkeletonItem size={32} className={styles.title} />
      <div className={styles.row}>
        <SkeletonItem shape="circle" size={96} />
        <SkeletonItem size={96} />
      </div>
      <SkeletonItem size={16} />
      <SkeletonItem size={16} />
      <SkeletonItem size={16} className={styles.short} />
    </Skeleton>
  );
}
