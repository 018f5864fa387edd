import { useEffect, useState } from "react";
import type { MyGoalsView } from "../../../domain";
import type { GoalReader } from "../../app/ports/tabPorts";

/**
 * Where a link to one goal (`#/mina-mal/<goalId>`, e.g. from a reminder card) really points. When the goal
 * is not among the loaded ones it is looked up once: storage only answers people allowed to read it, so an
 * answer means "show it where it lives" (the medarbetare's page, its year); no answer means "not yours".
 */
export type GoalLink =
  | { readonly status: "none" | "shown" | "checking" | "not-readable" }
  | { readonly status: "elsewhere"; readonly employeeId: string; readonly year: number };

export function useGoalLink(
  goalId: string | undefined,
  view: MyGoalsView | undefined,
  goals: GoalReader,
): GoalLink {
  const shown = goalId !== undefined && view !== undefined && view.goals.some((g) => g.id === goalId);
  const [found, setFound] = useState<{ key: string; link: GoalLink } | undefined>(undefined);
  const key = `${goalId ?? ""}|${view?.person.id ?? ""}|${view?.year ?? ""}`;
  const mustCheck = goalId !== undefined && view !== undefined && !shown;

  useEffect(() => {
    if (!mustCheck || goalId === undefined || view === undefined) return;
    let current = true;
    goals.get(goalId).then(
      ({ value }) => {
        if (!current) return;
        const elsewhere = value.employeeId !== view.person.id || value.year !== view.year;
        setFound({
          key,
          link: elsewhere
            ? { status: "elsewhere", employeeId: value.employeeId, year: value.year }
            : { status: "not-readable" },
        });
      },
      () => {
        if (current) setFound({ key, link: { status: "not-readable" } });
      },
    );
    return () => {
      current = false;
    };
  }, [mustCheck, goalId, view, goals, key]);

  if (goalId === undefined) return { status: "none" };
  if (shown) return { status: "shown" };
  if (!mustCheck) return { status: "checking" };
  return found?.key === key ? found.link : { status: "checking" };
}
