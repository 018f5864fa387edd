import { useCallback, useEffect, useMemo, useState } from "react";
import {
  ConflictError,
  GoalStateError,
  NotFoundError,
  type FollowUp,
  type IndividualGoal,
  type MyGoalsView,
  type Versioned,
} from "../../../domain";
import { useCurrentPerson, useNavigate, usePorts, useRoute, useStrings } from "../../app";
import { useMyGoalsView } from "../../hooks";
import { newEntityId } from "../shared";
import { mayReadGoalsOf, partyOf } from "./access";
import { followUpFromDraft, suggestedAnswer, unansweredDates, type FollowUpDraft } from "./followUpDraft";
import { goalFromDraft, type GoalDraft, type GoalOwner } from "./goalDraft";
import { createGoalFrom, recordFollowUpFrom, reviseGoalFrom } from "./goalWrites";
import { useGoalLink } from "./useGoalLink";
import { activitiesWithChain, indexMyGoals, summarizeGoals } from "./myGoalsModel";
import { myGoalsStrings } from "./strings";
import { focusIds, useFocusRequest } from "./useFocusRequest";

export type Editing =
  | { readonly mode: "create" }
  | { readonly mode: "edit"; readonly goal: IndividualGoal; readonly version: string };

/** A delete or a withdrawal waiting for the person to confirm it, on the version they looked at. */
export interface Confirming {
  readonly action: "delete" | "withdraw";
  readonly goal: IndividualGoal;
  readonly version: string;
}

/** A failed action on one goal, shown in its card. */
export interface ActionFailure {
  readonly goalId: string;
  readonly error: unknown;
  readonly retry?: () => void;
}

/**
 * What was written since the view was loaded, shown at once (the saved card is there to take focus) until
 * the reload brings the same from storage. Tied to the view it was made on: a fresh view replaces it.
 */
interface Overlay {
  readonly base: MyGoalsView | undefined;
  /** A goal as saved, or null when it was deleted. */
  readonly goals: ReadonlyMap<string, IndividualGoal | null>;
  readonly followUps: readonly FollowUp[];
}

const noOverlay: Overlay = { base: undefined, goals: new Map(), followUps: [] };

function withOverlay(view: MyGoalsView | undefined, overlay: Overlay): MyGoalsView | undefined {
  if (view === undefined || overlay.base !== view) return view;
  const goals = view.goals.flatMap((goal) => {
    const changed = overlay.goals.get(goal.id);
    return changed === undefined ? [goal] : changed === null ? [] : [changed];
  });
  for (const [id, goal] of overlay.goals) {
    if (goal !== null && goal.year === view.year && !view.goals.some((g) => g.id === id)) goals.push(goal);
  }
  const known = new Set(view.followUps.map((f) => f.id));
  return {
    ...view,
    goals,
    followUps: [...view.followUps, ...overlay.followUps.filter((f) => !known.has(f.id))],
  };
}

