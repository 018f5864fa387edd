import type { ReactNode } from "react";
import { Subtitle2, Body1 } from "@fluentui/react-components";
import { useStatesStyles } from "./useStatesStyles.styles";

export interface EmptyStateProps {
  title: string;
  /** What to do next — an empty state always tells people how to fill it. */
  guidance: string;
  action?: ReactNode;
  /**
   * Where the title sits in the page's outline: 3 unless the view says otherwise (2 right under its h1; 1 when
   * the empty state is the whole view, so the view still has its main heading).
   */
  headingLevel?: 1 | 2 | 3 | 4;
}

export function EmptyState({ title, guidance, action, headingLevel = 3 }: EmptyStateProps) {
  const styles = useStatesStyles();
  return (
    <section className={styles.empty} aria-label={title}>
      <Subtitle2 as={`h${headingLevel}`}>{title}</Subtitle2>
      <Body1>{guidance}</Body1>
      {action}
    </section>
  );
}
