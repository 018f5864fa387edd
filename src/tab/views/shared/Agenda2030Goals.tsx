import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { nameAgenda2030Goal } from "../../../domain";
import { defineStrings, useLocale, useStrings } from "../../app";

const strings = defineStrings({
  sv: { heading: "Agenda 2030 – globala mål" },
  en: { heading: "Agenda 2030 – Global Goals" },
});

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** The global goals an item carries, each with its official name ("Mål 3: Hälsa och välbefinnande"). */
export function Agenda2030Goals({ goals }: { readonly goals: readonly number[] | undefined }) {
  const t = useStrings(strings);
  const { locale } = useLocale();
  const styles = useStyles();
  const headingId = useId();
  if (goals === undefined || goals.length === 0) return null;
  return (
    <div className={styles.root}>
      <span id={headingId} className={styles.heading}>
        {t("heading")}
      </span>
      <ul className={styles.list} aria-labelledby={headingId}>
        {goals.map((goal) => (
          <li key={goal}>{nameAgenda2030Goal(goal, locale)}</li>
        ))}
      </ul>
    </div>
  );
}
