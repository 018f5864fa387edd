import { Router, type Request } from "express";
import type { z } from "zod";
import { ValidationError, type Clock, type ItemKind, type PlanKind, type PlanStore } from "../../domain";
import {
  activityRequestSchema,
  adoptionRequestSchema,
  assignmentRequestSchema,
  boardIndicatorRequestSchema,
  boardPlanTextRequestSchema,
  interpretationRequestSchema,
  milestoneRequestSchema,
  newActivityRequestSchema,
  newAssignmentRequestSchema,
  newBoardIndicatorRequestSchema,
  newBoardPlanRequestSchema,
  newMilestoneRequestSchema,
  newVersionRequestSchema,
  newWorkPlanRequestSchema,
  nextYearRequestSchema,
  reportRequestSchema,
  workPlanTextRequestSchema,
  type PlanCollection,
  type PlanItemCollection,
} from "../../contracts/planApi";
import {
  activityLinkTargets,
  adoptPlanVersion,
  createBoardPlan,
  createWorkPlan,
  kfIndicatorsToTranslate,
  newPlanVersion,
  removePlanItem,
  reportPlanVersion,
  savePlanItem,
  startNextYearPlan,
  writeInterpretation,
  writePlanText,
  type PlanItemContent,
  type PlanItemKind,
  type PlanUseCaseDeps,
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { bodyOf, route, unquoted, verifiedCaller } from "./goalRoutes";
import { StorageNotReadyError } from "./problemOf";

export interface PlanApiDeps {
  /** The plan store, written with the app's own identity; undefined while the server cannot write yet (503). */
  readonly plans: () => PlanStore | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const param = (req: Request, name: string): string => String(req.params[name]);

/** The version a change starts from (`If-Match`), required: a change to a plan is never blind. */
function expectedVersionOf(req: Request, kind: ItemKind, id: string): string {
  const value = req.get("if-match");
  if (value === undefined) {
    throw new ValidationError(kind, id, [
      { path: "If-Match", code: "required", message: "ändringen måste ange vilken version den utgår från" },
    ]);
  }
  return unquoted(value);
}

const kindOfCollection: Record<PlanCollection, PlanKind> = {
  "board-plans": "board-plan",
  "work-plans": "work-plan",
};

/** Each item collection: its kind, the plan collection it sits in and its bodies. */
const itemCollections: readonly {
  readonly plans: PlanCollection;
  readonly items: PlanItemCollection;
  readonly kind: PlanItemKind;
  readonly create: z.ZodType<{ id: string }>;
  readonly change: z.ZodType;
}[] = [
  {
    plans: "board-plans",
    items: "indicators",
    kind: "board-indicator",
    create: newBoardIndicatorRequestSchema,
    change: boardIndicatorRequestSchema,
  },
  {
    plans: "board-plans",
    items: "milestones",
    kind: "milestone",
    create: newMilestoneRequestSchema,
    change: milestoneRequestSchema,
  },
  {
    plans: "board-plans",
    items: "assignments",
    kind: "assignment",
    create: newAssignmentRequestSchema,
    change: assignmentRequestSchema,
  },
  {
    plans: "work-plans",
    items: "activities",
    kind: "activity",
    create: newActivityRequestSchema,
    change: activityRequestSchema,
  },
];

/** The planning API (verksamhetsplan and arbetsplan), mounted at `/api`; see contracts/planApi.ts. */
export function planRoutes(deps: PlanApiDeps): Router {
  const router = Router();
  router.use(["/board-plans", "/work-plans"], verifiedCaller(deps), jsonBody);
  const run: PlanUseCaseDeps = {
    get plans(): PlanStore {
      const store = deps.plans();
      if (store === undefined) throw new StorageNotReadyError();
      return store;
    },
    clock: deps.clock,
  };
  const conditional = { conditional: true } as const;

  router.post(
    "/board-plans",
    route(async (req, caller) => {
      const saved = await createBoardPlan(run, caller, bodyOf(newBoardPlanRequestSchema, req, "board-plan"));
      return { status: 201, body: { plan: saved.value, version: saved.version } };
    }),
  );
  router.post(
    "/work-plans",
    route(async (req, caller) => {
      const saved = await createWorkPlan(run, caller, bodyOf(newWorkPlanRequestSchema, req, "work-plan"));
      return { status: 201, body: { plan: saved.value, version: saved.version } };
    }),
  );

  router.put(
    "/board-plans/:planId",
    route(async (req, caller) => {
      const planId = param(req, "planId");
      const expectedVersion = expectedVersionOf(req, "board-plan", planId);
      const { title } = bodyOf(boardPlanTextRequestSchema, req, "board-plan");
      const saved = await writePlanText(run, caller, { kind: "board-plan", planId, title, expectedVersion });
      return { status: 200, body: { plan: saved.value, version: saved.version } };
    }, conditional),
  );
  router.put(
    "/work-plans/:planId",
    route(async (req, caller) => {
      const planId = param(req, "planId");
      const expectedVersion = expectedVersionOf(req, "work-plan", planId);
      const body = bodyOf(workPlanTextRequestSchema, req, "work-plan");
      const saved = await writePlanText(run, caller, { kind: "work-plan", planId, ...body, expectedVersion });
      return { status: 200, body: { plan: saved.value, version: saved.version } };
    }, conditional),
  );

  const interpretation = (remove: boolean) =>
    route(async (req, caller) => {
      const planId = param(req, "planId");
      const expectedVersion = expectedVersionOf(req, "board-plan", planId);
      const text = remove ? undefined : bodyOf(interpretationRequestSchema, req, "board-plan").text;
      const saved = await writeInterpretation(run, caller, {
        planId,
        focusAreaId: param(req, "focusAreaId"),
        text,
        expectedVersion,
      });
      return { status: 200, body: { plan: saved.value, version: saved.version } };
    }, conditional);
  router.put("/board-plans/:planId/interpretations/:focusAreaId", interpretation(false));
  router.delete("/board-plans/:planId/interpretations/:focusAreaId", interpretation(true));

  router.get(
    "/board-plans/:planId/untranslated-kf-indicators",
    route(async (req, caller) => {
      const planId = param(req, "planId");
      return {
        status: 200,
        body: { planId, kfIndicators: await kfIndicatorsToTranslate(run, caller, planId) },
      };
    }),
  );
  router.get(
    "/work-plans/:planId/link-targets",
    route(async (req, caller) => {
      const planId = param(req, "planId");
      return { status: 200, body: { planId, targets: await activityLinkTargets(run, caller, planId) } };
    }),
  );

  for (const c of itemCollections) {
    const base = `/${c.plans}/:planId/${c.items}`;
    router.post(
      base,
      route(async (req, caller) => {
        const { id, ...content } = bodyOf(c.create, req, c.kind);
        const saved = await savePlanItem(run, caller, {
          kind: c.kind,
          planId: param(req, "planId"),
          itemId: id,
          content: content as PlanItemContent[PlanItemKind],
        });
        return { status: 201, body: { item: saved.value, version: saved.version } };
      }),
    );
    router.put(
      `${base}/:itemId`,
      route(async (req, caller) => {
        const itemId = param(req, "itemId");
        const expectedVersion = expectedVersionOf(req, c.kind, itemId);
        const content = bodyOf(c.change, req, c.kind) as PlanItemContent[PlanItemKind];
        const saved = await savePlanItem(run, caller, {
          kind: c.kind,
          planId: param(req, "planId"),
          itemId,
          content,
          expectedVersion,
        });
        return { status: 200, body: { item: saved.value, version: saved.version } };
      }, conditional),
    );
    router.delete(
      `${base}/:itemId`,
      route(async (req, caller) => {
        const itemId = param(req, "itemId");
        const expectedVersion = expectedVersionOf(req, c.kind, itemId);
        await removePlanItem(run, caller, {
          kind: c.kind,
          planId: param(req, "planId"),
          itemId,
          expectedVersion,
        });
        return { status: 204, body: undefined };
      }, conditional),
    );
  }

  for (const collection of ["board-plans", "work-plans"] as const) {
    const kind = kindOfCollection[collection];
    router.post(
      `/${collection}/:planId/adoption`,
      route(async (req, caller) => {
        const planId = param(req, "planId");
        const expectedVersion = expectedVersionOf(req, kind, planId);
        const { decisionReference } = bodyOf(adoptionRequestSchema, req, kind);
        const saved = await adoptPlanVersion(run, caller, {
          kind,
          planId,
          expectedVersion,
          ...(decisionReference === undefined ? {} : { decisionReference }),
        });
        return { status: 200, body: { plan: saved.value, version: saved.version } };
      }, conditional),
    );
    router.post(
      `/${collection}/:planId/report`,
      route(async (req, caller) => {
        const planId = param(req, "planId");
        const expectedVersion = expectedVersionOf(req, kind, planId);
        bodyOf(reportRequestSchema, req, kind);
        const saved = await reportPlanVersion(run, caller, { kind, planId, expectedVersion });
        return { status: 200, body: { plan: saved.value, version: saved.version } };
      }, conditional),
    );
    router.post(
      `/${collection}/:planId/versions`,
      route(async (req, caller) => {
        const { id } = bodyOf(newVersionRequestSchema, req, kind);
        const saved = await newPlanVersion(run, caller, {
          kind,
          planId: param(req, "planId"),
          newPlanId: id,
        });
        return { status: 201, body: { plan: saved.value, version: saved.version } };
      }),
    );
    router.post(
      `/${collection}/:planId/next-year`,
      route(async (req, caller) => {
        const { id } = bodyOf(nextYearRequestSchema, req, kind);
        const started = await startNextYearPlan(run, caller, {
          kind,
          planId: param(req, "planId"),
          newPlanId: id,
        });
        return {
          status: 201,
          body: { plan: started.plan.value, version: started.plan.version, lostLinks: started.lostLinks },
        };
      }),
    );
  }

  return router;
}
