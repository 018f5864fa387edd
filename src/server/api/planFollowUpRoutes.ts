import { Router, type Request } from "express";
import { z } from "zod";
import {
  ValidationError,
  toIssues,
  type Clock,
  type FollowUpCalendar,
  type PlanFollowUpStore,
} from "../../domain";
import {
  periodCompletionRequestSchema,
  planFollowUpBoardSchema,
  planFollowUpPathSchema,
  planFollowUpQuerySchema,
  planFollowUpRequestSchema,
  savedCompletionOf,
  savedFollowUpOf,
  type PlanFollowUpBoardAnswer,
} from "../../contracts/planFollowUpApi";
import {
  completePeriod,
  planFollowUpBoard,
  recordPlanFollowUp,
  reopenPeriod,
  type PlanFollowUpBoard,
  type PlanFollowUpDeps,
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { route, unquoted, verifiedCaller } from "./routeKit";
import { StorageNotReadyError } from "./problemOf";

export interface PlanFollowUpApiDeps {
  /** The store, read and written with the app's own identity; undefined while the site is not ready (503). */
  readonly planFollowUps?: () => PlanFollowUpStore | undefined;
  readonly clock: Clock;
  readonly calendar?: FollowUpCalendar;
  readonly verifyCaller: CallerVerifier;
}

const swedishErrors = z.locales.sv().localeError;

function contractOf<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input, { error: swedishErrors });
  if (!parsed.success) throw new ValidationError("follow-up", undefined, toIssues(parsed.error));
  return parsed.data;
}

/** `If-Match` as sent, quoted as an entity tag or bare; optional here (a first save has none). */
const versionOf = (req: Request): string | undefined => {
  const value = req.get("if-match");
  return value === undefined ? undefined : unquoted(value);
};

/** The board as the strict contract says it (checked before it leaves). */
export function planFollowUpBoardAnswerOf(board: PlanFollowUpBoard): PlanFollowUpBoardAnswer {
  const unit = (u: { id: string; name: string; kind: string }) => ({ id: u.id, name: u.name, kind: u.kind });
  const item = (i: PlanFollowUpBoard["items"][number]) => ({
    kind: i.ref.kind,
    id: i.ref.id,
    title: i.title,
    followUp: i.followUp === undefined ? null : savedFollowUpOf(i.followUp),
  });
  return planFollowUpBoardSchema.parse({
    period: board.period,
    periods: board.periods,
    unit: unit(board.unit),
    board: unit(board.board),
    plan:
      board.plan === null
        ? null
        : {
            ...item(board.plan),
            rollup: {
              status: board.plan.rollup.status,
              counts: board.plan.rollup.counts,
              followedUp: board.plan.rollup.followedUp,
              total: board.plan.rollup.total,
            },
          },
    items: board.items.map(item),
    progress: {
      status: board.progress.status,
      counts: board.progress.counts,
      followedUp: board.progress.followedUp,
      total: board.progress.total,
    },
    focusAreas: board.focusAreas.map((a) => ({
      focusAreaId: a.focusAreaId,
      heading: a.heading,
      status: a.status,
      counts: a.counts,
      followedUp: a.followedUp,
      total: a.total,
    })),
    completion: board.completion === undefined ? null : savedCompletionOf(board.completion),
    may: board.may,
    overview: board.overview.map((row) => ({
      unit: unit(row.unit),
      depth: row.depth,
      followedUp: row.followedUp,
      total: row.total,
      completion: row.completion ?? null,
    })),
    ...(board.skippedRows === undefined ? {} : { skippedRows: board.skippedRows }),
  });
}

/** The plan follow-up API, mounted at `/api` (see src/contracts/planFollowUpApi.ts). */
export function planFollowUpRoutes(deps: PlanFollowUpApiDeps): Router {
  const router = Router();
  router.use("/plan-follow-ups", verifiedCaller(deps), jsonBody);
  const run: PlanFollowUpDeps = {
    get planFollowUps(): PlanFollowUpStore {
      const store = deps.planFollowUps?.();
      if (store === undefined) throw new StorageNotReadyError();
      return store;
    },
    clock: deps.clock,
    ...(deps.calendar === undefined ? {} : { calendar: deps.calendar }),
  };

  router.get(
    "/plan-follow-ups",
    route(async (req, caller) => {
      const query = contractOf(planFollowUpQuerySchema, req.query);
      const board = await planFollowUpBoard(run, caller, {
        unitId: query.enhet,
        ...(query.period === undefined ? {} : { period: query.period }),
      });
      return { status: 200, body: planFollowUpBoardAnswerOf(board) };
    }),
  );

  router.put(
    "/plan-follow-ups/:kind/:id/:period",
    route(async (req, caller) => {
      const path = contractOf(planFollowUpPathSchema, req.params);
      const body = contractOf(planFollowUpRequestSchema, req.body ?? {});
      const expectedVersion = versionOf(req);
      const saved = await recordPlanFollowUp(run, caller, {
        target: { kind: path.kind, id: path.id },
        period: path.period,
        status: body.status,
        ...(body.comment === undefined ? {} : { comment: body.comment }),
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
      });
      return { status: 200, body: savedFollowUpOf(saved) };
    }),
  );

  router.post(
    "/plan-follow-ups/completions",
    route(async (req, caller) => {
      const saved = await completePeriod(
        run,
        caller,
        contractOf(periodCompletionRequestSchema, req.body ?? {}),
      );
      return { status: 200, body: savedCompletionOf(saved) };
    }),
  );

  router.post(
    "/plan-follow-ups/reopenings",
    route(async (req, caller) => {
      const saved = await reopenPeriod(
        run,
        caller,
        contractOf(periodCompletionRequestSchema, req.body ?? {}),
      );
      return { status: 200, body: savedCompletionOf(saved) };
    }),
  );

  return router;
}
