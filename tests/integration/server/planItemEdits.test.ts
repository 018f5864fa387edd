/**
 * Changing and removing plan items over HTTP with the planner's own token, on the demo: a change of a nämnd
 * indicator keeps what the API's body cannot carry (its kvinnor/män split, its global goals); removing an
 * item something depends on is refused in the plan's words and nothing is removed; a stale version is 412
 * with what is stored now; an item nothing depends on is removed (204).
 */
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { fromRow, type ListRow } from "../../../src/sharepoint/mapping/rowMapping";
import type { EntityList } from "../../../src/sharepoint/schema/columns";
import { lists } from "../../../src/sharepoint/schema/lists";
import { apiCall, useLocalServer, type Json } from "./support/localServer";

const johan = "johan.wikstrom@malkedjan.local";
const session = useLocalServer("plan-item-edits");
const gsn = "/api/board-plans/grundskolenamnden-2026-v2";

const call = (method: string, url: string, body?: unknown, version?: string) =>
  apiCall(
    session.server.origin,
    method,
    url,
    johan,
    body,
    version === undefined ? {} : { "If-Match": version },
  );

/** A board-plan item of the new version, copied from `from`, with its version. */
async function copyOf<K extends "milestone" | "board-indicator">(list: EntityList<K>, from: string) {
  const rows = await session.server.sp.web.lists
    .getByTitle(list.title)
    .items.filter("BoardPlanId eq 'grundskolenamnden-2026-v2'")
    .select("Id", "Key", "Title", ...list.entityColumns.map((c) => c.name))<ListRow[]>();
  const found = rows.map((row) => fromRow(list, row)).find((x) => x.value.copiedFromId === from);
  if (found === undefined) throw new Error(`no copy of ${from}`);
  return found;
}

describe("changing and removing a verksamhetsplan's items", () => {
  beforeAll(async () => {
    const started = await call("POST", "/api/board-plans/grundskolenamnden-2026/versions", {
      id: "grundskolenamnden-2026-v2",
    });
    expect(started.status).toBe(201);
  }, 60_000);

  it("keeps a nämnd indicator's kvinnor/män split and global goals through a change of its target", async () => {
    const stored = await copyOf(lists["board-indicator"], "grundskolenamnden-2026-ind-3");
    expect(stored.value.genderSplit).toBe(true);
    const { id, name, measureUnit, direction, kfIndicatorId, baseline } = stored.value;
    const changed = await call(
      "PUT",
      `${gsn}/indicators/${id}`,
      {
        kfIndicatorId,
        name,
        measureUnit,
        direction,
        ...(baseline ? { baseline } : {}),
        target: { value: 81, year: 2026 },
      },
      stored.version,
    );
    expect(changed.status).toBe(200);
    expect(changed.body["item"] as Json).toMatchObject({
      target: { value: 81, year: 2026 },
      genderSplit: true,
      agenda2030Goals: stored.value.agenda2030Goals,
    });
  });

  it("refuses to remove an indicator with etappmål in the plan's words, and a stale removal with what is stored", async () => {
    const indicator = await copyOf(lists["board-indicator"], "grundskolenamnden-2026-ind-5");
    const refused = await call(
      "DELETE",
      `${gsn}/indicators/${indicator.value.id}`,
      undefined,
      indicator.version,
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: "invalid-link",
      reason: "has-dependants",
      detail: "Indikatorn har 2 etappmål. Ta bort dem först.",
    });

    const milestone = await copyOf(lists.milestone, "grundskolenamnden-2026-etappmal-5-kort");
    const stale = await call("DELETE", `${gsn}/milestones/${milestone.value.id}`, undefined, '1|"stale"');
    expect(stale.status).toBe(412);
    expect((stale.body["current"] as Json)["version"]).toBe(milestone.version);

    const removed = await call(
      "DELETE",
      `${gsn}/milestones/${milestone.value.id}`,
      undefined,
      milestone.version,
    );
    expect(removed.status).toBe(204);
    await expect(copyOf(lists.milestone, "grundskolenamnden-2026-etappmal-5-kort")).rejects.toThrow(
      "no copy",
    );
  });
});
