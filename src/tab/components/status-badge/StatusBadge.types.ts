/** The five follow-up statuses, as the domain names them. */
export type StatusCode = "not-started" | "on-track" | "at-risk" | "off-track" | "done";

export interface StatusBadgeProps {
  status: StatusCode;
  /** The status in words; the badge always shows it so colour is never the only signal. */
  label: string;
  size?: "medium" | "large";
}
