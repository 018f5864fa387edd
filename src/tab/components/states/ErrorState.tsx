import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

export interface ErrorStateProps {
  title: string;
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
}

/** A failure people can act on: what went wrong in plain words and, when it makes sense, a retry. */
export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry && retryLabel ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{retryLabel}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
