import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import type { DirectoryPerson, ShellRole } from "../../../contracts/directory";
import { pickPeople } from "./pickPeople";
import { usePeopleDirectory } from "./usePeopleDirectory";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  person: { width: "100%", justifyContent: "flex-start", textAlign: "start" },
  personText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  unit: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
});

const roleKey = { medarbetare: "roleMedarbetare", chef: "roleChef", planner: "rolePlanner" } as const;
const groupKey = { medarbetare: "groupMedarbetare", chef: "groupChef", planner: "groupPlanner" } as const;

/** Local mode: choose any demo person (grouped by role, ordered by unit, searchable) to act as. */
export function PersonPicker(props: {
  readonly currentId: string | undefined;
  /** The dialog explains local mode; the start page already has said it. */
  readonly explain: boolean;
  /** The groups' headings sit under the page's (2) or the dialog's title (3). */
  readonly groupHeadingLevel?: 2 | 3;
  readonly onPick: (person: DirectoryPerson) => void;
}) {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState("");
  const directory = usePeopleDirectory(attempt);
  const headingIds = useId();
  const GroupHeading = props.groupHeadingLevel === 2 ? "h2" : "h3";
  const groupLabel = (role: ShellRole): string => t(groupKey[role]);
  const groups = useMemo(
    () => (directory.status === "loaded" ? pickPeople(directory.people, query, (r) => t(roleKey[r])) : []),
    [directory, query, t],
  );

  if (directory.status === "loading") return <Spinner size="small" label={t("pickerLoading")} />;
  if (directory.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t("pickerLoadFailed")}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setAttempt((n) => n + 1)}>{t("errorRetry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      {props.explain ? <Text>{t("pickerIntro")}</Text> : null}
      <SearchBox
        aria-label={t("pickerSearch")}
        placeholder={t("pickerSearch")}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {groups.length === 0 ? <Text role="status">{t("pickerNoMatch")}</Text> : null}
      <div className={styles.groups}>
        {groups.map((group) => (
          <section key={group.role} aria-labelledby={`${headingIds}-${group.role}`}>
            <GroupHeading id={`${headingIds}-${group.role}`} className={styles.groupHeading}>
              {groupLabel(group.role)} ({group.people.length + group.hidden})
            </GroupHeading>
            <ul className={styles.list}>
              {group.people.map((person) => (
                <li key={person.id}>
                  <Button
                    appearance={person.id === props.currentId ? "primary" : "subtle"}
                    aria-pressed={person.id === props.currentId}
                    className={styles.person}
                    onClick={() => props.onPick(person)}
                  >
                    <span className={styles.personText}>
                      <span>{person.name}</span>
                      <span className={styles.unit}>{person.unitName}</span>
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
            {group.hidden > 0 ? (
              <Text size={200}>
                {group.hidden === 1 ? t("pickerMoreOne") : t("pickerMore", { count: group.hidden })}
              </Text>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
