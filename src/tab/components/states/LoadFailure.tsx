import { useStrings } from "../../app";
import { describeError } from "../../hooks/describeError";
import { sharedStrings } from "../strings";
import { ErrorState } from "./ErrorState";

/** A failed load in the reader's language, with the domain's detail when it has one, and a retry. */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useStrings(sharedStrings);
  const description = describeError(error);
  const message = description.detail ? `${t(description.key)} ${description.detail}` : t(description.key);
  return (
    <ErrorState title={t("error.title")} message={message} retryLabel={t("error.retry")} onRetry={onRetry} />
  );
}
