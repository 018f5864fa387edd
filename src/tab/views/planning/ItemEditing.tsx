import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { RemoveItem } from "./RemoveItem";
import { usePlanSection } from "./usePlanSection";

/**
 * An item's owner controls: "Ändra" opening its form in place (focus returns to "Ändra" when it closes) and
 * "Ta bort" asking first. Nothing for anyone who may not write the plan.
 */
export function ItemEditing(props: {
  title: string;
  edit: boolean;
  remove: () => Promise<unknown>;
  onReload: () => void;
  form: (close: () => void) => ReactNode;
}) {
  const { t } = usePlanSection();
  const [open, setOpen] = useState(false);
  const change = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (open || !closed.current) return;
    closed.current = false;
    change.current?.focus();
  }, [open]);
  if (!props.edit) return null;
  if (open) {
    return props.form(() => {
      closed.current = true;
      setOpen(false);
    });
  }
  return (
    <RemoveItem
      title={props.title}
      remove={props.remove}
      onRemoved={props.onReload}
      onReload={props.onReload}
    >
      <Button ref={change} onClick={() => setOpen(true)} aria-label={`${t("change")}: ${props.title}`}>
        {t("change")}
      </Button>
    </RemoveItem>
  );
}
