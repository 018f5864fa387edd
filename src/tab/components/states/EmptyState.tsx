import type { ReactNode } from "react";
import { Subtitle2, Body1 } from "@fluentui/react-components";
import { useStatesStyles } from "./useStatesStyles.styles";

export interface EmptyStateProps {
  title: string;
  /** What to do next — an empty state always tells people how to fill it. */
  guidance: string;
  action?: ReactNode;
}

export function EmptyState({ title, guidance, action }: EmptyStateProps) {
  const styles = useStatesStyles();
  return (
    <section className={styles.empty} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Body1>{guidance}</Body1>
      {action}
    </section>
  );
}
