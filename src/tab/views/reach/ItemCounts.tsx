import type { ReachItemRow } from "./reachModel";
import { useStrings } from "../../app";
import type { ReachFormats } from "./formats";
import { reachStrings } from "./strings";
import { useReachStyles } from "./useReachStyles.styles";

/** How many people and goals of the group reach each KF indicator or etappmål, named from the report's lists. */
export function ItemCounts(props: { caption: string; rows: readonly ReachItemRow[]; formats: ReachFormats }) {
  const t = useStrings(reachStrings);
  const styles = useReachStyles();
  return (
    <div className={styles.tableWrap} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={styles.table}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colItem")}</th>
            <th scope="col" className="number">
              {t("colStaff")}
            </th>
            <th scope="col" className="number">
              {t("colGoals")}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="name">
                {row.name}
              </th>
              <td className="number">{props.formats.number(row.staff)}</td>
              <td className="number">{props.formats.number(row.goals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
