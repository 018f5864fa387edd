import { Link } from "@fluentui/react-components";
import type { ReachGroup, ReachReport } from "../../../contracts/reachApi";
import { useLocale, useStrings } from "../../app";
import type { ReachFormats } from "./formats";
import { groupKey, reachRings, share } from "./reachModel";
import { reachStrings } from "./strings";
import { useReachStyles } from "./useReachStyles.styles";

const DIMENSIONS = ["social", "economic", "ecological"] as const;
/** Columns after the group's name: staff, with agreed goals, the three målområden, follow-ups on time. */
const FIGURE_COLUMNS = 6;

/** The reason a group has no figures: the server's Swedish words, or the same in English. */
export function useSuppressionText(): (group: ReachGroup, minimum: number) => string {
  const t = useStrings(reachStrings);
  const { locale } = useLocale();
  return (group, minimum) => {
    if (group.result.shown) return "";
    return locale === "sv" ? group.result.text : t(`reason.${group.result.reason}`, { minimum });
  };
}

/**
 * Every group the person may see, top down and indented by depth: its figures, or the reason it has none.
 * A group's name selects it above the table.
 */
export function GroupTable(props: {
  report: ReachReport;
  selected: ReachGroup | undefined;
  onSelect: (key: string) => void;
  formats: ReachFormats;
}) {
  const t = useStrings(reachStrings);
  const styles = useReachStyles();
  const suppression = useSuppressionText();
  const { report, formats } = props;
  const caption = t("groupsCaption", { year: report.year });
  return (
    <div className={styles.tableWrap} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colGroup")}</th>
            <th scope="col" className="number">
              {t("colStaff")}
            </th>
            <th scope="col" className="number">
              {t("colWithGoals")}
            </th>
            {DIMENSIONS.map((d) => (
              <th key={d} scope="col" className="number">
                {/* Short, so the table fits beside the names; the circles' legend gives the full headings. */}
                {t(`column.${d}`)}
              </th>
            ))}
            <th scope="col" className="number">
              {t("colOnTime")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.groups.map((group) => {
            const key = groupKey(group);
            const current = props.selected !== undefined && groupKey(props.selected) === key;
            const result = group.result;
            const rings = result.shown ? reachRings(report, result.figures) : [];
            return (
              <tr key={key} data-group={key} className={current ? styles.currentRow : undefined}>
                <th
                  scope="row"
                  className="name"
                  style={{ paddingInlineStart: `${0.5 + group.depth * 1.25}rem` }}
                >
                  <Link
                    as="button"
                    className={styles.groupLink}
                    aria-current={current ? "true" : undefined}
                    onClick={() => props.onSelect(key)}
                  >
                    {group.name}
                  </Link>
                </th>
                {result.shown ? (
                  <>
                    <td className="number">{formats.number(result.figures.staff)}</td>
                    <td className="number">
                      {`${formats.number(result.figures.staffWithAgreedGoals)} (${formats.percent(
                        share(result.figures.staffWithAgreedGoals, result.figures.staff),
                      )})`}
                    </td>
                    {DIMENSIONS.map((d) => {
                      const ring = rings.find((r) => r.dimension === d);
                      return (
                        <td key={d} className="number">
                          {ring === undefined ? t("none") : formats.percent(ring.share)}
                        </td>
                      );
                    })}
                    <td className="number">
                      {result.figures.followUpsDue === 0
                        ? t("none")
                        : formats.percent(share(result.figures.followUpsOnTime, result.figures.followUpsDue))}
                    </td>
                  </>
                ) : (
                  <td colSpan={FIGURE_COLUMNS} className={styles.suppressed}>
                    {suppression(group, report.minimumGroupSize)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
