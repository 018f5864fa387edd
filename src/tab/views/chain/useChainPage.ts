import { useCallback, useMemo, useState } from "react";
import type { ChainFilter } from "../../app";
import { routeYear, useCurrentPerson, useNavigate, usePorts, useRoute, useStrings } from "../../app";
import { useAllUnits, useChainView, useLoad } from "../../hooks";
import { branchesToMatches, buildChainTree, filterTree, pathTo, type ChainNode } from "./chainTree";
import { agenda2030GoalsIn, branchesToGoal, filterByAgenda2030Goal } from "./agenda2030Filter";
import { chooseOrg } from "./orgFilters";
import { chainStrings } from "./strings";

/** Kedjan's state: the filters live in the URL (deep-linkable); the open branches live here. */
export function useChainPage() {
  const route = useRoute();
  const navigate = useNavigate();
  const reader = useCurrentPerson();
  const { queries, clock } = usePorts();
  const t = useStrings(chainStrings);
  const filter: ChainFilter = route.view === "kedjan" ? route.filter : {};
  const currentYear = Number(clock.today().slice(0, 4));
  // The year in the URL, shared with Mina mål and Mitt team (the navigation carries it); else this year.
  const ar = routeYear(route);
  const year = ar === undefined ? currentYear : Number(ar);

  const units = useAllUnits();
  const org = useMemo(
    () => (units.state.status === "ready" ? chooseOrg(units.state.data, filter, reader.unitId) : undefined),
    [units.state, filter, reader.unitId],
  );
  const chain = useChainView(org?.administrationId, year);
  // The reader's own goals, to show where they sit; the chain stands without them if this fails.
  const own = useLoad(`own|${reader.id}|${year}`, () => queries.myGoals(reader.id, year));

  const view = chain.state.status === "ready" ? chain.state.data : null;
  const ownView = own.state.status === "ready" ? own.state.data : undefined;
  // A unit the förvaltning does not have (an old link, a typo) filters nothing.
  const enhet = view?.units.some((u) => u.id === filter.enhet) ? filter.enhet : undefined;
  const tree: ChainNode | undefined = useMemo(
    () =>
      view
        ? buildChainTree({
            view,
            ownGoals: ownView?.goals ?? [],
            ownFollowUps: ownView?.followUps ?? [],
            ...(enhet ? { unitId: enhet } : {}),
            horizonLabel: (horizon) => t(`horizon.${horizon}`),
          })
        : undefined,
    [view, ownView, enhet, t],
  );
  const query = filter.q ?? "";
  // A global goal (1–17) narrows the chain first; the search then looks within what is left.
  const goal = /^([1-9]|1[0-7])$/.test(filter.globalmal ?? "") ? Number(filter.globalmal) : undefined;
  const narrowed = useMemo(
    () => (tree && view && goal !== undefined ? filterByAgenda2030Goal(tree, view, goal) : tree),
    [tree, view, goal],
  );
  const shown = useMemo(() => (narrowed ? filterTree(narrowed, query) : undefined), [narrowed, query]);
  const goalsOffered = useMemo(() => (view ? agenda2030GoalsIn(view) : []), [view]);
  const selectedPath = useMemo(
    () => (tree && filter.item ? pathTo(tree, filter.item) : []),
    [tree, filter.item],
  );

  // Branches the reader opened or closed by hand; the path to the selection and to search matches open by themselves.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const openItems = useMemo(() => {
    const open = new Set<string>(tree ? [tree.key] : []);
    for (const node of selectedPath) open.add(node.key);
    if (tree) for (const key of branchesToMatches(tree, query)) open.add(key);
    if (narrowed && view && goal !== undefined)
      for (const key of branchesToGoal(narrowed, view, goal)) open.add(key);
    for (const [key, isOpen] of toggled) {
      if (isOpen) open.add(key);
      else open.delete(key);
    }
    return open;
  }, [tree, narrowed, view, goal, selectedPath, query, toggled]);

  const setFilter = useCallback(
    (change: Partial<ChainFilter>, options?: { replace?: boolean }) => {
      const next: Record<string, string> = {};
      for (const [key, value] of Object.entries({ ...filter, ...change })) {
        if (typeof value === "string" && value !== "") next[key] = value;
      }
      navigate({ view: "kedjan", filter: next }, options);
    },
    [filter, navigate],
  );

  const select = useCallback(
    (key: string) => {
      setToggled((previous) => {
        const next = new Map(previous);
        // Opening by selection: forget an earlier "closed" on the way down.
        if (tree) for (const node of pathTo(tree, key)) if (node.key !== key) next.delete(node.key);
        return next;
      });
      setFilter({ item: key });
    },
    [setFilter, tree],
  );

  const toggle = useCallback((key: string, open: boolean) => {
    setToggled((previous) => new Map(previous).set(key, open));
  }, []);

  return {
    filter,
    /** The unit filter, when the förvaltning has that unit. */
    enhet,
    ar,
    year,
    currentYear,
    units,
    org,
    chain,
    ownFailed: own.state.status === "failed",
    ownGoals: ownView?.goals ?? [],
    ownFollowUps: ownView?.followUps ?? [],
    view,
    tree,
    shown,
    query,
    /** The global goal the chain is narrowed to, and the ones it could be. */
    goal,
    goalsOffered,
    selectedPath,
    /** The URL names an item (`item=`) that is not in this year's chain of this förvaltning. */
    selectionMissing: tree !== undefined && filter.item !== undefined && selectedPath.length === 0,
    openItems,
    setFilter,
    select,
    toggle,
  };
}
