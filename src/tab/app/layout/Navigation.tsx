import { Tab, TabList } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleContext";
import { shellStrings } from "../i18n/shellStrings";
import { useNavigate, useRoute } from "../router/RouterContext";
import type { Route } from "../router/routes";

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

/** The three views; the one shown is selected, whatever its parameters. */
export function Navigation() {
  const t = useStrings(shellStrings);
  const route = useRoute();
  const navigate = useNavigate();
  return (
    <nav aria-label={t("navLabel")}>
      <TabList
        selectedValue={route.view}
        onTabSelect={(_, data) => {
          if (isNavView(data.value)) navigate(targets[data.value]);
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
