import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import { useNavigate, useRoute } from "../router/RouterContext";
import { routeYear, viewWithYear, type NavigableView } from "../router/routes";
import type { CurrentPerson } from "../person/currentPerson";
import { useFocusMain } from "./MainFocusContext";
import { offersView } from "./NavigationAudience";

const views: readonly NavigableView[] = [
  "kedjan",
  "mina-mal",
  "mitt-team",
  "uppfoljning",
  "planering",
  "rapport",
  "mal-och-budget",
  "rackvidd",
];

const labels = {
  kedjan: "navKedjan",
  "mina-mal": "navMinaMal",
  "mitt-team": "navMittTeam",
  uppfoljning: "navUppfoljning",
  planering: "navPlanering",
  rapport: "navRapport",
  "mal-och-budget": "navMalOchBudget",
  rackvidd: "navRackvidd",
} as const;

/** On a phone (Teams mobile, 375 px) the fourth tab's short label keeps the tabs on one row. */
const useLabelStyles = makeStyles({
  wide: { "@media (max-width: 479px)": { display: "none" } },
  narrow: { "@media (min-width: 480px)": { display: "none" } },
});

function isNavigableView(value: unknown): value is NavigableView {
  return views.some((view) => view === value);
}

/**
 * The three views; the one shown is selected, whatever its parameters. Going to another view keeps the year
 * shown (`ar`), so Kedjan, Mina mål and Mitt team show the same year; focus then moves to the new view's heading.
 * The selected tab takes you back to its view's start.
 */
export function Navigation(props: { readonly className?: string; readonly audience?: CurrentPerson }) {
  const t = useStrings(shellStrings);
  const route = useRoute();
  const navigate = useNavigate();
  const focusMain = useFocusMain();
  const labelStyles = useLabelStyles();
  const offered = views.filter((view) => offersView(view, props.audience));
  return (
    <nav aria-label={t("navLabel")} className={props.className}>
      <TabList
        // An indicator is opened from Kedjan and is part of it.
        selectedValue={route.view === "indikator" ? "kedjan" : route.view}
        onTabSelect={(_, data) => {
          if (!isNavigableView(data.value)) return;
          navigate(viewWithYear(data.value, routeYear(route)));
          focusMain();
        }}
      >
        {offered.map((view) => (
          <Tab key={view} value={view}>
            {view === "rapport" ? (
              <>
                <span className={labelStyles.wide}>{t("navRapport")}</span>
                <span className={labelStyles.narrow}>{t("navRapportShort")}</span>
              </>
            ) : (
              t(labels[view])
            )}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
