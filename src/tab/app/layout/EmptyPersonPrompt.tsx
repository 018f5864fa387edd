import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import type { DirectoryPerson } from "../../../contracts/directory";
import { PersonPicker } from "../person/PersonPicker";
import { useFocusMain } from "./MainFocusContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Local mode before anyone is picked: say what to do, with the picker right here. */
export function EmptyPersonPrompt(props: { readonly onPick: (person: DirectoryPerson) => void }) {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const focusMain = useFocusMain();
  return (
    <section className={styles.root} aria-labelledby="pick-person-title">
      <h1 id="pick-person-title" className={styles.heading}>
        {t("noPersonTitle")}
      </h1>
      <Text>{t("noPersonBody")}</Text>
      <PersonPicker
        currentId={undefined}
        explain={false}
        groupHeadingLevel={2}
        onPick={(person) => {
          props.onPick(person);
          focusMain();
        }}
      />
    </section>
  );
}
