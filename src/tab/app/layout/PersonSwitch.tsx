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
import { useState } from "react";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import type { DirectoryPerson } from "../../../contracts/directory";
import { PersonPicker } from "../person/PersonPicker";
import { useFocusMain } from "./MainFocusContext";

/** Local mode's "who am I" button: shows the person acted as and opens the picker. */
export function PersonSwitch(props: {
  readonly person: DirectoryPerson | undefined;
  readonly onPick: (person: DirectoryPerson) => void;
}) {
  const t = useStrings(shellStrings);
  const [open, setOpen] = useState(false);
  const focusMain = useFocusMain();
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="outline" size="small">
          {props.person === undefined ? t("pickPerson") : t("actingAs", { name: props.person.name })}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("pickerTitle")}</DialogTitle>
          <DialogContent>
            <PersonPicker
              currentId={props.person?.id}
              explain
              onPick={(person) => {
                props.onPick(person);
                setOpen(false);
                // The view starts afresh as the new person: read it from its heading.
                focusMain();
              }}
            />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t("pickerClose")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
