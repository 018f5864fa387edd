import { Badge } from "@fluentui/react-components";
import type { ReportStatus as Status } from "../../../contracts/kfReport";
import { useStrings } from "../../app";
import { StatusBadge } from "../../components";
import { kfReportStrings } from "./strings";
import { useKfReportStyles } from "./useKfReportStyles.styles";

/** A status for the period in words (never colour alone), its value and comment when followed up. */
export function ReportStatus(props: { status: Status; unit?: string; formatNumber: (n: number) => string }) {
  const t = useStrings(kfReportStrings);
  const styles = useKfReportStyles();
  const { status } = props.status;
  return (
    <>
      <span className={styles.line}>
        {status === "not-followed-up" ? (
          <Badge appearance="outline" color="informative" shape="rounded" size="large" data-status={status}>
            <span aria-hidden="true">–&nbsp;</span>
            {t("notFollowedUp")}
          </Badge>
        ) : (
          <StatusBadge status={status} label={t(`status.${status}`)} />
        )}
        {props.status.value === undefined ? null : (
          <span>
            {t("value", {
              value: `${props.formatNumber(props.status.value)}${props.unit === undefined ? "" : ` ${props.unit}`}`,
            })}
          </span>
        )}
      </span>
      {props.status.comment === undefined ? null : <p className={styles.comment}>{props.status.comment}</p>}
    </>
  );
}
