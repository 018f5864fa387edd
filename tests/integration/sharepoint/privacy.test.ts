import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { NotFoundError, ForbiddenError } from "../../../src/domain";
import { personalReaders, syncPersonalAccess } from "../../../src/sharepoint/admin/personalAccess";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { GoalSearch } from "../../../src/sharepoint/repositories/goalSearch";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, type TestSite } from "./support/localSite";
import { eq } from "../../../src/sharepoint/odata/filter";
import { goalFollowUpLists, goalLists, type PartitionedList } from "../../../src/sharepoint/schema/lists";
import type { ItemKind } from "../../../src/domain";
import { noneIfUnseen } from "../../../src/sharepoint/lists/rows";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local"; // chef of Sjödalsskolan
const mikael = "mikael.sandberg@malkedjan.local"; // chef of Kvarnbergsskolan
const sjodalsStaff = huddinge.person
  .filter((p) => p.unitId === "sjodalsskolan" && p.id !== karin)
  .map((p) => p.id);

type Row = {
  Id: number;
  EmployeeId: string | null;
  Key: string | null;
  FSObjType: number;
  FileLeafRef: string;
};

describe("private individual goals (folder per medarbetare)", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
  }, 120_000);
  afterAll(() => site.close());

  /** Every row a person sees in every partition of a personal list. */
  const rawRows = async <K extends ItemKind>(upn: string, lists: PartitionedList<K>) =>
    (
      await Promise.all(
        lists.all.map((list) =>
          noneIfUnseen(
            site
              .as(upn)
              .web.lists.getByTitle(list.title)
              .items.select("Id", "EmployeeId", "Key", "FSObjType", "FileLeafRef")
              .top(5000)<Row[]>(),
            [],
          ),
        ),
      )
    ).flat();
  /** Whose rows a person sees in a list; folder rows count by their name (the medarbetare's UPN). */
  const employeesSeenBy = async (
    upn: string,
    lists: PartitionedList<"individual-goal"> | PartitionedList<"follow-up"> = goalLists,
  ) =>
    [
      ...new Set(
        (await rawRows(upn, lists)).map((r) =>
          Number(r.FSObjType) === 1 ? r.FileLeafRef : (r.EmployeeId ?? ""),
        ),
      ),
    ].sort();

  it("lets a medarbetare read only their own goals through every repository method", async () => {
    const erikGoal = huddinge["individual-goal"].find((g) => g.employeeId === erik);
    const erikFollowUp = huddinge["follow-up"].find((f) => f.target.id === erikGoal?.id);
    if (erikGoal === undefined || erikFollowUp === undefined) throw new Error("demo lacks Erik's goal");
    const repos = createRepositories({ sp: site.as(maria), actorId: maria });

    await expect(repos["individual-goal"].get(erikGoal.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await repos["individual-goal"].getMany([erikGoal.id])).toEqual([]);
    await expect(repos["follow-up"].get(erikFollowUp.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await new GoalSearch(site.as(maria)).byTitle(erik, "")).toEqual([]);

    const view = await new SharePointSteeringQueries(site.as(maria)).myGoals(maria, 2026);
    expect(new Set(view.goals.map((g) => g.employeeId))).toEqual(new Set([maria]));

    // Writing into Erik's folder is refused too: access denied in a list Maria sees (her own partition),
    // and in another partition the list does not exist for her at all.
    const samePartition = goalLists.of(erik) === goalLists.of(maria);
    await expect(
      repos["individual-goal"].create({ ...erikGoal, id: "smuggled-goal" }),
    ).rejects.toBeInstanceOf(samePartition ? ForbiddenError : NotFoundError);
    const admin = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
    expect(await admin["individual-goal"].getMany(["smuggled-goal"])).toEqual([]);
  });

  it("lets a medarbetare see only their own rows through raw PnPjs calls to the lists", async () => {
    expect(await employeesSeenBy(maria)).toEqual([maria]);
    expect(await employeesSeenBy(maria, goalFollowUpLists)).toEqual([maria]);
    const erikGoals = goalLists.of(erik).title;
    // Erik's partition is, to Maria, empty or (when she holds no folder in it) a list that does not exist.
    const filtered = await noneIfUnseen(
      site.as(maria).web.lists.getByTitle(erikGoals).items.filter(eq("EmployeeId", erik))<Row[]>(),
      [],
    );
    expect(filtered).toEqual([]);

    const erikRows = (await rawRows(adminUpn, goalLists)).filter((r) => r.EmployeeId === erik);
    const erikRow = erikRows[0];
    if (erikRow === undefined) throw new Error("admin sees no goal of Erik");
    await expect(
      site.as(maria).web.lists.getByTitle(erikGoals).items.getById(erikRow.Id)(),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      site.as(maria).web.lists.getByTitle(erikGoals).items.getById(erikRow.Id).update({ Title: "kapad" }),
    ).rejects.toHaveProperty("status");
  });

  it("lets a chef read exactly their own staff's goals, across the partitions they are spread over", async () => {
    const partitions = new Set([karin, ...sjodalsStaff].map((id) => goalLists.of(id).title));
    expect(partitions.size).toBeGreaterThan(1);
    // Her own folder (her goals are read by her chef) and her staff's, nobody else's.
    expect(await employeesSeenBy(karin)).toEqual([karin, ...sjodalsStaff].sort());
    const team = await new SharePointSteeringQueries(site.as(karin)).team(karin, "sjodalsskolan", 2026);
    expect(team.goals.map((g) => g.id).sort()).toEqual(
      huddinge["individual-goal"]
        .filter((g) => sjodalsStaff.includes(g.employeeId))
        .map((g) => g.id)
        .sort(),
    );
  });

  it("moves access with a chef change: the old chef reads none of the staff's goals, the new chef all", async () => {
    const admin = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
    const unit = await admin["org-unit"].get("sjodalsskolan");
    await admin["org-unit"].update({ ...unit.value, chefId: mikael }, unit.version);
    const units = (await admin["org-unit"].getMany(huddinge["org-unit"].map((u) => u.id))).map(
      (u) => u.value,
    );
    const report = await syncPersonalAccess(site.as(adminUpn), personalReaders(huddinge.person, units));
    expect(report.grantsRemoved).toBeGreaterThan(0);

    const karinSees = await employeesSeenBy(karin);
    expect(karinSees.filter((id) => sjodalsStaff.includes(id))).toEqual([]);
    expect(await employeesSeenBy(karin, goalFollowUpLists)).not.toContain(erik);
    const mikaelSees = await employeesSeenBy(mikael);
    for (const employee of huddinge["individual-goal"]
      .map((g) => g.employeeId)
      .filter((id) => sjodalsStaff.includes(id))) {
      expect(mikaelSees).toContain(employee);
    }

    // Running it again finds nothing to change.
    expect(await syncPersonalAccess(site.as(adminUpn), personalReaders(huddinge.person, units))).toEqual({
      foldersCreated: 0,
      grantsAdded: 0,
      grantsRemoved: 0,
      grantsChanged: 0,
    });
  });
});
