import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";

/** What a crashed view shows: a plain-language message and a way to try again. */
export function ErrorFallback(props: { readonly retry: () => void }) {
  const t = useStrings(shellStrings);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {t("errorBody")}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.retry}>{t("errorRetry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
