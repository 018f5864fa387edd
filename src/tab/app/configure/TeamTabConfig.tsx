import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { OrgUnit } from "../../../domain";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import { usePlatform } from "../platform/PlatformContext";
import { useCurrentPerson, usePorts } from "../ports/PortsContext";
import { connectTeamTabSave } from "./saveTeamTab";
import { teamTabInstance, type TeamTabInstance } from "./teamTabInstance";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "32rem" },
});

/** The team tab's configuration page: a chef picks one of their units; Teams saves `#/mitt-team?enhet=…`. */
export function TeamTabConfig(props: { readonly inTeams: boolean }) {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const { directory } = usePorts();
  const person = useCurrentPerson();
  const { origin } = usePlatform();
  const [units, setUnits] = useState<readonly OrgUnit[] | "failed" | undefined>(undefined);
  const [unitId, setUnitId] = useState("");

  useEffect(() => {
    let current = true;
    // A chef's own units first; anyone else (a planner setting up a team) may choose any enhet.
    directory
      .unitsLedBy(person.id)
      .then(async (led) =>
        led.length > 0 ? led : (await directory.allUnits()).filter((u) => u.kind === "unit"),
      )
      .then((found) => {
        if (current) setUnits([...found].sort((a, b) => a.name.localeCompare(b.name, "sv")));
      })
      .catch(() => {
        if (current) setUnits("failed");
      });
    return () => {
      current = false;
    };
  }, [directory, person.id]);

  const [choose, setChoose] = useState<((instance: TeamTabInstance | undefined) => void) | undefined>();
  useEffect(() => {
    if (!props.inTeams) return;
    let current = true;
    void connectTeamTabSave().then((update) => {
      if (current) setChoose(() => update);
    });
    return () => {
      current = false;
    };
  }, [props.inTeams]);
  const unit = units === "failed" ? undefined : units?.find((u) => u.id === unitId);
  useEffect(
    () => choose?.(unit === undefined ? undefined : teamTabInstance(origin, unit)),
    [choose, unit, origin],
  );

  return (
    <section className={styles.root} aria-labelledby="configure-title">
      <h1 id="configure-title">{t("configureTitle")}</h1>
      <Text>{t("configureIntro")}</Text>
      {units === undefined ? (
        <Spinner size="small" label={t("configureLoading")} />
      ) : units === "failed" || units.length === 0 ? (
        <MessageBar intent={units === "failed" ? "error" : "info"} layout="multiline">
          <MessageBarBody>{units === "failed" ? t("configureFailed") : t("configureNone")}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={t("configureUnit")}>
          <Select value={unitId} onChange={(_, data) => setUnitId(data.value)}>
            <option value="" disabled>
              —
            </option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {unit === undefined ? null : <Text>{t("configureChosen", { unit: unit.name })}</Text>}
    </section>
  );
}
