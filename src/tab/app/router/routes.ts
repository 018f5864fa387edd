/**
 * The tab's deep-linkable routes, as hash URLs:
 *   #/kedjan?namnd=&forvaltning=&enhet=&ar=&q=&globalmal=<1–17>&item=<kind>:<id>
 *   #/mina-mal[/<goalId>][?medarbetare=<personId>&ar=<year>]   (a chef opening one of their staff's goals)
 *   #/mitt-team[?enhet=<unitId>&ar=<year>]
 *   #/rapport[?ar=<year>&period=<key>]   (the report back to KF)
 *   #/uppfoljning[?enhet=<unitId>&period=<YYYY-key>]   (plan follow-up per period)
 *   #/planering[?enhet=<unitId>&ar=<year>]   (a unit's plan for a year, edited by its owners)
 *   #/mal-och-budget[?mandat=<programförklaring id>]   (the KF level of a mandate period)
 *   #/indikator/<kf|namnd>/<id>[?ar=<year>&forvaltning=<unitId>]   (one indicator; the chain it came from)
 *   #/rackvidd[?ar=<year>&enhet=<unitId>]   (reach: how far the chain reaches the staff, per group)
 *   #/konfigurera   (the team tab's configuration page in Teams)
 * Parsing never throws: anything unknown goes to Kedjan.
 */
export interface ChainFilter {
  readonly namnd?: string;
  readonly forvaltning?: string;
  readonly enhet?: string;
  readonly ar?: string;
  readonly q?: string;
  /** An Agenda 2030 goal (1–17): the chain narrowed to what carries it. */
  readonly globalmal?: string;
  /** The selected item, `<kind>:<id>`. */
  readonly item?: string;
}

export type Route =
  | { readonly view: "kedjan"; readonly filter: ChainFilter }
  | {
      readonly view: "mina-mal";
      readonly goalId?: string;
      readonly medarbetare?: string;
      /** The year shown (the same `ar` as Kedjan's), this year when absent. */
      readonly ar?: string;
    }
  | { readonly view: "mitt-team"; readonly enhet?: string; readonly ar?: string }
  | { readonly view: "rapport"; readonly ar?: string; readonly period?: string }
  | { readonly view: "uppfoljning"; readonly enhet?: string; readonly period?: string }
  | { readonly view: "planering"; readonly enhet?: string; readonly ar?: string }
  | { readonly view: "mal-och-budget"; readonly mandat?: string }
  /** `enhet` absent: the top group the person may see (the whole municipality for the kommun's planners). */
  | { readonly view: "rackvidd"; readonly ar?: string; readonly enhet?: string }
  | {
      readonly view: "indikator";
      readonly kind: IndicatorRouteKind;
      readonly id: string;
      readonly ar?: string;
      /** The förvaltning whose chain the reader came from, so the way back shows it again. */
      readonly forvaltning?: string;
    }
  | { readonly view: "konfigurera" };

export type IndicatorRouteKind = "kf-indicator" | "board-indicator";

/** The indicator kinds as the URL writes them. */
const indicatorSegments: Readonly<Record<IndicatorRouteKind, string>> = {
  "kf-indicator": "kf",
  "board-indicator": "namnd",
};

export type ViewName = Route["view"];

/** The views a person moves between in the navigation (the configuration page is Teams' own). */
export type NavigableView = Exclude<ViewName, "konfigurera" | "indikator">;

/** The views the router loads lazily, each its own chunk. */
export type LazyView = Exclude<ViewName, "konfigurera">;

export const defaultRoute: Route = { view: "kedjan", filter: {} };

const chainFilterKeys = ["namnd", "forvaltning", "enhet", "ar", "q", "globalmal", "item"] as const;

function nonEmpty(value: string | null): string | undefined {
  return value === null || value === "" ? undefined : value;
}

