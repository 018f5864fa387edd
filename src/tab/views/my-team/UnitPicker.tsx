import { Field, Select } from "@fluentui/react-components";
import { useStrings } from "../../app";
import { useAllUnits } from "../../hooks";
import { myTeamStrings } from "./strings";

/** For a chef of several units: which team to show. Names come from the organisation tree. */
export function UnitPicker(props: {
  unitIds: readonly string[];
  value: string;
  onChange: (unitId: string) => void;
}) {
  const t = useStrings(myTeamStrings);
  const units = useAllUnits();
  const nameOf = (id: string) =>
    units.state.status === "ready" ? (units.state.data.find((u) => u.id === id)?.name ?? id) : id;
  return (
    <Field label={t("unit")}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        {props.unitIds.map((id) => (
          <option key={id} value={id}>
            {nameOf(id)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