/** A year from the URL's `ar`, when it is one the domain knows. */
function yearOf(ar: string | undefined): number | undefined {
  const year = Number(ar);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

const sameGoal = (a: IndividualGoal, b: IndividualGoal): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The medarbetarsamtal's state: whose goals, which year (in the URL), what is open, the writes and focus. */
export function useMyGoalsPage() {
  const route = useRoute();
  const reader = useCurrentPerson();
  const t = useStrings(myGoalsStrings);
  const { goals, commands, clock } = usePorts();
  const navigate = useNavigate();
  const focus = useFocusRequest();
  const requested =
    route.view === "mina-mal" ? route : { goalId: undefined, medarbetare: undefined, ar: undefined };
  const subjectId = requested.medarbetare ?? reader.id;
  const today = clock.today();
  const year = yearOf(requested.ar) ?? Number(today.slice(0, 4));
  const loaded = useMyGoalsView(subjectId, year);
  const [overlay, setOverlay] = useState<Overlay>(noOverlay);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [followUpFor, setFollowUpFor] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState<Confirming | undefined>(undefined);
  const [busyGoal, setBusyGoal] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ActionFailure | undefined>(undefined);
  const [announcement, setAnnouncement] = useState({ text: "", count: 0 });
  const { reload } = loaded;
  const loadedView = loaded.state.status === "ready" ? loaded.state.data : undefined;
  const view = useMemo(() => withOverlay(loadedView, overlay), [loadedView, overlay]);
  const goalLink = useGoalLink(requested.goalId, view, goals);
  const goalId = requested.goalId;

  /** The year in the URL, so a reload or a shared link shows the same year; the open goal stays behind. */
  const setYear = useCallback(
    (next: number) => {
      setEditing(undefined);
      setFollowUpFor(undefined);
      setConfirming(undefined);
      navigate({
        view: "mina-mal",
        ...(requested.medarbetare === undefined ? {} : { medarbetare: requested.medarbetare }),
        ar: String(next),
      });
    },
    [navigate, requested.medarbetare],
  );

  // A link to a goal that lives on another page (a staff member's, another year): go there.
  useEffect(() => {
    if (goalLink.status !== "elsewhere" || goalId === undefined) return;
    if (goalLink.year === year && goalLink.employeeId === subjectId) return;
    navigate(
      {
        view: "mina-mal",
        goalId,
        ...(goalLink.employeeId === reader.id ? {} : { medarbetare: goalLink.employeeId }),
        ar: String(goalLink.year),
      },
      { replace: true },
    );
  }, [goalLink, goalId, year, subjectId, reader.id, navigate]);

  // A link to one goal ("Öppna målet i Mina mål", a reminder card): scroll to it and focus it, once.
  const [shownLink, setShownLink] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (goalLink.status !== "shown" || goalId === undefined || shownLink === goalId) return;
    setShownLink(goalId);
    focus(focusIds.goal(goalId));
  }, [goalLink.status, goalId, shownLink, focus]);

  const model = useMemo(() => {
    if (view === undefined) return undefined;
    const index = indexMyGoals(view);
    const activities = activitiesWithChain(view, index);
    return { activities, goals: summarizeGoals(view, activities, today) };
  }, [view, today]);

  const allowed = view === undefined ? undefined : mayReadGoalsOf(view, reader);

  /** Says what happened in the live region (a repeated message is still announced). */
  const announce = useCallback(
    (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })),
    [],
  );

  /** Shows the stored goal at once and reloads behind it. */
  const show = useCallback(
    (change: { goal?: IndividualGoal; deleted?: string; followUp?: FollowUp }) => {
      if (loadedView === undefined) return;
      setOverlay((previous) => {
        const base = previous.base === loadedView ? previous : { ...noOverlay, base: loadedView };
        const changed = new Map(base.goals);
        if (change.goal !== undefined) changed.set(change.goal.id, change.goal);
        if (change.deleted !== undefined) changed.set(change.deleted, null);
        return {
          base: loadedView,
          goals: changed,
          followUps: change.followUp === undefined ? base.followUps : [...base.followUps, change.followUp],
        };
      });
      reload();
    },
    [loadedView, reload],
  );

  const fail = useCallback(
    (goalId: string, error: unknown, retry?: () => void) => {
      setFailure({ goalId, error, ...(retry === undefined ? {} : { retry }) });
      focus(focusIds.failure(goalId));
      // What is stored now is worth showing when the goal changed, went away or refused the action.
      if (
        error instanceof ConflictError ||
        error instanceof NotFoundError ||
        error instanceof GoalStateError
      ) {
        reload();
      }
    },
    [focus, reload],
  );

  const openCreate = useCallback(() => {
    setFailure(undefined);
    setFollowUpFor(undefined);
    setConfirming(undefined);
    setEditing({ mode: "create" });
  }, []);

  const startEdit = useCallback(
    async (goalId: string) => {
      setBusyGoal(goalId);
      setFailure(undefined);
      setConfirming(undefined);
      try {
        // Fresh from storage: the version read here is the one the save must still match.
        const stored = await goals.get(goalId);
        setFollowUpFor(undefined);
        setEditing({ mode: "edit", goal: stored.value, version: stored.version });
      } catch (error: unknown) {
        fail(goalId, error);
      } finally {
        setBusyGoal(undefined);
      }
    },
    [goals, fail],
  );

  /** Closes the form and gives focus back to what opened it. */
  const closeEditor = useCallback(() => {
    const goal = editing?.mode === "edit" ? editing.goal.id : undefined;
    setEditing(undefined);
    focus(goal === undefined ? focusIds.newGoal : focusIds.edit(goal));
  }, [editing, focus]);

  const writeGoal = useCallback(
    async (draft: GoalDraft, overVersion?: string): Promise<Versioned<IndividualGoal> | undefined> => {
      if (view === undefined || editing === undefined) return undefined;
      const managerId = editing.mode === "edit" ? editing.goal.managerId : view.chef?.id;
      if (managerId === undefined) throw new Error("Enheten saknar chef");
      const owner: GoalOwner =
        editing.mode === "edit"
          ? editing.goal
          : {
              id: newEntityId(`mal-${year}`, clock.now()),
              employeeId: view.person.id,
              managerId,
              unitId: view.unit.id,
              year: view.year,
            };
      // Checked here first for a quick answer in the form; the server checks again and decides.
      const goal = goalFromDraft(draft, owner, editing.mode === "edit" ? editing.goal : undefined);
      if (!goal.ok) throw goal.error;
      return editing.mode === "create"
        ? createGoalFrom(commands, draft, owner)
        : reviseGoalFrom(commands, draft, editing.goal, overVersion ?? editing.version);
    },
    [view, editing, year, clock, commands],
  );

  const goalSaved = useCallback(
    (saved: Versioned<IndividualGoal>) => {
      setEditing(undefined);
      show({ goal: saved.value });
      announce(t("goalSaved"));
      focus(focusIds.goal(saved.value.id));
    },
    [show, announce, t, focus],
  );

  /** After a conflict the person chose what is stored: the form closes on the goal as it is. */
  const keepTheirs = useCallback(() => {
    const goal = editing?.mode === "edit" ? editing.goal.id : undefined;
    setEditing(undefined);
    reload();
    focus(goal === undefined ? focusIds.newGoal : focusIds.goal(goal));
  }, [editing, reload, focus]);

  const agree = useCallback(
    async (goal: IndividualGoal) => {
      setBusyGoal(goal.id);
      setFailure(undefined);
      try {
        const saved = await commands.agree(goal.id, goal.employeeId);
        show({ goal: saved.value });
        announce(t("agreementMarked"));
        focus(focusIds.goal(goal.id));
      } catch (error: unknown) {
        fail(goal.id, error, () => void agree(goal));
      } finally {
        setBusyGoal(undefined);
      }
    },
    [commands, show, announce, t, focus, fail],
  );

  const openFollowUp = useCallback((goalId: string) => {
    setFailure(undefined);
    setConfirming(undefined);
    setFollowUpFor(goalId);
  }, []);

  const closeFollowUp = useCallback(() => {
    if (followUpFor !== undefined) focus(focusIds.followUp(followUpFor));
    setFollowUpFor(undefined);
  }, [followUpFor, focus]);

  const writeFollowUp = useCallback(
    async (goal: IndividualGoal, draft: FollowUpDraft) => {
      const now = clock.now();
      const id = newEntityId("uppf", now);
      // Checked here first for a quick answer in the form; the server stamps who, when and the day itself.
      const followUp = followUpFromDraft(draft, goal, {
        id,
        authorId: reader.id,
        recordedAt: now.toISOString(),
        today: clock.today(),
      });
      if (!followUp.ok) throw followUp.error;
      return recordFollowUpFrom(commands, draft, goal, id);
    },
    [clock, reader.id, commands],
  );

  const followUpSaved = useCallback(
    (followUp: FollowUp) => {
      setFollowUpFor(undefined);
      show({ followUp });
      announce(t("followUpSaved"));
      focus(focusIds.goal(followUp.target.id));
    },
    [show, announce, t, focus],
  );

  /** Opens the confirmation on the goal as stored now; if it changed since it was shown, shows that instead. */
  const askTo = useCallback(
    async (action: Confirming["action"], goal: IndividualGoal) => {
      setBusyGoal(goal.id);
      setFailure(undefined);
      setFollowUpFor(undefined);
      try {
        const stored = await goals.get(goal.id);
        if (!sameGoal(stored.value, goal)) {
          show({ goal: stored.value });
          setFailure({ goalId: goal.id, error: new ConflictError("individual-goal", goal.id, stored) });
          focus(focusIds.failure(goal.id));
          return;
        }
        setConfirming({ action, goal: stored.value, version: stored.version });
      } catch (error: unknown) {
        fail(goal.id, error);
      } finally {
        setBusyGoal(undefined);
      }
    },
    [goals, show, focus, fail],
  );

  const cancelConfirm = useCallback(() => {
    if (confirming !== undefined) {
      focus((confirming.action === "delete" ? focusIds.remove : focusIds.withdraw)(confirming.goal.id));
    }
    setConfirming(undefined);
  }, [confirming, focus]);

  const confirm = useCallback(async () => {
    if (confirming === undefined) return;
    const { action, goal, version } = confirming;
    setBusyGoal(goal.id);
    try {
      if (action === "delete") {
        await commands.deleteGoal(goal.id, goal.employeeId, version);
        setConfirming(undefined);
        show({ deleted: goal.id });
        announce(t("goalDeleted", { title: goal.title }));
        focus(focusIds.message);
      } else {
        const saved = await commands.withdraw(goal.id, goal.employeeId, version);
        setConfirming(undefined);
        show({ goal: saved.value });
        announce(t("goalWithdrawn"));
        focus(focusIds.goal(goal.id));
      }
    } catch (error: unknown) {
      // A retried delete that finds nothing: the first attempt went through.
      if (action === "delete" && error instanceof NotFoundError) {
        setConfirming(undefined);
        show({ deleted: goal.id });
        announce(t("goalDeleted", { title: goal.title }));
        focus(focusIds.message);
        return;
      }
      setConfirming(undefined);
      fail(goal.id, error, () => void askTo(action, goal));
    } finally {
      setBusyGoal(undefined);
    }
  }, [confirming, commands, show, announce, t, focus, fail, askTo]);

  return {
    reader,
    subjectId,
    isOwnGoals: subjectId === reader.id,
    requestedGoalId: requested.goalId,
    goalLink,
    year,
    setYear,
    today,
    loaded,
    view,
    model,
    allowed,
    editing,
    openCreate,
    startEdit,
    closeEditor,
    writeGoal,
    goalSaved,
    keepTheirs,
    followUpFor,
    openFollowUp,
    closeFollowUp,
    writeFollowUp,
    followUpSaved,
    answerFor: (goal: IndividualGoal) => suggestedAnswer(goal, view?.followUps ?? []),
    datesFor: (goal: IndividualGoal) => unansweredDates(goal, view?.followUps ?? []),
    agree,
    confirming,
    askTo,
    confirm,
    cancelConfirm,
    busyGoal,
    failure,
    announcement,
    partyOf: (goal: IndividualGoal) => partyOf(goal, reader.id),
    reload,
  };
}
