import {
  kfApiPaths,
  mandateDeskSchema,
  mandateListSchema,
  savedFocusAreaSchema,
  savedKfIndicatorSchema,
  savedProgramDeclarationSchema,
  savedVisionSchema,
  type FocusAreaRequest,
  type KfIndicatorRequest,
  type MandateDesk,
  type MandateList,
  type NewKfIndicatorRequest,
  type ProgramDeclarationRequest,
  type SavedFocusArea,
  type SavedKfIndicator,
  type SavedProgramDeclaration,
  type SavedVision,
  type VisionRequest,
} from "../../contracts/kfLevelApi";
import type { ApiSubject } from "./errorFromProblem";
import { errorFromResponse } from "./errorFromProblem";
import { fetchWithToken } from "./fetchWithToken";
import { fileNameOf, type ReportDownload } from "./reportApiClient";
import { sendJson, type ApiConnection } from "./sendJson";

/** Where the Word file of Mål och budget is served (agreed between the tab and the report route). */
export const malOchBudgetDocxPath = (declarationId: string): string =>
  `/api/reports/mal-och-budget.docx?mandat=${encodeURIComponent(declarationId)}`;

/**
 * The KF level API as the tab's Mål och budget view calls it: reads of the mandates and one mandate's whole
 * KF level, and the kommun's planners' writes. Every write is decided by the server for the person's token;
 * a refusal rejects with the domain's error rebuilt from the problem details (a stale version as a
 * ConflictError carrying what is stored now, a fastställd level as an ApiRequestError in Swedish).
 */
export interface KfLevelClient {
  mandates(): Promise<MandateList>;
  mandate(declarationId: string): Promise<MandateDesk>;
  changeVision(request: VisionRequest, expectedVersion: string): Promise<SavedVision>;
  changeDeclaration(
    declarationId: string,
    request: ProgramDeclarationRequest,
    expectedVersion: string,
  ): Promise<SavedProgramDeclaration>;
  changeFocusArea(
    declarationId: string,
    focusAreaId: string,
    request: FocusAreaRequest,
    expectedVersion: string,
  ): Promise<SavedFocusArea>;
  addIndicator(declarationId: string, request: NewKfIndicatorRequest): Promise<SavedKfIndicator>;
  changeIndicator(
    declarationId: string,
    kfIndicatorId: string,
    request: KfIndicatorRequest,
    expectedVersion: string,
  ): Promise<SavedKfIndicator>;
  removeIndicator(declarationId: string, kfIndicatorId: string, expectedVersion: string): Promise<void>;
  /** KF fastställer the mandate's level with the decision. */
  adopt(declarationId: string, decisionReference: string, expectedVersion: string): Promise<void>;
  /** Opens a fastställd level again as an utkast (same ids, version number + 1). */
  newVersion(declarationId: string, expectedVersion: string): Promise<void>;
  /** Starts the next mandate period from this one, as an utkast with the given id. */
  nextMandate(declarationId: string, newDeclarationId: string): Promise<void>;
  /** Mål och budget as a Word file, made by the server. */
  malOchBudgetFile(declarationId: string): Promise<ReportDownload>;
}

export function createKfLevelApiClient(connection: ApiConnection): KfLevelClient {
  const send = (
    method: "GET" | "PUT" | "POST" | "DELETE",
    path: string,
    subject: ApiSubject,
    body?: unknown,
    expectedVersion?: string,
  ): Promise<unknown> =>
    sendJson(connection, {
      method,
      path,
      subject,
      body,
      headers: expectedVersion === undefined ? {} : { "If-Match": expectedVersion },
    });
  const declaration = (id: string): ApiSubject => ({ kind: "program-declaration", id });
  const indicator = (id: string): ApiSubject => ({ kind: "kf-indicator", id });
  return {
    mandates: async () => mandateListSchema.parse(await send("GET", kfApiPaths.mandates, declaration(""))),
    mandate: async (declarationId) =>
      mandateDeskSchema.parse(
        await send("GET", kfApiPaths.mandate(declarationId), declaration(declarationId)),
      ),
    changeVision: async (request, expectedVersion) =>
      savedVisionSchema.parse(
        await send("PUT", kfApiPaths.vision, { kind: "vision", id: "" }, request, expectedVersion),
      ),
    changeDeclaration: async (declarationId, request, expectedVersion) =>
      savedProgramDeclarationSchema.parse(
        await send(
          "PUT",
          kfApiPaths.mandate(declarationId),
          declaration(declarationId),
          request,
          expectedVersion,
        ),
      ),
    changeFocusArea: async (declarationId, focusAreaId, request, expectedVersion) =>
      savedFocusAreaSchema.parse(
        await send(
          "PUT",
          kfApiPaths.focusArea(declarationId, focusAreaId),
          { kind: "focus-area", id: focusAreaId },
          request,
          expectedVersion,
        ),
      ),
    addIndicator: async (declarationId, request) =>
      savedKfIndicatorSchema.parse(
        await send("POST", kfApiPaths.indicators(declarationId), indicator(request.id), request),
      ),
    changeIndicator: async (declarationId, kfIndicatorId, request, expectedVersion) =>
      savedKfIndicatorSchema.parse(
        await send(
          "PUT",
          kfApiPaths.indicator(declarationId, kfIndicatorId),
          indicator(kfIndicatorId),
          request,
          expectedVersion,
        ),
      ),
    removeIndicator: async (declarationId, kfIndicatorId, expectedVersion) => {
      await send(
        "DELETE",
        kfApiPaths.indicator(declarationId, kfIndicatorId),
        indicator(kfIndicatorId),
        undefined,
        expectedVersion,
      );
    },
    adopt: async (declarationId, decisionReference, expectedVersion) => {
      await send(
        "POST",
        kfApiPaths.adoption(declarationId),
        declaration(declarationId),
        { decisionReference },
        expectedVersion,
      );
    },
    newVersion: async (declarationId, expectedVersion) => {
      await send("POST", kfApiPaths.versions(declarationId), declaration(declarationId), {}, expectedVersion);
    },
    nextMandate: async (declarationId, newDeclarationId) => {
      await send("POST", kfApiPaths.nextMandate(declarationId), declaration(declarationId), {
        id: newDeclarationId,
      });
    },
    malOchBudgetFile: async (declarationId) => {
      const response = await fetchWithToken(
        new URL(malOchBudgetDocxPath(declarationId), connection.origin),
        {},
        connection.getToken,
      );
      if (!response.ok) throw await errorFromResponse(response, declaration(declarationId));
      return {
        blob: await response.blob(),
        fileName: fileNameOf(response.headers.get("content-disposition"), "Mål och budget.docx"),
      };
    },
  };
}