/** Parses `#/mina-mal/12`, `/mina-mal/12`, `mina-mal/12` alike (Teams' subEntityId has no hash). */
export function parseRoute(hash: string): Route {
  const withoutHash = hash.replace(/^#/, "").replace(/^\//, "");
  const queryStart = withoutHash.indexOf("?");
  const pathPart = queryStart === -1 ? withoutHash : withoutHash.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? "" : withoutHash.slice(queryStart + 1));
  const segments = pathPart
    .split("/")
    .filter((s) => s !== "")
    .map(decodeURIComponent);
  switch (segments[0]) {
    case "mina-mal": {
      const goalId = segments[1];
      const medarbetare = nonEmpty(query.get("medarbetare"));
      const ar = nonEmpty(query.get("ar"));
      return {
        view: "mina-mal",
        ...(goalId === undefined ? {} : { goalId }),
        ...(medarbetare === undefined ? {} : { medarbetare }),
        ...(ar === undefined ? {} : { ar }),
      };
    }
    case "mitt-team": {
      const enhet = nonEmpty(query.get("enhet"));
      const ar = nonEmpty(query.get("ar"));
      return {
        view: "mitt-team",
        ...(enhet === undefined ? {} : { enhet }),
        ...(ar === undefined ? {} : { ar }),
      };
    }
    case "rapport": {
      const ar = nonEmpty(query.get("ar"));
      const period = nonEmpty(query.get("period"));
      return {
        view: "rapport",
        ...(ar === undefined ? {} : { ar }),
        ...(period === undefined ? {} : { period }),
      };
    }
    case "uppfoljning": {
      const enhet = nonEmpty(query.get("enhet"));
      const period = nonEmpty(query.get("period"));
      return {
        view: "uppfoljning",
        ...(enhet === undefined ? {} : { enhet }),
        ...(period === undefined ? {} : { period }),
      };
    }
    case "planering": {
      const enhet = nonEmpty(query.get("enhet"));
      const ar = nonEmpty(query.get("ar"));
      return {
        view: "planering",
        ...(enhet === undefined ? {} : { enhet }),
        ...(ar === undefined ? {} : { ar }),
      };
    }
    case "mal-och-budget": {
      const mandat = nonEmpty(query.get("mandat"));
      return { view: "mal-och-budget", ...(mandat === undefined ? {} : { mandat }) };
    }
    case "rackvidd": {
      const ar = nonEmpty(query.get("ar"));
      const enhet = nonEmpty(query.get("enhet"));
      return {
        view: "rackvidd",
        ...(ar === undefined ? {} : { ar }),
        ...(enhet === undefined ? {} : { enhet }),
      };
    }
    case "konfigurera":
      return { view: "konfigurera" };
    case "indikator": {
      const kind = (Object.keys(indicatorSegments) as IndicatorRouteKind[]).find(
        (k) => indicatorSegments[k] === segments[1],
      );
      const id = segments[2];
      if (kind === undefined || id === undefined) return defaultRoute;
      const ar = nonEmpty(query.get("ar"));
      const forvaltning = nonEmpty(query.get("forvaltning"));
      return {
        view: "indikator",
        kind,
        id,
        ...(ar === undefined ? {} : { ar }),
        ...(forvaltning === undefined ? {} : { forvaltning }),
      };
    }
    default: {
      const filter: Record<string, string> = {};
      for (const key of chainFilterKeys) {
        const value = nonEmpty(query.get(key));
        if (value !== undefined) filter[key] = value;
      }
      return { view: "kedjan", filter };
    }
  }
}

function withQuery(path: string, entries: readonly (readonly [string, string | undefined])[]): string {
  const query = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== "") query.set(key, value);
  const text = query.toString();
  return text === "" ? path : `${path}?${text}`;
}

/** The hash for a route, e.g. `#/mitt-team?enhet=42`; `parseRoute(formatRoute(r))` gives `r` back. */
export function formatRoute(route: Route): string {
  switch (route.view) {
    case "kedjan":
      return withQuery(
        "#/kedjan",
        chainFilterKeys.map((key) => [key, route.filter[key]] as const),
      );
    case "mina-mal":
      return withQuery(
        route.goalId === undefined ? "#/mina-mal" : `#/mina-mal/${encodeURIComponent(route.goalId)}`,
        [
          ["medarbetare", route.medarbetare],
          ["ar", route.ar],
        ],
      );
    case "mitt-team":
      return withQuery("#/mitt-team", [
        ["enhet", route.enhet],
        ["ar", route.ar],
      ]);
    case "rapport":
      return withQuery("#/rapport", [
        ["ar", route.ar],
        ["period", route.period],
      ]);
    case "uppfoljning":
      return withQuery("#/uppfoljning", [
        ["enhet", route.enhet],
        ["period", route.period],
      ]);
    case "planering":
      return withQuery("#/planering", [
        ["enhet", route.enhet],
        ["ar", route.ar],
      ]);
    case "mal-och-budget":
      return withQuery("#/mal-och-budget", [["mandat", route.mandat]]);
    case "rackvidd":
      return withQuery("#/rackvidd", [
        ["ar", route.ar],
        ["enhet", route.enhet],
      ]);
    case "indikator":
      return withQuery(`#/indikator/${indicatorSegments[route.kind]}/${encodeURIComponent(route.id)}`, [
        ["ar", route.ar],
        ["forvaltning", route.forvaltning],
      ]);
    case "konfigurera":
      return "#/konfigurera";
  }
}

/** The year a route shows, when it names a plausible one (`ar=2026`); else undefined, i.e. this year. */
export function routeYear(route: Route): string | undefined {
  const ar =
    route.view === "kedjan"
      ? route.filter.ar
      : route.view === "uppfoljning"
        ? route.period?.slice(0, 4)
        : route.view === "konfigurera" || route.view === "mal-och-budget"
          ? undefined
          : route.ar;
  return ar !== undefined && /^\d{4}$/.test(ar) ? ar : undefined;
}

/** Where the navigation takes you: the view at its start, showing the year `ar` when one is given. */
export function viewWithYear(view: NavigableView, ar: string | undefined): Route {
  const year = ar === undefined ? {} : { ar };
  switch (view) {
    case "kedjan":
      return { view, filter: year };
    case "mina-mal":
      return { view, ...year };
    case "mitt-team":
      return { view, ...year };
    case "rapport":
      return { view, ...year };
    case "planering":
      return { view, ...year };
    case "mal-och-budget":
      // A mandate period is more than a year: the view starts at the one covering this year.
      return { view };
    case "rackvidd":
      return { view, ...year };
    case "uppfoljning":
      // A period is more than a year: the view starts at the latest period due.
      return { view };
  }
}
