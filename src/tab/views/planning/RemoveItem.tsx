import { useState, type ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { ActionStatus, usePlanAction } from "./usePlanAction";
import { usePlanSection } from "./usePlanSection";

/**
 * An item's row of buttons ending in "Ta bort": asks first in a dialog (focus moves into it and back; Esc cancels), then
 * removes at the version read. A refusal — something still depends on it, someone changed it — is shown
 * in the server's Swedish words beside the item, which stays.
 */
export function RemoveItem(props: {
  title: string;
  remove: () => Promise<unknown>;
  onRemoved: () => void;
  onReload: () => void;
  /** Buttons before "Ta bort" in the same row ("Ändra"). */
  children?: ReactNode;
}) {
  const { t, styles } = usePlanSection();
  const { state, run } = usePlanAction();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className={styles.actions}>
        {props.children}
        <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
          <DialogTrigger disableButtonEnhancement>
            <Button disabled={state.busy} aria-label={`${t("remove")}: ${props.title}`}>
              {state.busy ? t("removing") : t("remove")}
            </Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("removeTitle", { title: props.title })}</DialogTitle>
              <DialogContent className={styles.preWrap}>{t("removeBody")}</DialogContent>
              <DialogActions fluid>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setOpen(false);
                    void run(props.remove, "", props.onRemoved);
                  }}
                >
                  {t("remove")}
                </Button>
                <DialogTrigger disableButtonEnhancement>
                  <Button>{t("cancel")}</Button>
                </DialogTrigger>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </div>
      <ActionStatus state={state} onReload={props.onReload} />
    </>
  );
}
