import { useState } from "react";
import {
  Link,
  SearchBox,
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
import { searchStaff, type StaffRow } from "./teamModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** Every staff member on one line: stays readable with 40 people, and a search narrows it. */
export function StaffTable({ rows, headingId }: { rows: readonly StaffRow[]; headingId: string }) {
  const t = useStrings(myTeamStrings);
  const statusText = useStatusText();
  const styles = useMyTeamStyles();
  const [query, setQuery] = useState("");
  const shown = searchStaff(rows, query);
  return (
    <>
      <SearchBox
        className={styles.search}
        aria-label={t("search")}
        placeholder={t("search")}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {shown.length === 0 ? <span role="status">{t("noMatch")}</span> : null}
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
            {shown.map((row) => (
              <TableRow key={row.person.id}>
                <TableCell>
                  <Link
                    href={formatRoute({ view: "mina-mal", medarbetare: row.person.id })}
                    aria-label={t("openGoals", { name: row.person.name })}
                  >
                    {row.person.name}
                  </Link>
                </TableCell>
                <TableCell>
                  {row.agreedGoals}/{row.goals}
                </TableCell>
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
                    t("none")
                  )}
                </TableCell>
                <TableCell>{row.nextDate ?? t("none")}</TableCell>
                <TableCell>
                  {row.overdue > 0 ? <span className={styles.warning}>{row.overdue}</span> : t("none")}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
