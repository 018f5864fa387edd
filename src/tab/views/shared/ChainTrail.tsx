import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { kindKey, sharedStrings, type LabelledKind } from "../../components/strings";
import type { ActivityChain } from "./chainSteps";

const useStyles = makeStyles({
  trail: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
  },
  step: { display: "inline" },
  kind: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The chain from an item up to its målområde, as one readable line: "Etappmål: … → Nämndindikator: …".
 * `compact` keeps only where it ends (the målområde), for places that already show the full chain nearby;
 * `kinds` keeps only steps of those kinds (the indicators an item serves, say).
 */
export function ChainTrail({
  chain,
  label,
  compact = false,
  kinds,
}: {
  chain: ActivityChain;
  label: string;
  compact?: boolean;
  kinds?: readonly LabelledKind[];
}) {
  const t = useStrings(sharedStrings);
  const styles = useStyles();
  const shown = compact ? ["focus-area"] : kinds;
  const steps =
    shown === undefined ? chain.steps : chain.steps.filter((step) => shown.includes(step.ref.kind));
  return (
    <ol className={styles.trail} aria-label={label}>
      {steps.map((step, index) => (
        <li key={`${step.ref.kind}:${step.ref.id}`} className={styles.step}>
          {index > 0 ? <span aria-hidden="true">→ </span> : null}
          <span className={styles.kind}>{t(kindKey(step.ref.kind))}:</span> {step.label}
        </li>
      ))}
      {chain.servesCoreMission ? (
        <li className={styles.step}>
          {steps.length > 0 ? "→ " : ""}
          {t("coreMissionNoFocusArea")}
        </li>
      ) : null}
      {chain.assignmentWithoutFocusArea ? (
        <li className={styles.step}>
          {steps.length > 0 ? "→ " : ""}
          {t("assignmentNoFocusArea")}
        </li>
      ) : null}
    </ol>
  );
}
