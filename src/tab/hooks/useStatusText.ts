import { useCallback } from "react";
import type { FollowUpStatus } from "../../domain";
import { useStrings } from "../app";
import { sharedStrings } from "../components/strings";

/** The status in the reader's language ("Pågår enligt plan" / "On track"); no follow-up yet has its own words. */
export function useStatusText(): (status: FollowUpStatus | undefined) => string {
  const t = useStrings(sharedStrings);
  return useCallback((status) => (status === undefined ? t("status.none") : t(`status.${status}`)), [t]);
}
