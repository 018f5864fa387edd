import type { ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { ActionStatus, type ActionState } from "./usePlanAction";
import { StoredChoice } from "./StoredChoice";
import { usePlanSection } from "./usePlanSection";

/**
 * One plan item's form, new or a change: its heading, the fields it is given, save (or add) and cancel,
 * the outcome of the last save, and — when someone else saved first — what is stored now beside what was
 * typed. Every item form of Planering is this one.
 */
export function PlanItemForm(props: {
  heading: string;
  headingLevel?: 3 | 4;
  /** A change saves ("Spara"), a new item is added ("Lägg till") unless `submitLabel` names it. */
  change: boolean;
  submitLabel?: string;
  state: ActionState;
  onSubmit: () => void;
  onCancel?: () => void;
  onReload?: () => void;
  /** What is stored now, in words, when a save met someone else's. */
  stored?: string;
  onKeepMine: () => void;
  onUseTheirs: () => void;
  children: ReactNode;
}) {
  const { t, styles, headingId } = usePlanSection();
  const { state, change, onCancel, onReload, stored } = props;
  const Heading = props.headingLevel === 4 ? "h4" : "h3";
  const idle = change ? t("save") : (props.submitLabel ?? t("add"));
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      // The form's own Swedish messages say what is missing, not the browser's.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <Heading id={headingId} className={styles.cardHeading}>
        {props.heading}
      </Heading>
      {props.children}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? (change ? t("saving") : t("adding")) : idle}
        </Button>
        {onCancel === undefined ? null : (
          <Button onClick={onCancel}>{state.done === undefined ? t("cancel") : t("close")}</Button>
        )}
      </div>
      <ActionStatus state={state} {...(onReload === undefined ? {} : { onReload })} />
      {stored === undefined ? null : (
        <StoredChoice
          text={stored}
          busy={state.busy}
          onKeepMine={props.onKeepMine}
          onUseTheirs={props.onUseTheirs}
        />
      )}
    </form>
  );
}
