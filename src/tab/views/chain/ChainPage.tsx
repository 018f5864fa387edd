import { Field, MessageBar, MessageBarBody, SearchBox, Select } from "@fluentui/react-components";
import { useLocale, useStrings } from "../../app";
import {
  ChainBreadcrumbs,
  EmptyState,
  FocusAreaCircles,
  LoadFailure,
  LoadingSkeleton,
  SkippedRowsNotice,
  StatusBadge,
  type CircleFocusArea,
} from "../../components";
import { FOLLOW_UP_STATUSES, nameAgenda2030Goal } from "../../../domain";
import { kindKey, sharedStrings } from "../../components/strings";
import { useStatusText } from "../../hooks";
import { ChainDetails } from "./ChainDetails";
import { ChainTreeView } from "./ChainTreeView";
import { chainStrings } from "./strings";
import { useChainPage } from "./useChainPage";
import { useChainStyles } from "./useChainStyles.styles";

/** Kedjan — from the vision through the målområden down to the reader's own goals. */
export function ChainPage() {
  const page = useChainPage();
  const t = useStrings(chainStrings);
  const shared = useStrings(sharedStrings);
  const statusText = useStatusText();
  const styles = useChainStyles();
  const { locale } = useLocale();
  const { org, view, tree, shown } = page;
  const goalsOffered =
    page.goal === undefined || page.goalsOffered.includes(page.goal)
      ? page.goalsOffered
      : [...page.goalsOffered, page.goal].sort((a, b) => a - b);

  const years = [page.currentYear - 1, page.currentYear, page.currentYear + 1];
  if (!years.includes(page.year)) years.push(page.year);

  const filters = (
    <fieldset className={styles.filters}>
      <legend className={styles.filterLegend}>{t("filters")}</legend>
      <Field label={t("board")}>
        <Select
          value={org?.boardId ?? ""}
          onChange={(_, data) => page.setFilter({ namnd: data.value, forvaltning: "", enhet: "", item: "" })}
        >
          {(org?.boards ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("administration")}>
        <Select
          value={org?.administrationId ?? ""}
          onChange={(_, data) => page.setFilter({ forvaltning: data.value, enhet: "", item: "" })}
        >
          {(org?.administrations ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("unit")}>
        <Select value={page.enhet ?? ""} onChange={(_, data) => page.setFilter({ enhet: data.value })}>
          <option value="">{t("allUnits")}</option>
          {(view?.units ?? [])
            .filter((u) => u.kind !== "administration" && u.kind !== "board")
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </Select>
      </Field>
      <Field label={t("year")}>
        <Select
          value={String(page.year)}
          onChange={(_, data) => page.setFilter({ ar: data.value, item: "" })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("agenda2030")} className={styles.goalField}>
        <Select
          className={styles.goalSelect}
          value={page.goal === undefined ? "" : String(page.goal)}
          onChange={(_, data) => page.setFilter({ globalmal: data.value })}
        >
          <option value="">{t("allGoals")}</option>
          {goalsOffered.map((goal) => (
            <option key={goal} value={goal}>
              {nameAgenda2030Goal(goal, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("search")}>
        <SearchBox
          className={styles.search}
          value={page.query}
          onChange={(_, data) => page.setFilter({ q: data.value }, { replace: true })}
        />
      </Field>
    </fieldset>
  );

  const header = (
    <header>
      <h1 className={styles.title}>{t("title")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
    </header>
  );

  if (page.units.state.status === "failed") {
    return (
      <div className={styles.page}>
        {header}
        <LoadFailure error={page.units.state.error} onRetry={page.units.reload} />
      </div>
    );
  }
  if (page.units.state.status === "loading" || page.chain.state.status === "loading") {
    return (
      <div className={styles.page}>
        {header}
        <LoadingSkeleton label={t("loading")} rows={8} />
      </div>
    );
  }
  if (page.chain.state.status === "failed") {
    return (
      <div className={styles.page}>
        {header}
        {filters}
        <LoadFailure error={page.chain.state.error} onRetry={page.chain.reload} />
      </div>
    );
  }
  if (view === null || tree === undefined) {
    return (
      <div className={styles.page}>
        {header}
        {filters}
        <EmptyState title={t("noAdministration")} guidance={t("noAdministrationHelp")} headingLevel={2} />
      </div>
    );
  }

  const statusOf = new Map(
    tree.children.flatMap((area) => area.children.map((child) => [child.key, child.status] as const)),
  );
  const circles: CircleFocusArea[] = view.focusAreas.map((area) => ({
    id: area.id,
    kind: area.dimension,
    name: area.heading,
    indicators: view.kfIndicators
      .filter((k) => k.focusAreaId === area.id)
      .sort((a, b) => a.number - b.number)
      .map((k) => {
        const status = statusOf.get(`kf-indicator:${k.id}`);
        return {
          id: k.id,
          mark: String(k.number),
          name: k.name,
          ...(status ? { status, statusLabel: statusText(status) } : {}),
        };
      }),
  }));
  // Say which plans the chain lacks this year, so a short chain is not mistaken for an error.
  const planOwner = view.units.find((u) => u.id === page.enhet) ?? view.administration;
  const missingPlans = [
    ...(view.boardPlans.length === 0
      ? [t("boardPlanMissing", { board: view.board.name, year: view.year })]
      : []),
    ...(view.workPlans.some((p) => p.ownerUnitId === planOwner.id)
      ? []
      : [t("workPlanMissing", { unit: planOwner.name, year: view.year })]),
  ];
  const selected = page.selectedPath[page.selectedPath.length - 1];
  const selectedIndicator = selected?.kind === "kf-indicator" ? selected.id : undefined;

  return (
    <div className={styles.page}>
      {header}
      {filters}
      <SkippedRowsNotice
        count={view.skippedRows}
        one={t("skippedRowsOne")}
        other={t("skippedRowsOther", { count: view.skippedRows ?? 0 })}
      />
      {missingPlans.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{[...missingPlans, t("plansMissingHelp")].join(" ")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {page.selectionMissing ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("selectionMissing", { year: page.year })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {page.ownFailed ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("ownGoalsFailed")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.layout}>
        <section className={styles.side} aria-label={t("circlesTitle")}>
          <FocusAreaCircles
            title={t("circlesTitle")}
            focusAreas={circles}
            {...(selectedIndicator ? { selectedIndicatorId: selectedIndicator } : {})}
            onSelectIndicator={(id) => page.select(`kf-indicator:${id}`)}
          />
          <span className={styles.muted}>{t("circlesHelp")}</span>
          <ul className={styles.statusLegend} aria-label={t("statusLegend")}>
            {FOLLOW_UP_STATUSES.map((status) => (
              <li key={status}>
                <StatusBadge status={status} label={statusText(status)} />
              </li>
            ))}
          </ul>
        </section>
        <div className={styles.main}>
          {page.selectedPath.length > 0 ? (
            <ChainBreadcrumbs
              label={t("breadcrumbs")}
              steps={page.selectedPath.map((node) => ({
                key: node.key,
                label:
                  node.kind === "group-assignments"
                    ? t("groupAssignments")
                    : node.kind === "group-core-mission"
                      ? t("groupCoreMission")
                      : node.kind === "vision"
                        ? shared(kindKey("vision"))
                        : node.label,
                onSelect: () => page.select(node.key),
              }))}
            />
          ) : null}
          {selected ? (
            <ChainDetails
              node={selected}
              view={view}
              ownGoals={page.ownGoals}
              ownFollowUps={page.ownFollowUps}
              {...(page.ar === undefined ? {} : { ar: page.ar })}
            />
          ) : (
            <span className={styles.muted}>{t("selectSomething")}</span>
          )}
          {shown ? (
            <ChainTreeView
              root={shown}
              label={t("treeLabel")}
              openItems={page.openItems}
              selectedKey={selected?.key}
              onSelect={page.select}
              onToggle={page.toggle}
            />
          ) : (
            <EmptyState
              title={
                page.goal !== undefined && page.query === ""
                  ? t("noGoalMatch", { goal: nameAgenda2030Goal(page.goal, locale) })
                  : t("noMatch", { q: page.query })
              }
              guidance={t("noMatchHelp")}
              headingLevel={2}
            />
          )}
        </div>
      </div>
    </div>
  );
}
