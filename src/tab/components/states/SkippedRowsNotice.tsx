import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface SkippedRowsNoticeProps {
  /** Stored items the view had to leave out; nothing is shown for none. */
  count: number | undefined;
  /** The view's words for exactly one item. */
  one: string;
  /** The view's words for `count` items (Swedish and English both say "1" one way, every other count another). */
  other: string;
}

/** Says, in plain words, that some stored items could not be shown and whom to tell; announced politely. */
export function SkippedRowsNotice({ count, one, other }: SkippedRowsNoticeProps) {
  if (count === undefined || count <= 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>{count === 1 ? one : other}</MessageBarBody>
    </MessageBar>
  );
}
