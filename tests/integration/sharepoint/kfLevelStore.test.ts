import type { Clock } from "../../../src/domain";
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { SharePointKfLevelStore } from "../../../src/sharepoint/stores/kfLevelStore";
import {
  adoptKfLevelVersion,
  mandateDesk,
  mandateList,
  reopenKfLevelVersion,
  saveKfIndicator,
  startNextMandate,
  type KfLevelUseCaseDeps,
} from "../../../src/usecases";
import { startDemoSite } from "./support/demoSite";
import { createRequestCounter, type TestSite } from "./support/localSite";

const lena = { personId: "lena.aberg@malkedjan.local" };
const now = new Date("2026-11-27T09:00:00Z");
const clock: Clock = { now: () => now, today: () => "2026-11-27" };
const mandate = "programforklaring-2023-2026";

/**
 * The KF level's use cases over the SharePoint adapter against a real local site: the round trips each costs
 * stay fixed (the KF lists are read whole in one batch; translations in one more).
 */
describe("the KF level over SharePoint (app identity writes)", () => {
  let site: TestSite;
  const counter = createRequestCounter();
  let deps: KfLevelUseCaseDeps;
  beforeAll(async () => {
    site = await startDemoSite();
    const app = createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter });
    deps = { kfLevel: new SharePointKfLevelStore(app), clock };
  }, 120_000);
  afterAll(() => site.close());

  const counted = async <T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> => {
    const before = counter.count;
    const result = await work();
    return { result, roundTrips: counter.count - before };
  };

  it("reads the mandate list in 1 round trip and a mandate's desk with its translations in 2", async () => {
    const list = await counted(() => mandateList(deps, lena));
    expect(list.roundTrips).toBe(1);
    expect(list.result.currentId).toBe(mandate);
    const desk = await counted(() => mandateDesk(deps, lena, mandate));
    expect(desk.roundTrips).toBe(2);
    expect(desk.result.mayEdit).toBe(true);
    expect(desk.result.focusAreas.flatMap((a) => a.kfIndicators.map((k) => k.translations))).toEqual([
      1, 1, 0, 1, 1, 1, 1, 1,
    ]);
  });

  it("writes in 2 round trips (the scene, then the write) and starts the next mandate in one batch more", async () => {
    const desk = await mandateDesk(deps, lena, mandate);
    const reopened = await counted(() =>
      reopenKfLevelVersion(deps, lena, { declarationId: mandate, expectedVersion: desk.declaration.version }),
    );
    expect(reopened.roundTrips).toBe(2);
    expect(reopened.result.value).toMatchObject({
      status: "draft",
      versionNumber: 2,
      createdAt: now.toISOString(),
    });
    const added = await counted(() =>
      saveKfIndicator(deps, lena, {
        declarationId: mandate,
        indicatorId: "kf-9",
        content: {
          focusAreaId: "ekologisk-hallbarhet",
          name: "Andel fossilfria resor",
          measureUnit: "%",
          direction: "increase",
        },
      }),
    );
    expect(added.roundTrips).toBe(2);
    expect(added.result.value.number).toBe(9);
    await adoptKfLevelVersion(deps, lena, {
      declarationId: mandate,
      expectedVersion: reopened.result.version,
      decisionReference: "KF 2026-11-16 § 12",
    });
    const next = await counted(() =>
      startNextMandate(deps, lena, { declarationId: mandate, newDeclarationId: "pf-2027-2030" }),
    );
    // The scene, one batch of 13 rows (1 + 3 + 9), the written programförklaring read back.
    expect(next.roundTrips).toBe(3);
    const again = await counted(() =>
      startNextMandate(deps, lena, { declarationId: mandate, newDeclarationId: "pf-2027-2030" }),
    );
    expect(again.roundTrips).toBe(1);
    expect(again.result).toEqual(next.result);
    const copy = await mandateDesk(deps, lena, "pf-2027-2030");
    expect(copy.focusAreas.map((a) => a.kfIndicators.length)).toEqual([6, 1, 2]);
  });
});
