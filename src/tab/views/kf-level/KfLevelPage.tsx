import { useId } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { MandateList } from "../../../contracts/kfLevelApi";
import { useNavigate, usePorts, useRoute, useStrings } from "../../app";
import { EmptyState, LoadFailure, LoadingSkeleton } from "../../components";
import { useLoad } from "../../hooks";
import { DeclarationSection } from "./DeclarationSection";
import { DownloadLink } from "./DownloadLink";
import { FocusAreaCard } from "./FocusAreaCard";
import { KfLevelLife } from "./KfLevelLife";
import { KfLevelSummary } from "./KfLevelSummary";
import { chosenMandateId, kfOffers, peopleOf } from "./kfLevelModel";
import { kfLevelStrings } from "./strings";
import { useKfLevelStyles } from "./useKfLevelStyles.styles";
import { useSavedVersion } from "./useKfAction";
import { VisionSection } from "./VisionSection";

/**
 * Mål och budget — the top of the chain for one mandate period: the vision, the politisk programförklaring,
 * the three målområden and under each its KF indicators, with the level's status. The kommun's planners
 * write it through the KF level API; everyone else reads it with a plain note of who changes it. The server
 * decides every write again.
 */
export function KfLevelPage() {
  const route = useRoute();
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const { kfLevel } = usePorts();
  const requested = route.view === "mal-och-budget" ? route.mandat : undefined;
  const { state, reload } = useLoad("kf-mandates", () => kfLevel.mandates());
  if (state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={8} />;
  if (state.status === "failed") return <LoadFailure error={state.error} onRetry={reload} />;
  const id = chosenMandateId(state.data, requested);
  if (id === undefined) {
    return (
      <div className={styles.page}>
        <EmptyState title={t("noMandateTitle")} guidance={t("noMandateHelp")} headingLevel={1} />
      </div>
    );
  }
  return <Mandate key={id} id={id} list={state.data} onListChanged={reload} />;
}

function Mandate(props: { id: string; list: MandateList; onListChanged: () => void }) {
  const { id, list, onListChanged } = props;
  const t = useStrings(kfLevelStrings);
  const styles = useKfLevelStyles();
  const navigate = useNavigate();
  const { kfLevel, directory } = usePorts();
  const ids = useId();
  const { state, reload } = useLoad(`kf-mandate|${id}`, async () => {
    const desk = await kfLevel.mandate(id);
    // Names of who changed and fastställde, looked up once; someone not found is "en planerare", never an id.
    const people = await Promise.all(
      peopleOf(desk).map(async (personId) => {
        const person = await directory.person(personId).catch(() => undefined);
        return [personId, person?.name] as const;
      }),
    );
    return { desk, names: new Map(people) };
  });
  const stored = state.status === "ready" ? state.data.desk.declaration.version : "";
  const [version, remember] = useSavedVersion(stored);
  if (state.status === "loading") return <LoadingSkeleton label={t("loading")} rows={8} />;
  if (state.status === "failed") return <LoadFailure error={state.error} onRetry={reload} />;
  const { desk, names } = state.data;
  const nameOf = (personId: string | undefined): string =>
    (personId === undefined ? undefined : names.get(personId)) ?? t("someone");
  const offers = kfOffers(desk, list);
  const declaration = desk.declaration.declaration;
  const focusAreas = desk.focusAreas.map((a) => a.focusArea);
  const reloadAll = (): void => {
    reload();
    onListChanged();
  };
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("title")}</h1>
        {list.mandates.length > 1 ? (
          <Field label={t("mandate")} className={styles.picker}>
            <Select
              className={styles.control}
              value={id}
              onChange={(_, data) => navigate({ view: "mal-och-budget", mandat: data.value })}
            >
              {list.mandates.map((m) => (
                <option key={m.id} value={m.id}>
                  {t("mandateOption", { first: m.firstYear, last: m.lastYear })}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </header>
      <KfLevelSummary declaration={declaration} offers={offers} nameOf={nameOf} />
      <DownloadLink declarationId={declaration.id} />
      <VisionSection saved={desk.vision} edit={offers.editVision} nameOf={nameOf} onReload={reload} />
      <DeclarationSection
        saved={desk.declaration}
        version={version}
        edit={offers.edit}
        onSaved={remember}
        onReload={reload}
      />
      <section className={styles.section} aria-labelledby={`${ids}-areas`}>
        <h2 id={`${ids}-areas`} className={styles.sectionHeading}>
          {t("focusAreasHeading")}
        </h2>
        <ul className={styles.list}>
          {desk.focusAreas.map((area) => (
            <FocusAreaCard
              key={area.focusArea.id}
              area={area}
              focusAreas={focusAreas}
              declarationId={declaration.id}
              mandate={declaration.mandate}
              edit={offers.edit}
              onReload={reload}
            />
          ))}
        </ul>
      </section>
      <KfLevelLife declaration={declaration} version={version} offers={offers} onReload={reloadAll} />
    </div>
  );
}
