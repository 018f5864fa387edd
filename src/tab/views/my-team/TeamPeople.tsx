import { useState } from "react";
import { SearchBox } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { EmptyState } from "../../components";
import { StaffCards } from "./StaffCards";
import { StaffTable } from "./StaffTable";
import { myTeamStrings } from "./strings";
import { searchStaff, type StaffRow } from "./teamModel";
import { useMyTeamStyles } from "./useMyTeamStyles.styles";

/** The team, searchable: a table on wide screens, cards on narrow ones (only one is ever displayed). */
export function TeamPeople(props: { rows: readonly StaffRow[]; year: number; headingId: string }) {
  const { rows, year, headingId } = props;
  const t = useStrings(myTeamStrings);
  const styles = useMyTeamStyles();
  const [query, setQuery] = useState("");
  const shown = searchStaff(rows, query);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("staffHeading")}
      </h2>
      {rows.length === 0 ? (
        <EmptyState title={t("noStaff")} guidance={t("noStaffHelp")} />
      ) : (
        <>
          <SearchBox
            className={styles.search}
            aria-label={t("search")}
            placeholder={t("search")}
            value={query}
            onChange={(_, data) => setQuery(data.value)}
          />
          <span role="status">{shown.length === 0 ? t("noMatch") : ""}</span>
          <StaffTable rows={shown} headingId={headingId} year={year} className={styles.wideOnly} />
          <StaffCards rows={shown} headingId={headingId} year={year} className={styles.narrowOnly} />
        </>
      )}
    </section>
  );
}
