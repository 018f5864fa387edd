import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { formatRoute, useStrings } from "../../app";
import { StatusBadge } from "../../components";
import { useStatusText } from "../../hooks";
import { myTeamStrings } from "./strings";
import type { StaffRow } from "./teamModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** Everyone in the team on one line each (wide screens): stays readable with 40 people. */
export function StaffTable(props: {
  rows: readonly StaffRow[];
  headingId: string;
  year: number;
  className?: string;
}) {
  const { rows, headingId, year } = props;
  const t = useStrings(myTeamStrings);
  const statusText = useStatusText();
  const styles = useMyTeamStyles();
  return (
    <div className={props.className}>
      <div className={styles.tableWrap}>
        <Table aria-labelledby={headingId} size="medium">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("colName")}</TableHeaderCell>
              <TableHeaderCell>{t("colGoals")}</TableHeaderCell>
              <TableHeaderCell>{t("colLatest")}</TableHeaderCell>
              <TableHeaderCell>{t("colNext")}</TableHeaderCell>
              <TableHeaderCell>{t("colOverdue")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.person.id}>
                <TableCell>
                  <span className={styles.nameCell}>
                    <Link
                      href={formatRoute({ view: "mina-mal", medarbetare: row.person.id, ar: String(year) })}
                      aria-label={t("openGoals", { name: row.person.name })}
                    >
                      {row.person.name}
                    </Link>
                    {row.leads === undefined ? null : (
                      <span className={styles.muted}>{t("chefOfUnit", { unit: row.leads.name })}</span>
                    )}
                  </span>
                </TableCell>
                <TableCell>{t("ofTotal", { count: row.agreedGoals, total: row.goals })}</TableCell>
                <TableCell>
                  {row.latest ? (
                    <span className={styles.cell}>
                      <StatusBadge
                        status={row.latest.followUp.status}
                        label={statusText(row.latest.followUp.status)}
                      />
                      <span>{row.latest.followUp.period}</span>
                      <span className={styles.muted}>{row.latest.goal.title}</span>
                    </span>
                  ) : (
                    t("noFollowUpYet")
                  )}
                </TableCell>
                <TableCell>{row.nextDate ?? t("noNextFollowUp")}</TableCell>
                <TableCell>
                  {row.overdue > 0 ? <span className={styles.warning}>{row.overdue}</span> : "0"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
