import type { ReportAssignment } from "./reportTypes";
import { useStrings } from "../../app";
import { ReportStatus } from "./ReportStatus";
import { kfReportStrings } from "./strings";
import { useKfReportStyles } from "./useKfReportStyles.styles";

/** The uppdrag of one målområde (or of none), each with who gives it to whom, when it is due, and its status. */
export function AssignmentList(props: {
  assignments: readonly ReportAssignment[];
  formatNumber: (n: number) => string;
  formatDate: (iso: string) => string;
}) {
  const t = useStrings(kfReportStrings);
  const styles = useKfReportStyles();
  if (props.assignments.length === 0) return <p className={styles.muted}>{t("noAssignments")}</p>;
  return (
    <ul className={styles.list}>
      {props.assignments.map((a) => (
        <li key={a.id} className={styles.translation}>
          <strong>{a.title}</strong>
          <span className={styles.muted}>
            {t("assignmentTo", {
              board: a.boardName,
              administration: a.administrationName,
              date: props.formatDate(a.dueDate),
            })}
            {a.decisionReference === undefined ? "" : ` · ${a.decisionReference}`}
          </span>
          <ReportStatus status={a.status} formatNumber={props.formatNumber} />
        </li>
      ))}
    </ul>
  );
}
