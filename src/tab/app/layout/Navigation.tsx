import { Tab, TabList } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import { useNavigate, useRoute } from "../router/RouterContext";
import type { Route } from "../router/routes";
import { useFocusMain } from "./MainFocusContext";

type NavView = "kedjan" | "mina-mal" | "mitt-team";

const targets: Readonly<Record<NavView, Route>> = {
  kedjan: { view: "kedjan", filter: {} },
  "mina-mal": { view: "mina-mal" },
  "mitt-team": { view: "mitt-team" },
};

const labels = { kedjan: "navKedjan", "mina-mal": "navMinaMal", "mitt-team": "navMittTeam" } as const;

function isNavView(value: unknown): value is NavView {
  return value === "kedjan" || value === "mina-mal" || value === "mitt-team";
}

/** The three views; the one shown is selected, whatever its parameters. Focus then moves to the new view's heading. */
export function Navigation(props: { readonly className?: string }) {
  const t = useStrings(shellStrings);
  const route = useRoute();
  const navigate = useNavigate();
  const focusMain = useFocusMain();
  return (
    <nav aria-label={t("navLabel")} className={props.className}>
      <TabList
        selectedValue={route.view}
        onTabSelect={(_, data) => {
          if (!isNavView(data.value) || data.value === route.view) return;
          navigate(targets[data.value]);
          focusMain();
        }}
      >
        {(Object.keys(targets) as NavView[]).map((view) => (
          <Tab key={view} value={view}>
            {t(labels[view])}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
