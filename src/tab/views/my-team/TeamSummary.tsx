import { mergeClasses } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { counted } from "./plural";
import { myTeamStrings } from "./strings";
import type { TeamModel } from "./teamModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** The team in four figures: how many, how many with an agreed goal, coverage, late follow-ups. */
export function TeamSummary({ model, headingId }: { model: TeamModel; headingId: string }) {
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const total = model.staff.length;
  const figure = (label: string, value: string, options: { warn?: boolean; note?: string } = {}) => (
    <div className={styles.figure}>
      <dt>
        {label}
        {options.note === undefined ? null : <span className={styles.figureNote}>{options.note}</span>}
      </dt>
      <dd className={mergeClasses(styles.figureValue, options.warn === true && styles.figureWarning)}>
        {value}
      </dd>
    </div>
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("summaryHeading")}
      </h2>
      <dl className={styles.figures}>
        {figure(t("staffCount"), String(total), {
          ...(model.chefsBelow === 0 ? {} : { note: counted(t, "chefsAmong", model.chefsBelow) }),
        })}
        {figure(t("withAgreed"), t("ofTotal", { count: total - model.withoutAgreed.length, total }))}
        {figure(t("coverage"), t("ofTotal", { count: model.coveredCount, total: model.coverage.length }))}
        {figure(t("overdue"), String(model.overdue.length), { warn: model.overdue.length > 0 })}
      </dl>
    </section>
  );
}
