import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { StatusBadgeProps, StatusCode } from "./StatusBadge.types";

// Fluent's semantic badge colours follow the Teams light, dark and high-contrast themes on their own.
const colourByStatus: Record<StatusCode, NonNullable<BadgeProps["color"]>> = {
  "not-started": "informative",
  "on-track": "success",
  "at-risk": "warning",
  "off-track": "danger",
  done: "brand",
};

// A shape beside the text as a second non-colour cue for people scanning a long list.
export const markByStatus: Readonly<Record<StatusCode, string>> = {
  "not-started": "○",
  "on-track": "●",
  "at-risk": "▲",
  "off-track": "◆",
  done: "✓",
};

export function StatusBadge({ status, label, size = "medium" }: StatusBadgeProps) {
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      size={size === "large" ? "extra-large" : "large"}
      color={colourByStatus[status]}
      data-status={status}
    >
      <span aria-hidden="true">{markByStatus[status]}&nbsp;</span>
      {label}
    </Badge>
  );
}
