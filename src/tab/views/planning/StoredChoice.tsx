import { Button } from "@fluentui/react-components";
import { usePlanSection } from "./usePlanSection";

/**
 * Someone else saved first: what is stored now, beside what the person typed (still in the form), and the
 * two ways on — save mine over it, or take the stored one. Nothing typed is lost either way.
 */
export function StoredChoice(props: {
  text: string;
  busy: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const { t, styles } = usePlanSection();
  return (
    <section className={styles.card} aria-label={t("conflictTitle")}>
      <p className={styles.preWrap}>{t("conflictStored", { text: props.text })}</p>
      <div className={styles.actions}>
        <Button disabled={props.busy} onClick={props.onKeepMine}>
          {t("keepMine")}
        </Button>
        <Button disabled={props.busy} onClick={props.onUseTheirs}>
          {t("useTheirs")}
        </Button>
      </div>
    </section>
  );
}
