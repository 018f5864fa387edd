import { useId, useMemo } from "react";
import { Button, Field, Select } from "@fluentui/react-components";
import { DEFAULT_FOLLOW_UP_CALENDAR } from "../../../domain";
import { useLocale, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton } from "../../components";
import { AssignmentList } from "./AssignmentList";
import { KfIndicatorSection } from "./KfIndicatorSection";
import { kfReportStrings } from "./strings";
import { useKfReportPage, type DownloadState } from "./useKfReportPage";
import { useKfReportStyles } from "./useKfReportStyles.styles";

const latest = "";

/**
 * Rapport till KF — the report back to kommunfullmäktige: under each målområde, in order, its KF indicators with
 * their outcome trend, every nämnd's indicators with etappmål and status for the period, and the uppdrag; with
 * Word and Excel downloads for the avstämningsärende.
 */
export function KfReportPage() {
  const t = useStrings(kfReportStrings);
  const { locale } = useLocale();
  const styles = useKfReportStyles();
  const page = useKfReportPage();
  const ids = useId();
  const formats = useMemo(() => {
    const tag = locale === "sv" ? "sv-SE" : "en-GB";
    const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    const dates = new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    return {
      number: (n: number) => numbers.format(n),
      date: (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`)),
    };
  }, [locale]);
  const { state } = page;

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
      <Field label={t("period")}>
        <Select
          value={page.period ?? latest}
          onChange={(_, data) => page.setPeriod(data.value === latest ? undefined : data.value)}
        >
          <option value={latest}>{t("latestPeriod")}</option>
          {DEFAULT_FOLLOW_UP_CALENDAR.periods.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );

  if (state.status === "loading")
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t("title")}</h1>
        {controls}
        <LoadingSkeleton label={t("loading")} rows={8} />
      </div>
    );
  if (state.status === "failed")
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t("title")}</h1>
        {controls}
        <LoadFailure error={state.error} onRetry={page.reload} />
      </div>
    );
  const report = state.data;
  const busy = page.download.status === "downloading";

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("title")}</h1>
        <p className={styles.subtitle}>
          {t("subtitle", {
            municipality: report.municipality,
            period: report.period.label,
            year: report.year,
          })}
        </p>
        <p className={styles.muted}>{t("intro")}</p>
        {report.boards.length === 0 ? null : (
          <p className={styles.muted}>{t("boards", { boards: report.boards.join(", ") })}</p>
        )}
        {controls}
        <div className={styles.downloads} role="group" aria-labelledby={`${ids}-download`}>
          <span id={`${ids}-download`}>{t("download")}</span>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={(event) => void page.downloadFile("docx", event.currentTarget)}
          >
            {t("downloadWord")}
          </Button>
          <Button disabled={busy} onClick={(event) => void page.downloadFile("xlsx", event.currentTarget)}>
            {t("downloadExcel")}
          </Button>
        </div>
        <p className={styles.muted} role="status" aria-live="polite">
          {downloadMessage(page.download, t)}
        </p>
      </header>
      {report.boards.length === 0 ? (
        <EmptyState
          title={t("noPlans", { year: report.year })}
          guidance={t("noPlansHelp")}
          headingLevel={2}
        />
      ) : null}
      {report.focusAreas.map((area) => (
        <section key={area.id} className={styles.focusArea} aria-labelledby={`${ids}-${area.id}`}>
          <h2 id={`${ids}-${area.id}`} className={styles.focusAreaHeading}>
            {area.heading}
          </h2>
          {area.indicators.map((kf) => (
            <KfIndicatorSection
              key={kf.id}
              indicator={kf}
              formatNumber={formats.number}
              formatDate={formats.date}
            />
          ))}
          <h3 className={styles.indicatorHeading}>{t("assignments")}</h3>
          <AssignmentList
            assignments={area.assignments}
            formatNumber={formats.number}
            formatDate={formats.date}
          />
        </section>
      ))}
      {report.assignmentsWithoutFocusArea.length === 0 ? null : (
        <section className={styles.focusArea} aria-labelledby={`${ids}-without`}>
          <h2 id={`${ids}-without`} className={styles.focusAreaHeading}>
            {t("assignmentsWithoutFocusArea")}
          </h2>
          <AssignmentList
            assignments={report.assignmentsWithoutFocusArea}
            formatNumber={formats.number}
            formatDate={formats.date}
          />
        </section>
      )}
    </div>
  );
}

function downloadMessage(
  download: DownloadState,
  t: (key: "downloading" | "downloaded" | "downloadFailed", values?: Record<string, string>) => string,
): string {
  switch (download.status) {
    case "idle":
      return "";
    case "downloading":
      return t("downloading", { format: download.format === "docx" ? "Word" : "Excel" });
    case "done":
      return t("downloaded", { file: download.fileName });
    case "failed":
      return t("downloadFailed");
  }
}
