import { Router, type Request } from "express";
import type { Clock, KfLevelStore } from "../../domain";
import {
  focusAreaRequestSchema,
  kfAdoptionRequestSchema,
  kfIndicatorRequestSchema,
  kfNewVersionRequestSchema,
  newKfIndicatorRequestSchema,
  nextMandateRequestSchema,
  programDeclarationRequestSchema,
  visionRequestSchema,
  type MandateDesk,
  type MandateList,
} from "../../contracts/kfLevelApi";
import {
  adoptKfLevelVersion,
  mandateDesk,
  mandateList,
  removeKfIndicator,
  reopenKfLevelVersion,
  saveKfIndicator,
  startNextMandate,
  writeDeclaration,
  writeFocusArea,
  writeVision,
  type KfLevelUseCaseDeps,
} from "../../usecases";
import type { CallerVerifier } from "../auth/callerVerifier";
import { jsonBody } from "../http/api";
import { StorageNotReadyError } from "./problemOf";
import { bodyOf, expectedVersionOf, route, verifiedCaller } from "./routeKit";

export interface KfApiDeps {
  /** The KF level's store, written with the app's own identity; undefined while not ready (503). */
  readonly kfLevel: () => KfLevelStore | undefined;
  readonly clock: Clock;
  readonly verifyCaller: CallerVerifier;
}

const param = (req: Request, name: string): string => String(req.params[name]);

const declarationAnswer = (saved: { value: unknown; version: string }) => ({
  declaration: saved.value,
  version: saved.version,
});

/** The KF level API (vision, programförklaring, målområden, KF indicators), mounted at `/api`: contracts/kfLevelApi.ts. */
export function kfRoutes(deps: KfApiDeps): Router {
  const router = Router();
  router.use("/kf", verifiedCaller(deps), jsonBody);
  const run: KfLevelUseCaseDeps = {
    get kfLevel(): KfLevelStore {
      const store = deps.kfLevel();
      if (store === undefined) throw new StorageNotReadyError();
      return store;
    },
    clock: deps.clock,
  };
  const conditional = { conditional: true } as const;
  const mandate = "/kf/mandates/:declarationId";

  router.get(
    "/kf/mandates",
    route(async (_req, caller) => {
      const list = await mandateList(run, caller);
      const body: MandateList = {
        mandates: [...list.mandates],
        ...(list.currentId === undefined ? {} : { currentId: list.currentId }),
      };
      return { status: 200, body };
    }),
  );
  router.get(
    mandate,
    route(async (req, caller) => {
      const desk = await mandateDesk(run, caller, param(req, "declarationId"));
      const body: MandateDesk = {
        vision: { vision: desk.vision.value, version: desk.vision.version },
        declaration: { declaration: desk.declaration.value, version: desk.declaration.version },
        focusAreas: desk.focusAreas.map((a) => ({
          focusArea: a.focusArea.value,
          version: a.focusArea.version,
          kfIndicators: a.kfIndicators.map((k) => ({
            indicator: k.indicator.value,
            version: k.indicator.version,
            translations: k.translations,
          })),
        })),
        mayEdit: desk.mayEdit,
      };
      return { status: 200, body };
    }),
  );

  router.put(
    "/kf/vision",
    route(async (req, caller) => {
      const expectedVersion = expectedVersionOf(req, "vision", "vision");
      const body = bodyOf(visionRequestSchema, req, "vision");
      const saved = await writeVision(run, caller, { ...body, expectedVersion });
      return { status: 200, body: { vision: saved.value, version: saved.version } };
    }, conditional),
  );
  router.put(
    mandate,
    route(async (req, caller) => {
      const declarationId = param(req, "declarationId");
      const expectedVersion = expectedVersionOf(req, "program-declaration", declarationId);
      const body = bodyOf(programDeclarationRequestSchema, req, "program-declaration");
      const saved = await writeDeclaration(run, caller, { declarationId, ...body, expectedVersion });
      return { status: 200, body: declarationAnswer(saved) };
    }, conditional),
  );
  router.put(
    `${mandate}/focus-areas/:focusAreaId`,
    route(async (req, caller) => {
      const focusAreaId = param(req, "focusAreaId");
      const expectedVersion = expectedVersionOf(req, "focus-area", focusAreaId);
      const body = bodyOf(focusAreaRequestSchema, req, "focus-area");
      const saved = await writeFocusArea(run, caller, {
        declarationId: param(req, "declarationId"),
        focusAreaId,
        ...body,
        expectedVersion,
      });
      return { status: 200, body: { focusArea: saved.value, version: saved.version } };
    }, conditional),
  );

  router.post(
    `${mandate}/indicators`,
    route(async (req, caller) => {
      const { id, ...content } = bodyOf(newKfIndicatorRequestSchema, req, "kf-indicator");
      const saved = await saveKfIndicator(run, caller, {
        declarationId: param(req, "declarationId"),
        indicatorId: id,
        content,
      });
      return { status: 201, body: { indicator: saved.value, version: saved.version } };
    }),
  );
  router.put(
    `${mandate}/indicators/:kfIndicatorId`,
    route(async (req, caller) => {
      const indicatorId = param(req, "kfIndicatorId");
      const expectedVersion = expectedVersionOf(req, "kf-indicator", indicatorId);
      const content = bodyOf(kfIndicatorRequestSchema, req, "kf-indicator");
      const saved = await saveKfIndicator(run, caller, {
        declarationId: param(req, "declarationId"),
        indicatorId,
        content,
        expectedVersion,
      });
      return { status: 200, body: { indicator: saved.value, version: saved.version } };
    }, conditional),
  );
  router.delete(
    `${mandate}/indicators/:kfIndicatorId`,
    route(async (req, caller) => {
      const indicatorId = param(req, "kfIndicatorId");
      const expectedVersion = expectedVersionOf(req, "kf-indicator", indicatorId);
      await removeKfIndicator(run, caller, {
        declarationId: param(req, "declarationId"),
        indicatorId,
        expectedVersion,
      });
      return { status: 204, body: undefined };
    }, conditional),
  );

  router.post(
    `${mandate}/adoption`,
    route(async (req, caller) => {
      const declarationId = param(req, "declarationId");
      const expectedVersion = expectedVersionOf(req, "program-declaration", declarationId);
      const { decisionReference } = bodyOf(kfAdoptionRequestSchema, req, "program-declaration");
      const saved = await adoptKfLevelVersion(run, caller, {
        declarationId,
        expectedVersion,
        decisionReference,
      });
      return { status: 200, body: declarationAnswer(saved) };
    }, conditional),
  );
  router.post(
    `${mandate}/versions`,
    route(async (req, caller) => {
      const declarationId = param(req, "declarationId");
      const expectedVersion = expectedVersionOf(req, "program-declaration", declarationId);
      bodyOf(kfNewVersionRequestSchema, req, "program-declaration");
      const saved = await reopenKfLevelVersion(run, caller, { declarationId, expectedVersion });
      return { status: 200, body: declarationAnswer(saved) };
    }, conditional),
  );
  router.post(
    `${mandate}/next-mandate`,
    route(async (req, caller) => {
      const { id } = bodyOf(nextMandateRequestSchema, req, "program-declaration");
      const saved = await startNextMandate(run, caller, {
        declarationId: param(req, "declarationId"),
        newDeclarationId: id,
      });
      return { status: 201, body: declarationAnswer(saved) };
    }),
  );

  return router;
}
