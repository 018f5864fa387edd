import { useId, useMemo } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
} from "@fluentui/react-components";
import type { ReachGroup, ReachReport } from "../../../contracts/reachApi";
import { ForbiddenError } from "../../../domain";
import { useLocale, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton } from "../../components";
import { reachFormats, type ReachFormats } from "./formats";
import { GroupTable, useSuppressionText } from "./GroupTable";
import { ItemCounts } from "./ItemCounts";
import { KeyFigures } from "./KeyFigures";
import { ReachCircles } from "./ReachCircles";
import { groupKey, kfIndicatorRows, milestoneRows, reachRings, selectedGroup } from "./reachModel";
import { reachStrings } from "./strings";
import { useReachPage, type ExportState } from "./useReachPage";
import { useReachStyles } from "./useReachStyles.styles";

/** Options are indented by depth with no-break spaces: a select's options cannot be styled one by one. */
const indent = (depth: number) => "\u00a0\u00a0\u00a0".repeat(depth);

/**
 * Räckvidd — "Når vår inriktning medarbetarna?": for a year and a group, the three målområden's circles filled by
 * the share of the group's staff whose agreed goals reach them, the key figures, counts per KF indicator and
 * etappmål, every group in a table, and the Excel export. Counts only: the server never answers a name.
 */
export function ReachPage() {
  const t = useStrings(reachStrings);
  const { locale } = useLocale();
  const styles = useReachStyles();
  const page = useReachPage();
  const ids = useId();
  const formats = useMemo(() => reachFormats(locale), [locale]);
  const { state } = page;
  const report = state.status === "ready" ? state.data : undefined;
  const group = report === undefined ? undefined : selectedGroup(report, page.enhet);

  const controls = (
    <div className={styles.controls}>
      <Field label={t("year")}>
        <Select value={String(page.year)} onChange={(_, data) => page.setYear(Number(data.value))}>
          {page.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      {report === undefined || group === undefined ? null : (
        <Field label={t("group")} className={styles.groupField}>
          <Select value={groupKey(group)} onChange={(_, data) => page.setGroup(data.value)}>
            {report.groups.map((g) => (
              <option key={groupKey(g)} value={groupKey(g)}>
                {indent(g.depth) + g.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
  const header = (
    <header className={styles.header}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p className={styles.question}>{t("question")}</p>
      <p className={styles.muted}>{t("intro")}</p>
    </header>
  );

  if (state.status === "loading")
    return (
      <div className={styles.page}>
        {header}
        {controls}
        <LoadingSkeleton label={t("loading")} rows={8} />
      </div>
    );
  if (state.status === "failed")
    return (
      <div className={styles.page}>
        {header}
        {controls}
        {state.error instanceof ForbiddenError ? (
          // A medarbetare: a plain refusal, no figures, nothing to retry.
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("forbiddenTitle")}</MessageBarTitle>
              {t("forbidden")}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <LoadFailure error={state.error} onRetry={page.reload} />
        )}
      </div>
    );
  const data = state.data;
  return (
    <div className={styles.page}>
      {header}
      {controls}
      <p className={styles.muted}>{t("computedAt", { time: formats.instant(data.computedAt) })}</p>
      {group === undefined ? (
        <EmptyState title={t("noGroups")} guidance={t("noGroupsHelp")} headingLevel={2} />
      ) : (
        <GroupReach report={data} group={group} formats={formats} />
      )}
      {data.groups.length === 0 ? null : (
        <section className={styles.section} aria-labelledby={`${ids}-groups`}>
          <h2 id={`${ids}-groups`} className={styles.sectionHeading}>
            {t("groups")}
          </h2>
          <GroupTable report={data} selected={group} onSelect={page.setGroup} formats={formats} />
          <div className={styles.exportRow}>
            <Button
              appearance="primary"
              disabled={page.exported.status === "exporting"}
              onClick={(event) => void page.exportExcel(event.currentTarget)}
            >
              {t("export")}
            </Button>
            <p className={styles.muted} role="status" aria-live="polite">
              {exportMessage(page.exported, t)}
            </p>
          </div>
        </section>
      )}
      <section className={styles.section} aria-labelledby={`${ids}-explain`}>
        <h2 id={`${ids}-explain`} className={styles.sectionHeading}>
          {t("explanationTitle")}
        </h2>
        <p className={styles.prose}>{t("explainCount")}</p>
        <p className={styles.prose}>{t("explainChain")}</p>
        <p className={styles.prose}>{t("explainOnTime")}</p>
        <p className={styles.prose}>{t("explainPrivacy", { minimum: data.minimumGroupSize })}</p>
      </section>
    </div>
  );
}

/** One group: its circles, key figures and counts per KF indicator and etappmål, or why it has no figures. */
function GroupReach(props: { report: ReachReport; group: ReachGroup; formats: ReachFormats }) {
  const t = useStrings(reachStrings);
  const styles = useReachStyles();
  const suppression = useSuppressionText();
  const ids = useId();
  const { report, group, formats } = props;
  const headingId = `${ids}-group`;
  if (!group.result.shown)
    return (
      <section className={styles.section} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.sectionHeading}>
          {group.name}
        </h2>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("suppressedTitle", { group: group.name })}</MessageBarTitle>
            {suppression(group, report.minimumGroupSize)}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  const { figures } = group.result;
  const rings = reachRings(report, figures);
  const ringText = (ring: (typeof rings)[number]) =>
    t("ringShare", {
      heading: ring.heading,
      position: t(`position.${ring.dimension}`),
      percent: formats.percent(ring.share),
      staff: formats.number(ring.staff),
      total: formats.number(figures.staff),
    });
  const milestones = milestoneRows(report, group, figures);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {group.name}
      </h2>
      <h3 className={styles.subHeading}>{t("circlesTitle", { group: group.name })}</h3>
      <ReachCircles
        rings={rings}
        label={t("circlesLabel", { group: group.name, rings: rings.map(ringText).join("; ") })}
        ringText={ringText}
        formatPercent={formats.percent}
      />
      <div role="group" aria-labelledby={`${ids}-figures`} className={styles.block}>
        <h3 id={`${ids}-figures`} className={styles.subHeading}>
          {t("keyFigures")}
        </h3>
        <KeyFigures figures={figures} year={report.year} formats={formats} />
      </div>
      <h3 className={styles.subHeading}>{t("kfIndicators")}</h3>
      <ItemCounts
        caption={t("kfIndicatorsCaption")}
        rows={kfIndicatorRows(report, figures)}
        formats={formats}
      />
      <h3 className={styles.subHeading}>{t("milestones")}</h3>
      {milestones.length === 0 ? (
        <p className={styles.muted}>{t("noMilestones")}</p>
      ) : (
        <ItemCounts caption={t("milestonesCaption")} rows={milestones} formats={formats} />
      )}
    </section>
  );
}

function exportMessage(
  exported: ExportState,
  t: (key: "exporting" | "exported" | "exportFailed", values?: Record<string, string>) => string,
): string {
  switch (exported.status) {
    case "idle":
      return "";
    case "exporting":
      return t("exporting");
    case "done":
      return t("exported", { file: exported.fileName });
    case "failed":
      return t("exportFailed");
  }
}
