import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { usePorts, useStrings, type Translator } from "../../app";
import { LoadFailure, LoadingSkeleton } from "../../components";
import { useLoad } from "../../hooks";
import { counted } from "./plural";
import { myTeamStrings } from "./strings";
import { unitsBelowRows, type UnitBelowRow } from "./unitsBelowModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/**
 * The units further down the chef's line, in numbers only, counted by the server (the chef may not read
 * those goals one by one). A group smaller than the server's limit shows no figures, and says why.
 */
export function UnitsBelow(props: { unitId: string; unitName: string; year: number; headingId: string }) {
  const { unitId, unitName, year, headingId } = props;
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const { teams } = usePorts();
  const loaded = useLoad(`overview|${unitId}|${year}`, () => teams.overview(unitId, year));
  const answer = loaded.state.status === "ready" ? loaded.state.data : undefined;
  const rows = answer === undefined ? [] : unitsBelowRows(answer);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("belowHeading", { unit: unitName })}
      </h2>
      <span className={styles.muted}>{t("belowHelp")}</span>
      {loaded.state.status === "loading" ? <LoadingSkeleton label={t("belowLoading")} rows={3} /> : null}
      {loaded.state.status === "failed" ? (
        <LoadFailure error={loaded.state.error} onRetry={loaded.reload} />
      ) : null}
      {answer === undefined ? null : (
        <>
          <span className={styles.muted}>{t("belowSmallGroups", { min: answer.smallestGroupShown })}</span>
          <BelowTable
            rows={rows}
            label={t("belowTableLabel", { unit: unitName })}
            min={answer.smallestGroupShown}
          />
          <BelowCards
            rows={rows}
            label={t("belowTableLabel", { unit: unitName })}
            min={answer.smallestGroupShown}
          />
        </>
      )}
    </section>
  );
}

function UnitName({ row }: { row: UnitBelowRow }) {
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  return (
    <span className={styles.nameCell}>
      <span>{row.unit.name}</span>
      {row.parentName === undefined ? null : (
        <span className={styles.muted}>{t("underUnit", { unit: row.parentName })}</span>
      )}
    </span>
  );
}

function coverageText(row: UnitBelowRow, t: Translator<keyof typeof myTeamStrings.sv>) {
  if (!row.figures.shown) return "";
  return row.unit.activities === null
    ? t("noPlan")
    : t("coverageOf", { count: row.figures.covered, total: row.unit.activities });
}

function BelowTable({ rows, label, min }: { rows: readonly UnitBelowRow[]; label: string; min: number }) {
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  return (
    <div className={mergeClasses(styles.tableWrap, styles.wideOnly)}>
      <Table aria-label={label} size="medium">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("colUnit")}</TableHeaderCell>
            <TableHeaderCell>{t("colPeople")}</TableHeaderCell>
            <TableHeaderCell>{t("colWithAgreed")}</TableHeaderCell>
            <TableHeaderCell>{t("colCoverage")}</TableHeaderCell>
            <TableHeaderCell>{t("colBelowOverdue")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.unit.unitId} data-unit-id={row.unit.unitId}>
              <TableCell
                style={{
                  // Fluent's own cell padding, and one step in per level below the first.
                  paddingInlineStart: `calc(${tokens.spacingHorizontalS} + ${tokens.spacingHorizontalL} * ${row.unit.depth - 1})`,
                }}
              >
                <UnitName row={row} />
              </TableCell>
              <TableCell>{row.unit.people}</TableCell>
              {row.figures.shown ? (
                <>
                  <TableCell>
                    {t("share", {
                      count: row.figures.withAgreed,
                      total: row.unit.people,
                      percent: row.figures.percent,
                    })}
                  </TableCell>
                  <TableCell>{coverageText(row, t)}</TableCell>
                  <TableCell>
                    {row.figures.overdue > 0 ? (
                      <span className={styles.warning}>{row.figures.overdue}</span>
                    ) : (
                      "0"
                    )}
                  </TableCell>
                </>
              ) : (
                <TableCell colSpan={3} className={styles.muted}>
                  {t("suppressed", { min })}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function BelowCards({ rows, label, min }: { rows: readonly UnitBelowRow[]; label: string; min: number }) {
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  return (
    <ul className={mergeClasses(styles.list, styles.narrowOnly)} aria-label={label}>
      {rows.map((row) => (
        <li key={row.unit.unitId} className={styles.card} data-unit-id={row.unit.unitId}>
          <h3 className={styles.cardHeading}>{row.unit.name}</h3>
          {row.parentName === undefined ? null : (
            <span className={styles.muted}>{t("underUnit", { unit: row.parentName })}</span>
          )}
          <dl className={styles.cardFacts}>
            <dt>{t("colPeople")}</dt>
            <dd>{counted(t, "people", row.unit.people)}</dd>
            {row.figures.shown ? (
              <>
                <dt>{t("colWithAgreed")}</dt>
                <dd>
                  {t("share", {
                    count: row.figures.withAgreed,
                    total: row.unit.people,
                    percent: row.figures.percent,
                  })}
                </dd>
                <dt>{t("colCoverage")}</dt>
                <dd>{coverageText(row, t)}</dd>
                <dt>{t("colBelowOverdue")}</dt>
                <dd>{row.figures.overdue}</dd>
              </>
            ) : null}
          </dl>
          {row.figures.shown ? null : <span className={styles.muted}>{t("suppressed", { min })}</span>}
        </li>
      ))}
    </ul>
  );
}
