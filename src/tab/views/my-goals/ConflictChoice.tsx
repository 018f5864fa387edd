import { forwardRef } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { parseIndividualGoal } from "../../../domain";
import { useStrings } from "../../app";
import type { GoalDraft } from "./goalDraft";
import type { ActivityWithChain } from "./myGoalsModel";
import { myGoalsStrings } from "./strings";
import { useMyGoalsStyles } from "./useMyGoalsStyles.styles";

interface VersionText {
  readonly title: string;
  readonly description: string;
  readonly activityIds: readonly string[];
  readonly followUpDates: readonly string[];
}

interface ConflictChoiceProps {
  mine: GoalDraft;
  /** As storage returned it; validated here before it is shown. */
  theirs: unknown;
  version: string;
  activities: readonly ActivityWithChain[];
  onKeepMine: (version: string) => void;
  onUseTheirs: () => void;
}

/** Someone else saved first: both versions side by side, and the choice of which one applies. */
export const ConflictChoice = forwardRef<HTMLDivElement, ConflictChoiceProps>(
  function ConflictChoice(props, ref) {
    const { mine, theirs, version, activities, onKeepMine, onUseTheirs } = props;
    const t = useStrings(myGoalsStrings);
    const styles = useMyGoalsStyles();
    const stored = parseIndividualGoal(theirs);
    const titleOf = (id: string) => activities.find((a) => a.activity.id === id)?.activity.title ?? id;
    const show = (heading: string, v: VersionText) => (
      <section className={styles.version} aria-label={heading}>
        <h4 className={styles.versionHeading}>{heading}</h4>
        <strong>{v.title}</strong>
        {v.description ? <span className={styles.preWrap}>{v.description}</span> : null}
        <span>
          {t("linkedActivities")}: {v.activityIds.map(titleOf).join(", ")}
        </span>
        <span>
          {t("followUpDates")}: {v.followUpDates.join(", ")}
        </span>
      </section>
    );
    return (
      <MessageBar intent="warning" layout="multiline" role="alert" ref={ref} tabIndex={-1}>
        <MessageBarBody>
          <MessageBarTitle>{t("conflictTitle")}</MessageBarTitle>
          {t("conflictHelp")}
          <div className={styles.versions}>
            {show(t("conflictMine"), mine)}
            {stored.ok
              ? show(t("conflictTheirs"), { ...stored.value, description: stored.value.description ?? "" })
              : null}
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => onKeepMine(version)}>
              {t("conflictKeepMine")}
            </Button>
            <Button onClick={onUseTheirs}>{t("conflictUseTheirs")}</Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  },
);
