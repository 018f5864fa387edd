import { useId, useState } from "react";
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { SavedProgramDeclaration } from "../../../contracts/kfLevelApi";
import { programDeclarationSchema } from "../../../domain";
import { usePorts, useStrings } from "../../app";
import { kfLevelStrings } from "./strings";
import { KfActionStatus, StoredChoice, useKfAction, type ActionState } from "./useKfAction";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

/** The politisk programförklaring: its title and text, written by a KF planner while the level is an utkast. */
export function DeclarationSection(props: {
  saved: SavedProgramDeclaration;
  version: string;
  edit: boolean;
  onSaved: (version: string) => void;
  onReload: () => void;
}) {
  const { saved, version, edit, onSaved, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const headingId = useId();
  const { declaration } = saved;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("declarationHeading")}
      </h2>
      {edit ? (
        <DeclarationForm saved={saved} version={version} onSaved={onSaved} onReload={onReload} />
      ) : (
        <div className={styles.card}>
          <h3 className={styles.cardHeading}>{declaration.title}</h3>
          <p className={styles.preWrap}>{declaration.text}</p>
        </div>
      )}
    </section>
  );
}

function DeclarationForm(props: {
  saved: SavedProgramDeclaration;
  version: string;
  onSaved: (version: string) => void;
  onReload: () => void;
}) {
  const { saved, version, onSaved, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const { kfLevel } = usePorts();
  const { state, run } = useKfAction();
  const { declaration } = saved;
  const [title, setTitle] = useState(declaration.title);
  const [text, setText] = useState(declaration.text);
  const [shown, setShown] = useState(false);
  const stored = storedOf(state);
  const save = (over: string): void => {
    setShown(true);
    if (title.trim() === "" || text.trim() === "") return;
    void run(
      async () => {
        const answer = await kfLevel.changeDeclaration(
          declaration.id,
          { title: title.trim(), text: text.trim() },
          over,
        );
        onSaved(answer.version);
      },
      t("saved"),
      onReload,
    );
  };
  return (
    <form
      className={styles.form}
      aria-label={t("declarationHeading")}
      onSubmit={(event) => {
        event.preventDefault();
        save(version);
      }}
    >
      <Field
        label={t("declarationTitle")}
        validationMessage={shown && title.trim() === "" ? t("required") : undefined}
      >
        <Input value={title} onChange={(_, data) => setTitle(data.value)} />
      </Field>
      <Field
        label={t("declarationText")}
        validationMessage={shown && text.trim() === "" ? t("required") : undefined}
      >
        <Textarea value={text} resize="vertical" rows={6} onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state.busy}>
          {state.busy ? t("saving") : t("save")}
        </Button>
      </div>
      <KfActionStatus state={state} onReload={onReload} />
      {stored === undefined ? null : (
        <StoredChoice
          stored={`${stored.title}\n${stored.text}`}
          busy={state.busy}
          onKeepMine={() => save(state.current?.version ?? version)}
          onUseTheirs={() => {
            setTitle(stored.title);
            setText(stored.text);
            onReload();
          }}
        />
      )}
    </form>
  );
}

const storedOf = (state: ActionState) => {
  const parsed = programDeclarationSchema.safeParse(state.current?.value);
  return parsed.success ? parsed.data : undefined;
};
