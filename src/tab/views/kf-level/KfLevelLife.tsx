import { useId, useState } from "react";
import { Button, Field, Input, Link } from "@fluentui/react-components";
import type { ProgramDeclaration } from "../../../domain";
import { formatRoute, usePorts, useStrings } from "../../app";
import { nextMandateId, type KfOffers } from "./kfLevelModel";
import { kfLevelStrings } from "./strings";
import { KfActionStatus, useKfAction } from "./useKfAction";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";

/** The KF level's life: fastställ with KF's decision, open a new version, start the next mandate period. */
export function KfLevelLife(props: {
  declaration: ProgramDeclaration;
  version: string;
  offers: KfOffers;
  onReload: () => void;
}) {
  const { declaration, version, offers, onReload } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const headingId = useId();
  const { kfLevel } = usePorts();
  const { state, run } = useKfAction();
  const [decision, setDecision] = useState("");
  const [missing, setMissing] = useState(false);
  const [started, setStarted] = useState<string | undefined>();
  if (!offers.adopt && !offers.newVersion && !offers.nextMandate) return null;
  const first = declaration.mandate.lastYear + 1;
  const last = declaration.mandate.lastYear + 4;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionHeading}>
        {t("lifeHeading")}
      </h2>
      {offers.adopt ? (
        <form
          className={styles.form}
          aria-label={t("adopt")}
          // Our own Swedish message for a missing decision, not the browser's.
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const reference = decision.trim();
            setMissing(reference === "");
            if (reference === "") return;
            void run(() => kfLevel.adopt(declaration.id, reference, version), t("adopted"), onReload);
          }}
        >
          <Field
            label={t("decisionReferenceRequired")}
            hint={t("decisionHint")}
            required
            validationMessage={missing ? t("required") : undefined}
          >
            <Input value={decision} onChange={(_, data) => setDecision(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={state.busy}>
              {t("adopt")}
            </Button>
          </div>
        </form>
      ) : null}
      <div className={styles.actions}>
        {offers.newVersion ? (
          <Button
            disabled={state.busy}
            onClick={() =>
              void run(() => kfLevel.newVersion(declaration.id, version), t("versionCreated"), onReload)
            }
          >
            {t("newVersion")}
          </Button>
        ) : null}
        {offers.nextMandate ? (
          <Button
            disabled={state.busy}
            onClick={() => {
              const id = nextMandateId(declaration);
              void run(
                async () => {
                  await kfLevel.nextMandate(declaration.id, id);
                  setStarted(id);
                },
                t("nextMandateStarted", { first, last }),
                // The mandates' list now holds the new one, so its link opens it.
                onReload,
              );
            }}
          >
            {t("nextMandate")}
          </Button>
        ) : null}
      </div>
      <KfActionStatus state={state} onReload={onReload} />
      {started === undefined ? null : (
        <p className={styles.preWrap}>
          <Link href={formatRoute({ view: "mal-och-budget", mandat: started })}>
            {t("openNextMandate", { first, last })}
          </Link>
        </p>
      )}
    </section>
  );
}
