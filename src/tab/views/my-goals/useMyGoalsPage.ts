import { useCallback, useEffect, useMemo, useState } from "react";
import type { IndividualGoal, MyGoalsView } from "../../../domain";
import { useCurrentPerson, useNavigate, usePorts, useRoute } from "../../app";
import { useMyGoalsView } from "../../hooks";
import { newEntityId } from "../shared";
import { mayReadGoalsOf, partyOf } from "./access";
import { followUpFromDraft, suggestedAnswer, unansweredDates, type FollowUpDraft } from "./followUpDraft";
import { goalFromDraft, type GoalDraft, type GoalOwner } from "./goalDraft";
import { createGoalFrom, recordFollowUpFrom, reviseGoalFrom } from "./goalWrites";
import { useGoalLink } from "./useGoalLink";
import { activitiesWithChain, indexMyGoals, summarizeGoals } from "./myGoalsModel";

export type Editing =
  | { readonly mode: "create" }
  | { readonly mode: "edit"; readonly goal: IndividualGoal; readonly version: string };

/** The medarbetarsamtal's state: whose goals, which year, what is being edited, and the writes. */
export function useMyGoalsPage() {
  const route = useRoute();
  const reader = useCurrentPerson();
  const { goals, commands, clock } = usePorts();
  const requested = route.view === "mina-mal" ? route : { goalId: undefined, medarbetare: undefined };
  const subjectId = requested.medarbetare ?? reader.id;
  const [year, setYear] = useState(() => Number(clock.today().slice(0, 4)));
  const loaded = useMyGoalsView(subjectId, year);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const [followUpFor, setFollowUpFor] = useState<string | undefined>(undefined);
  const [busyGoal, setBusyGoal] = useState<string | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const { reload } = loaded;
  const view: MyGoalsView | undefined = loaded.state.status === "ready" ? loaded.state.data : undefined;
  const today = clock.today();
  const navigate = useNavigate();
  const goalLink = useGoalLink(requested.goalId, view, goals);
  const goalId = requested.goalId;

  // A link to a goal that lives on another page (a staff member's, another year): go there.
  useEffect(() => {
    if (goalLink.status !== "elsewhere" || goalId === undefined) return;
    if (goalLink.year !== year) setYear(goalLink.year);
    if (goalLink.employeeId !== subjectId) {
      navigate(
        {
          view: "mina-mal",
          goalId,
          ...(goalLink.employeeId === reader.id ? {} : { medarbetare: goalLink.employeeId }),
        },
        { replace: true },
      );
    }
  }, [goalLink, goalId, year, subjectId, reader.id, navigate]);

  const model = useMemo(() => {
    if (view === undefined) return undefined;
    const index = indexMyGoals(view);
    const activities = activitiesWithChain(view, index);
    return { activities, goals: summarizeGoals(view, activities, today) };
  }, [view, today]);

  const allowed = view === undefined ? undefined : mayReadGoalsOf(view, reader);

  const startEdit = useCallback(
    async (goalId: string) => {
      setBusyGoal(goalId);
      setActionError(undefined);
      try {
        // Fresh from storage: the version read here is the one the save must still match.
        const stored = await goals.get(goalId);
        setFollowUpFor(undefined);
        setEditing({ mode: "edit", goal: stored.value, version: stored.version });
      } catch (error: unknown) {
        setActionError(error);
      } finally {
        setBusyGoal(undefined);
      }
    },
    [goals],
  );

  const writeGoal = useCallback(
    async (draft: GoalDraft, overVersion?: string) => {
      if (view === undefined || editing === undefined) return;
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
      if (editing.mode === "create") await createGoalFrom(commands, draft, owner);
      else await reviseGoalFrom(commands, draft, editing.goal, overVersion ?? editing.version);
    },
    [view, editing, year, clock, commands],
  );

  const agree = useCallback(
    async (goal: IndividualGoal) => {
      setBusyGoal(goal.id);
      setActionError(undefined);
      try {
        await commands.agree(goal.id, goal.employeeId);
        reload();
      } catch (error: unknown) {
        setActionError(error);
      } finally {
        setBusyGoal(undefined);
      }
    },
    [commands, reload],
  );

  const writeFollowUp = useCallback(
    async (goal: IndividualGoal, draft: FollowUpDraft) => {
      const now = clock.now();
      const id = newEntityId("uppf", now);
      // Checked here first for a quick answer in the form; the server stamps who and when itself.
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

  const answerFor = (goal: IndividualGoal) => suggestedAnswer(goal, view?.followUps ?? []);
  const datesFor = (goal: IndividualGoal) => unansweredDates(goal, view?.followUps ?? []);

  return {
    reader,
    subjectId,
    isOwnGoals: subjectId === reader.id,
    requestedGoalId: requested.goalId,
    goalLink,
    year,
    setYear,
    loaded,
    view,
    model,
    allowed,
    editing,
    setEditing,
    startEdit,
    writeGoal,
    followUpFor,
    setFollowUpFor,
    writeFollowUp,
    answerFor,
    datesFor,
    agree,
    busyGoal,
    actionError,
    announcement,
    setAnnouncement,
    partyOf: (goal: IndividualGoal) => partyOf(goal, reader.id),
    reload,
  };
}
