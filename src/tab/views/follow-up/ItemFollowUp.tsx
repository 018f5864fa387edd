import { useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
} from "@fluentui/react-components";
import type { PlanItemWire } from "../../../contracts/planFollowUpApi";
import { ConflictError, FOLLOW_UP_STATUSES, followUpSchema, type FollowUpStatus } from "../../../domain";
import { useLocale, usePorts, useStrings } from "../../app";
import { StatusBadge } from "../../components";
import { useStatusText } from "../../hooks";
import { saveFailureText } from "./failureText";
import { followUpStrings } from "./strings";
import { useFollowUpStyles } from "./useFollowUpStyles.styles";

type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved" }
  | { readonly kind: "failed"; readonly message: string }
  | {
      readonly kind: "conflict";
      readonly version: string;
      readonly status: FollowUpStatus;
      readonly comment: string;
    };

export const dayOf = (instant: string, locale: "sv" | "en"): string =>
  new Date(instant).toLocaleDateString(locale === "sv" ? "sv-SE" : "en-GB");

/**
 * One plan item for the period: its status and bedömning, editable by the unit's owners. A failed save
 * keeps what was typed and says why; when someone else saved first, the stored value is shown and the
 * owner chooses which applies (theirs, or theirs overwritten with the version just read).
 */
export function ItemFollowUp(props: {
  item: PlanItemWire;
  kindLabel: string;
  period: string;
  editable: boolean;
  headingLevel: 2 | 3;
  onSaved: () => void;
}) {
  const { item, kindLabel, period, editable, onSaved } = props;
  const t = useStrings(followUpStrings);
  const statusText = useStatusText();
  const { locale } = useLocale();
  const { planFollowUps } = usePorts();
  const styles = useFollowUpStyles();
  const stored = item.followUp?.followUp;
  const [status, setStatus] = useState<FollowUpStatus>(stored?.status ?? "on-track");
  const [text, setText] = useState(stored?.comment ?? "");
  const [version, setVersion] = useState(item.followUp?.version);
  const [recordedAt, setRecordedAt] = useState(stored?.recordedAt);
  const [shown, setShown] = useState(stored?.status);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const Heading = props.headingLevel === 2 ? "h2" : "h3";

  const send = async (expected: string | undefined): Promise<void> => {
    setSave({ kind: "saving" });
    try {
      const saved = await planFollowUps.record(
        { kind: item.kind, id: item.id },
        period,
        { status, ...(text.trim() === "" ? {} : { comment: text }) },
        expected,
      );
      setVersion(saved.version);
      setRecordedAt(saved.value.recordedAt);
      setShown(saved.value.status);
      setSave({ kind: "saved" });
      onSaved();
    } catch (error: unknown) {
      if (error instanceof ConflictError) {
        const current = followUpSchema.safeParse(error.current.value);
        if (current.success) {
          setSave({
            kind: "conflict",
            version: error.current.version,
            status: current.data.status,
            comment: current.data.comment ?? "",
          });
          return;
        }
      }
      setSave({ kind: "failed", message: saveFailureText(error, t("saveFailed")) });
    }
  };

  return (
    <li className={styles.card} data-item={`${item.kind}:${item.id}`}>
      <span className={styles.muted}>{kindLabel}</span>
      <Heading className={styles.cardHeading}>{item.title}</Heading>
      <div className={styles.row}>
        {recordedAt === undefined || shown === undefined ? (
          <span className={styles.muted}>{t("notRecorded")}</span>
        ) : (
          <>
            <StatusBadge status={shown} label={statusText(shown)} />
            <span className={styles.muted}>{t("savedAt", { date: dayOf(recordedAt, locale) })}</span>
          </>
        )}
      </div>
      {editable ? (
        <form
          className={styles.section}
          onSubmit={(event) => {
            event.preventDefault();
            void send(version);
          }}
        >
          <Field label={t("status")} className={styles.field}>
            <Select
              value={status}
              onChange={(_, data) => {
                const next = FOLLOW_UP_STATUSES.find((s) => s === data.value);
                if (next !== undefined) setStatus(next);
              }}
            >
              {FOLLOW_UP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusText(s)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("assessment")} className={styles.field}>
            <Textarea value={text} resize="vertical" onChange={(_, data) => setText(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={save.kind === "saving"}>
              {save.kind === "saving" ? t("saving") : t("save")}
            </Button>
            <span role="status">{save.kind === "saved" ? t("saved") : ""}</span>
          </div>
          {save.kind === "failed" ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{save.message}</MessageBarBody>
            </MessageBar>
          ) : null}
          {save.kind === "conflict" ? (
            <MessageBar intent="warning" layout="multiline" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{t("conflictTitle")}</MessageBarTitle>
                {t("conflictHelp", {
                  status: statusText(save.status),
                  text: save.comment === "" ? t("conflictEmpty") : save.comment,
                })}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void send(save.version)}>{t("keepMine")}</Button>
                <Button
                  onClick={() => {
                    setStatus(save.status);
                    setText(save.comment);
                    setVersion(save.version);
                    setShown(save.status);
                    setSave({ kind: "idle" });
                    onSaved();
                  }}
                >
                  {t("useTheirs")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
        </form>
      ) : stored?.comment === undefined ? null : (
        <p className={styles.preWrap}>{stored.comment}</p>
      )}
    </li>
  );
}
