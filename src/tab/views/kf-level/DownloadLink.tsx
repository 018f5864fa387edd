import { useState } from "react";
import { Link } from "@fluentui/react-components";
import { malOchBudgetDocxPath } from "../../api/kfLevelApiClient";
import { usePorts, useStrings } from "../../app";
import { kfLevelStrings } from "./strings";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";
import { saveDownload } from "../shared/saveDownload";

type Download =
  | { status: "idle" }
  | { status: "downloading" }
  | { status: "done"; fileName: string }
  | { status: "failed" };

/**
 * "Ladda ner Mål och budget (Word)": a real link to the server's file, fetched with the person's token (the
 * browser alone would not send it) and handed to the browser as a download.
 */
export function DownloadLink(props: { declarationId: string }) {
  const { declarationId } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const { kfLevel } = usePorts();
  const [download, setDownload] = useState<Download>({ status: "idle" });
  const fetchFile = async (from: HTMLElement): Promise<void> => {
    setDownload({ status: "downloading" });
    try {
      const file = await kfLevel.malOchBudgetFile(declarationId);
      saveDownload(file, from);
      setDownload({ status: "done", fileName: file.fileName });
    } catch {
      setDownload({ status: "failed" });
    }
  };
  return (
    <p className={styles.actions}>
      <Link
        href={malOchBudgetDocxPath(declarationId)}
        onClick={(event) => {
          event.preventDefault();
          if (download.status !== "downloading") void fetchFile(event.currentTarget);
        }}
      >
        {t("download")}
      </Link>
      <span role="status" aria-live="polite">
        {download.status === "downloading"
          ? t("downloading")
          : download.status === "done"
            ? t("downloaded", { file: download.fileName })
            : download.status === "failed"
              ? t("downloadFailed")
              : ""}
      </span>
    </p>
  );
}
