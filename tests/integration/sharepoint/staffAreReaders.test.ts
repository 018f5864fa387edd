import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import "@pnp/sp/security/web";
import "@pnp/sp/security/list";
import "@pnp/sp/security/item";
import "@pnp/sp/site-groups/web";
import "@pnp/sp/site-users/web";
import { Item, type IItem } from "@pnp/sp/items";
import type { IndividualGoal } from "../../../src/domain";
import { refreshCoverage } from "../../../src/sharepoint/admin/coverage";
import {
  describePersonalAccess,
  personalReadersFromSite,
  syncPersonalAccess,
} from "../../../src/sharepoint/admin/personalAccess";
import { loginNameOf } from "../../../src/sharepoint/admin/principals";
import { RoleType, roleDefinitionId as roleId } from "../../../src/sharepoint/admin/roles";
import { goalFollowUpLists, goalLists } from "../../../src/sharepoint/schema/lists";
import { eq } from "../../../src/sharepoint/odata/filter";
import { provisionSite } from "../../../src/sharepoint/provision";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { folderNameFor } from "../../../src/sharepoint/repositories/personalFolders";
import { allLists } from "../../../src/sharepoint/schema/lists";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, type TestSite } from "./support/localSite";

/** Maria's partition of the personal lists (the lists the tests' own reads of her goals go to). */
const goalsList = goalLists.of("maria.johansson@malkedjan.local").title;
/** Every partition of both personal lists. */
const personalTitles = [...goalLists.all, ...goalFollowUpLists.all].map((l) => l.title);
const maria = "maria.johansson@malkedjan.local"; // medarbetare at Sjödalsskolan
const erik = "erik.sjoberg@malkedjan.local"; // her colleague
const karin = "karin.lindqvist@malkedjan.local"; // chef of Sjödalsskolan
const sofia = "sofia.ekstrom@malkedjan.local"; // planner for Utbildningsförvaltningen, chef of nobody
const helena = "helena.bergstrom@malkedjan.local"; // chef of Grundskola, Karin's chef
const anders = "anders.holm@malkedjan.local"; // förvaltningschef, Sofia's chef

/** Every list staff read but must not write: plans, KF level, organisation, people, coverage. */
const publicLists = allLists.filter((l) => l.personal !== true && l.appOnly !== true).map((l) => l.title);
/** Lists only the app reads (bot conversations, the reminder ledger, the run lease): staff do not even see them. */
const appOnlyLists = allLists.filter((l) => l.appOnly === true).map((l) => l.title);
/** Every list that is not personal, with the row staff aim at. */
const sharedLists = [...publicLists, ...appOnlyLists];

/** A folder's list item, where SharePoint keeps a folder's permissions. */
const folderItem = (sp: SPFI, url: string): IItem =>
  Item(sp.web.getFolderByServerRelativePath(url), "ListItemAllFields");

/** What one attacker reaches for: their own rows and folders, someone else's folder, the site's ids. */
interface Target {
  readonly sp: SPFI;
  readonly upn: string;
  readonly userId: number;
  readonly ownGoalRowId: number;
  readonly ownGoalsFolder: string;
  /** The attacker's partition of the goals and follow-ups, and the other person's of the goals. */
  readonly goalsList: string;
  readonly followUpsList: string;
  readonly otherGoalsList: string;
  readonly ownFollowUpsFolder: string;
  /** A folder of another medarbetare (for a chef: one of her staff, whose folder she reads). */
  readonly otherGoalsFolder: string;
  /**
   * Whether the attacker sees the other person's partition of the goals at all: only where they hold or
   * read a folder in it (Limited Access). Elsewhere SharePoint answers 404 for the list, as if it did not exist.
   */
  readonly seesOtherGoalsList: boolean;
  /** The first row of every public list, by title. */
  readonly firstRow: ReadonlyMap<string, number>;
  readonly sjodalsskolanRowId: number;
  readonly ownPersonRowId: number;
  readonly fullControlId: number;
  readonly contributeId: number;
}

/** An attempt, and the status it is refused with (403 Access denied unless it says otherwise). */
type Attempt = readonly [name: string, run: (t: Target) => Promise<unknown>, refusal?: (t: Target) => number];

const formValues = (values: Record<string, string>) =>
  Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }));

const rowOf = (t: Target, title: string): number => {
  const id = t.firstRow.get(title);
  if (id === undefined) throw new Error(`no row in ${title}`);
  return id;
};

/** Every write straight to SharePoint a member of staff could try with their own token. */
const attempts: readonly Attempt[] = [
  ...publicLists.flatMap((title): Attempt[] => [
    [
      `add an item to ${title}`,
      (t) => t.sp.web.lists.getByTitle(title).items.add({ Title: "Förfalskad", Key: `forged-${t.upn}` }),
    ],
    [
      `update an item in ${title}`,
      (t) => t.sp.web.lists.getByTitle(title).items.getById(rowOf(t, title)).update({ Title: "Kapad" }),
    ],
    [
      `delete an item in ${title}`,
      (t) => t.sp.web.lists.getByTitle(title).items.getById(rowOf(t, title)).delete(),
    ],
  ]),
  // An app-only list is not there for staff at all (404, as SharePoint answers for a list one may not see).
  ...appOnlyLists.flatMap((title): Attempt[] => [
    [`read ${title}`, (t) => t.sp.web.lists.getByTitle(title).items.top(1)(), () => 404],
    [
      `add an item to ${title}`,
      (t) => t.sp.web.lists.getByTitle(title).items.add({ Title: "Förfalskad", Key: `forged-${t.upn}` }),
      () => 404,
    ],
    [
      `update an item in ${title}`,
      (t) => t.sp.web.lists.getByTitle(title).items.getById(rowOf(t, title)).update({ Title: "Kapad" }),
      () => 404,
    ],
    [
      `delete an item in ${title}`,
      (t) => t.sp.web.lists.getByTitle(title).items.getById(rowOf(t, title)).delete(),
      () => 404,
    ],
  ]),
  [
    "make oneself chef of Sjödalsskolan (Organisation.ChefId)",
    (t) =>
      t.sp.web.lists.getByTitle("Organisation").items.getById(t.sjodalsskolanRowId).update({ ChefId: t.upn }),
  ],
  [
    "make oneself a municipal planner (Personer.Roles)",
    (t) =>
      t.sp.web.lists
        .getByTitle("Personer")
        .items.getById(t.ownPersonRowId)
        .update({ Roles: JSON.stringify([{ kind: "municipal-planner" }]), Planner: "yes" }),
  ],
  ["add a field to a list", (t) => t.sp.web.lists.getByTitle("Arbetsplaner").fields.addText("Forged")],
  ["create a list", (t) => t.sp.web.lists.add("Förfalskad lista", "", 100, false)],
  ["delete a list", (t) => t.sp.web.lists.getByTitle("Aktiviteter").delete()],
  ["rename the site", (t) => t.sp.web.update({ Title: "Kapad" })],
  [
    "break inheritance on a list",
    (t) => t.sp.web.lists.getByTitle("Organisation").breakRoleInheritance(true),
  ],
  [
    "break inheritance on one's own folder again",
    (t) => folderItem(t.sp, t.ownGoalsFolder).breakRoleInheritance(true, false),
  ],
  ["grant oneself Full Control on the site", (t) => t.sp.web.roleAssignments.add(t.userId, t.fullControlId)],
  [
    "grant oneself Contribute on one's own goal folder",
    (t) => folderItem(t.sp, t.ownGoalsFolder).roleAssignments.add(t.userId, t.contributeId),
  ],
  [
    "grant oneself Contribute on the Organisation list",
    (t) => t.sp.web.lists.getByTitle("Organisation").roleAssignments.add(t.userId, t.contributeId),
  ],
  ["add oneself to the Owners group", (t) => t.sp.web.associatedOwnerGroup.users.add(loginNameOf(t.upn))],
  ["add oneself to the Visitors group", (t) => t.sp.web.associatedVisitorGroup.users.add(loginNameOf(t.upn))],
  [
    "set AgreedByManagerAt on one's own goal",
    (t) =>
      t.sp.web.lists
        .getByTitle(t.goalsList)
        .items.getById(t.ownGoalRowId)
        .update({ AgreedByManagerAt: "2026-02-10T10:05:00Z" }),
  ],
  [
    "set AgreedByManagerAt on one's own goal through the validating form update",
    (t) =>
      t.sp.web.lists
        .getByTitle(t.goalsList)
        .items.getById(t.ownGoalRowId)
        .validateUpdateListItem(formValues({ AgreedByManagerAt: "2026-02-10T10:05:00Z" })),
  ],
  [
    "delete one's own goal",
    (t) => t.sp.web.lists.getByTitle(t.goalsList).items.getById(t.ownGoalRowId).delete(),
  ],
  [
    "add a follow-up in one's own folder",
    (t) =>
      t.sp.web.lists.getByTitle(t.followUpsList).addValidateUpdateItemUsingPath(
        formValues({
          Key: `forged-follow-up-${t.upn}`,
          Title: "Förfalskad",
          EmployeeId: t.upn,
          RecordedBy: karin,
          Status: "on-track",
        }),
        t.ownFollowUpsFolder,
      ),
  ],
  [
    "add a goal in one's own folder",
    (t) =>
      t.sp.web.lists
        .getByTitle(t.goalsList)
        .addValidateUpdateItemUsingPath(
          formValues({ Key: `forged-goal-${t.upn}`, Title: "Förfalskat", EmployeeId: t.upn }),
          t.ownGoalsFolder,
        ),
  ],
  [
    "add a goal in another person's folder",
    (t) =>
      t.sp.web.lists
        .getByTitle(t.otherGoalsList)
        .addValidateUpdateItemUsingPath(
          formValues({ Key: `smuggled-goal-${t.upn}`, Title: "Insmugglat", EmployeeId: t.upn }),
          t.otherGoalsFolder,
        ),
    // A list the caller cannot see is one SharePoint says does not exist: 404, not 403.
    (t) => (t.seesOtherGoalsList ? 403 : 404),
  ],
  [
    "add a goal at a personal list's root",
    (t) =>
      t.sp.web.lists.getByTitle(t.goalsList).items.add({ Key: `root-goal-${t.upn}`, Title: "Förfalskat" }),
  ],
  [
    "create a folder inside one's own folder",
    (t) => t.sp.web.getFolderByServerRelativePath(t.ownGoalsFolder).folders.addUsingPath("Förfalskad"),
  ],
];

/** A refusal as SharePoint gives it: 403 Access denied (or 404 where the caller cannot see the list). */
async function expectRefused(attempt: Promise<unknown>, status = 403): Promise<void> {
  await expect(attempt).rejects.toMatchObject({ status });
}

/** Staff's own goals: Karin and Sofia have none in the demo, so each gets one (written as the app). */
async function giveOwnGoals(site: TestSite): Promise<void> {
  const repos = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
  const template = huddinge["individual-goal"].find((g) => g.employeeId === maria);
  if (template === undefined) throw new Error("demo lacks Maria's goal");
  const own = (employeeId: string, managerId: string, unitId: string): IndividualGoal => ({
    ...template,
    id: `${employeeId.split("@")[0] ?? employeeId}-2026-eget`,
    employeeId,
    managerId,
    unitId,
  });
  await repos["individual-goal"].create(own(karin, helena, "sjodalsskolan"));
  await repos["individual-goal"].create(own(sofia, anders, "utbildningsforvaltningen"));
}

/** Rows staff may try to overwrite: coverage counted by the app, one reminder in the ledger, the run lease, one bot conversation. */
async function fillAppLists(site: TestSite): Promise<void> {
  const admin = site.as(adminUpn);
  await refreshCoverage(admin, "sjodalsskolan", 2026);
  await admin.web.lists.getByTitle("Påminnelser").items.add({
    Key: "reminder:maria:2026-04-20",
    Title: "reminder:maria:2026-04-20",
    RecipientId: maria,
    Outcome: "sent",
    Attempts: 1,
    SentAt: "2026-04-20T07:00:00Z",
  });
  await admin.web.lists.getByTitle("Körningar").items.add({
    Key: "påminnelser",
    Title: "påminnelser",
    Holder: "server-1",
    ExpiresAt: "2026-04-20T07:01:00Z",
  });
  await admin.web.lists.getByTitle("Teams-samtal").items.add({
    Key: maria,
    Title: maria,
    ConversationId: "a:1maria",
    ServiceUrl: "https://smba.trafficmanager.net/emea/",
    InstalledAt: "2026-04-20T07:00:00Z",
  });
  await admin.web.lists.getByTitle("Klarmarkeringar").items.add({
    Key: "sjodalsskolan--2026-tertial1",
    Title: "sjodalsskolan--2026-tertial1",
    UnitId: "sjodalsskolan",
    Period: "2026-tertial1",
    State: "complete",
  });
}

async function targetOf(site: TestSite, upn: string, other: string): Promise<Target> {
  const admin = site.as(adminUpn);
  const rowId = async (title: string, key: string): Promise<number> => {
    const [row] = await admin.web.lists.getByTitle(title).items.select("Id").filter(eq("Key", key))<
      { Id: number }[]
    >();
    if (row === undefined) throw new Error(`no ${key} in ${title}`);
    return row.Id;
  };
  const firstRow = new Map<string, number>();
  for (const title of sharedLists) {
    const [row] = await admin.web.lists.getByTitle(title).items.select("Id").top(1)<{ Id: number }[]>();
    if (row === undefined) throw new Error(`${title} is empty`);
    firstRow.set(title, row.Id);
  }
  const root = async (title: string) =>
    (
      await admin.web.lists.getByTitle(title).rootFolder.select("ServerRelativeUrl")<{
        ServerRelativeUrl: string;
      }>()
    ).ServerRelativeUrl;
  const [goalsRoot, followUpsRoot, otherGoalsRoot] = await Promise.all([
    root(goalLists.of(upn).title),
    root(goalFollowUpLists.of(upn).title),
    root(goalLists.of(other).title),
  ]);
  const sp = site.as(upn);
  const me = await sp.web.currentUser.select("Id")<{ Id: number }>();
  const seesOtherGoalsList = await sp.web.lists
    .getByTitle(goalLists.of(other).title)
    .select("Id")()
    .then(
      () => true,
      (error: unknown) => {
        if ((error as { status?: number }).status === 404) return false;
        throw error;
      },
    );
  // The attacker finds their own goal with their own token: reading it is allowed.
  const [ownGoal] = await sp.web.lists
    .getByTitle(goalLists.of(upn).title)
    .items.select("Id")
    .filter(eq("EmployeeId", upn))<{ Id: number }[]>();
  if (ownGoal === undefined) throw new Error(`${upn} reads no goal of their own`);
  const [fullControl, contribute] = await Promise.all([
    roleId(admin, RoleType.FullControl),
    roleId(admin, RoleType.Contribute),
  ]);
  return {
    sp,
    upn,
    userId: me.Id,
    ownGoalRowId: ownGoal.Id,
    ownGoalsFolder: `${goalsRoot}/${folderNameFor(upn)}`,
    ownFollowUpsFolder: `${followUpsRoot}/${folderNameFor(upn)}`,
    otherGoalsFolder: `${otherGoalsRoot}/${folderNameFor(other)}`,
    seesOtherGoalsList,
    goalsList: goalLists.of(upn).title,
    followUpsList: goalFollowUpLists.of(upn).title,
    otherGoalsList: goalLists.of(other).title,
    firstRow,
    sjodalsskolanRowId: await rowId("Organisation", "sjodalsskolan"),
    ownPersonRowId: await rowId("Personer", upn),
    fullControlId: fullControl,
    contributeId: contribute,
  };
}

/**
 * Who tries, and whose folder each reaches into: a colleague's, or (for the chef) her own staff's; and
 * whether they see the other's partition of the goals (their own partition, or one where they read a folder).
 * Maria is in partition 1, Erik and Sofia in 3, Karin in 1: each kind of refusal is tried.
 */
const attackers = [
  ["a medarbetare", maria, erik, false],
  ["a chef", karin, maria, true],
  ["a planner", sofia, maria, false],
] as const;

/** Nothing changed: the site as the admin sees it after every refused write. */
async function unchanged(site: TestSite): Promise<void> {
  const admin = site.as(adminUpn);
  const [unit] = await admin.web.lists
    .getByTitle("Organisation")
    .items.select("ChefId")
    .filter(eq("Key", "sjodalsskolan"))<{ ChefId: string }[]>();
  expect(unit?.ChefId).toBe(karin);
  const titles = (await admin.web.lists.select("Title")<{ Title: string }[]>()).map((l) => l.Title);
  expect(titles).not.toContain("Förfalskad lista");
  expect(titles).toContain("Aktiviteter");
  for (const title of [...personalTitles, ...sharedLists]) {
    const rows = await admin.web.lists.getByTitle(title).items.select("Key", "Title").top(5000)<
      { Key: string | null; Title: string | null }[]
    >();
    const forged = rows.filter((r) => /^(forged|smuggled|root)-/.test(r.Key ?? "") || r.Title === "Kapad");
    expect({ title, forged }).toEqual({ title, forged: [] });
  }
  const fields = await admin.web.lists.getByTitle("Arbetsplaner").fields.select("InternalName")<
    { InternalName: string }[]
  >();
  expect(fields.map((f) => f.InternalName)).not.toContain("Forged");
  const owners = await admin.web.associatedOwnerGroup.users.select("LoginName")<{ LoginName: string }[]>();
  expect(owners.map((o) => o.LoginName)).toEqual([loginNameOf(adminUpn)]);
}

/** Each attacker's every attempt, as one test each; `site` is read when the tests run. */
function everyWriteIsRefused(site: () => TestSite): void {
  describe.each(attackers)("%s (%s)", (_role, upn, other, seesOther) => {
    let target: Target;
    beforeAll(async () => {
      target = await targetOf(site(), upn, other);
    });
    it(`${seesOther ? "sees" : "does not see"} the other person's partition of the goals`, () => {
      expect(target.seesOtherGoalsList).toBe(seesOther);
      // Not seeing it means it is another partition than one's own.
      if (!seesOther) expect(goalLists.of(other).title).not.toBe(goalLists.of(upn).title);
    });
    it.each(attempts.map(([name, run, refusal]) => [name, run, refusal] as const))(
      "cannot %s",
      async (_name, run, refusal) => {
        await expectRefused(run(target), refusal?.(target) ?? 403);
      },
    );
  });
}

describe("staff are readers in SharePoint: only the app writes", () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startDemoSite();
    await giveOwnGoals(site);
    await fillAppLists(site);
  }, 120_000);
  afterAll(() => site.close());

  it("gives the site's Members and Visitors groups Read on the web, Owners Full Control", async () => {
    const admin = site.as(adminUpn);
    const assignments = await admin.web.roleAssignments
      .expand("RoleDefinitionBindings", "Member")
      .select("PrincipalId", "Member/Title", "RoleDefinitionBindings/Name")<
      { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[]
    >();
    const byGroup = Object.fromEntries(
      assignments.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((b) => b.Name)]),
    );
    expect(byGroup).toEqual({
      "Styrning Owners": ["Full Control"],
      "Styrning Members": ["Read"],
      "Styrning Visitors": ["Read"],
    });
    const members =
      await admin.web.associatedMemberGroup.users.select("LoginName")<{ LoginName: string }[]>();
    expect(members.map((m) => m.LoginName)).toEqual(
      expect.arrayContaining([maria, karin, sofia].map(loginNameOf)),
    );
  });

  it("grants each personal folder Read to its medarbetare and their current chef, nobody else", async () => {
    const admin = site.as(adminUpn);
    const users = new Map(
      (await admin.web.siteUsers.select("Id", "LoginName")<{ Id: number; LoginName: string }[]>()).map(
        (u) => [u.Id, u.LoginName.split("|").pop() ?? ""],
      ),
    );
    for (const [owner, chef] of [
      [maria, karin],
      [karin, helena],
      [sofia, anders],
    ] as const) {
      // The person's folder is in their partition of each personal list, and in no other partition.
      const own = [goalLists.of(owner).title, goalFollowUpLists.of(owner).title];
      for (const title of personalTitles) {
        const folders = await admin.web.lists.getByTitle(title).rootFolder.folders.select("Name")<
          { Name: string }[]
        >();
        expect({ title, held: folders.some((f) => f.Name === folderNameFor(owner)) }).toEqual({
          title,
          held: own.includes(title),
        });
      }
      for (const title of own) {
        const root = (
          await admin.web.lists.getByTitle(title).rootFolder.select("ServerRelativeUrl")<{
            ServerRelativeUrl: string;
          }>()
        ).ServerRelativeUrl;
        const grants = await folderItem(admin, `${root}/${folderNameFor(owner)}`)
          .roleAssignments.expand("RoleDefinitionBindings")
          .select("PrincipalId", "RoleDefinitionBindings/Name")<
          { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[]
        >();
        expect(
          grants.map((g) => [users.get(g.PrincipalId), g.RoleDefinitionBindings.map((b) => b.Name)]).sort(),
        ).toEqual(
          [
            [owner, ["Read"]],
            [chef, ["Read"]],
          ].sort(),
        );
      }
    }
  });

  everyWriteIsRefused(() => site);

  it("a chef cannot update or delete a goal of her staff, which she reads", async () => {
    const sp = site.as(karin);
    const [staffGoal] = await sp.web.lists
      .getByTitle(goalsList)
      .items.select("Id")
      .filter(eq("EmployeeId", maria))<{ Id: number }[]>();
    if (staffGoal === undefined) throw new Error("Karin reads no goal of Maria");
    const item = sp.web.lists.getByTitle(goalsList).items.getById(staffGoal.Id);
    await expectRefused(item.update({ AgreedByManagerAt: "2026-02-10T10:05:00Z" }));
    await expectRefused(item.update({ Title: "Omskrivet av chefen" }));
    await expectRefused(item.delete());
  });

  it("left everything as it was after every refused write", () => unchanged(site));

  it.each([maria, karin, sofia])("lets %s read plans, the KF level and the organisation", async (upn) => {
    const sp = site.as(upn);
    for (const title of [
      "Verksamhetsplaner",
      "Arbetsplaner",
      "Aktiviteter",
      "KF-indikatorer",
      "Organisation",
    ]) {
      const rows = await sp.web.lists.getByTitle(title).items.select("Key").top(500)<{ Key: string }[]>();
      expect({ title, rows: rows.length > 0 }).toEqual({ title, rows: true });
    }
    const chain = await sp.web.lists.getByTitle("Arbetsplaner").items.select("Key")<{ Key: string }[]>();
    expect(chain.map((r) => r.Key).sort()).toEqual(huddinge["work-plan"].map((p) => p.id).sort());
  });

  it("lets each person read their own goals, and the chef her staff's", async () => {
    const maryView = await new SharePointSteeringQueries(site.as(maria)).myGoals(maria, 2026);
    expect(maryView.goals.map((g) => g.id).sort()).toEqual(
      huddinge["individual-goal"]
        .filter((g) => g.employeeId === maria)
        .map((g) => g.id)
        .sort(),
    );
    for (const upn of [karin, sofia]) {
      const view = await new SharePointSteeringQueries(site.as(upn)).myGoals(upn, 2026);
      expect(view.goals.map((g) => g.employeeId)).toEqual([upn]);
    }
    const staff = huddinge.person
      .filter((p) => p.unitId === "sjodalsskolan" && p.id !== karin)
      .map((p) => p.id);
    const team = await new SharePointSteeringQueries(site.as(karin)).team(karin, "sjodalsskolan", 2026);
    expect(team.goals.map((g) => g.id).sort()).toEqual(
      huddinge["individual-goal"]
        .filter((g) => staff.includes(g.employeeId))
        .map((g) => g.id)
        .sort(),
    );
  });
});

describe("moving a site from the old model (Members with Edit, folders with Contribute)", () => {
  let site: TestSite;
  let folderGrants = 0;
  beforeAll(async () => {
    site = await startDemoSite();
    await giveOwnGoals(site);
    await fillAppLists(site);
    folderGrants = await toOldModel(site.as(adminUpn));
  }, 120_000);
  afterAll(() => site.close());

  it("was open before: a medarbetare forges the chef's agreement and the coverage counts with plain REST", async () => {
    const sp = site.as(maria);
    const [ownGoal] = await sp.web.lists
      .getByTitle(goalsList)
      .items.select("Id")
      .filter(eq("EmployeeId", maria))<{ Id: number }[]>();
    if (ownGoal === undefined) throw new Error("Maria reads no goal of her own");
    await sp.web.lists
      .getByTitle(goalsList)
      .items.getById(ownGoal.Id)
      .update({ AgreedByManagerAt: "2026-02-11T08:00:00Z" });
    const forged = await sp.web.lists
      .getByTitle("Täckning")
      .items.add({ Key: "forged-before-migration", Title: "forged-before-migration" });
    await site.as(adminUpn).web.lists.getByTitle("Täckning").items.getById(forged.Id).delete();
  });

  it("is moved by re-running provisioning and the personal access sync, and says what it changed", async () => {
    const admin = site.as(adminUpn);
    const provisioned = await provisionSite(admin);
    expect(provisioned.changes).toEqual(["Styrning Members: Read on the site instead of Edit"]);
    const access = await syncPersonalAccess(admin, await personalReadersFromSite(admin));
    expect(access).toEqual({
      foldersCreated: 0,
      grantsAdded: 0,
      grantsRemoved: 0,
      grantsChanged: folderGrants,
    });
    expect(describePersonalAccess(access)).toEqual([
      `made ${folderGrants} grants on personal folders Read (they allowed writing)`,
    ]);
  });

  everyWriteIsRefused(() => site);

  it("left everything as it was after every refused write", () => unchanged(site));

  it("finds nothing to change on a second run", async () => {
    const admin = site.as(adminUpn);
    expect((await provisionSite(admin)).changes).toEqual([]);
    const access = await syncPersonalAccess(admin, await personalReadersFromSite(admin));
    expect(describePersonalAccess(access)).toEqual([]);
    expect(access).toEqual({ foldersCreated: 0, grantsAdded: 0, grantsRemoved: 0, grantsChanged: 0 });
  });
});

/**
 * Turns a freshly seeded site back into the model before staff were readers, with raw PnPjs as the admin:
 * the Members group holds Edit on the web, every person granted on a personal folder holds Contribute.
 * Returns how many folder grants it made Contribute.
 */
async function toOldModel(admin: SPFI): Promise<number> {
  const [read, contribute, edit] = await Promise.all([
    roleId(admin, RoleType.Read),
    roleId(admin, RoleType.Contribute),
    roleId(admin, RoleType.Edit),
  ]);
  const members = await admin.web.associatedMemberGroup.select("Id")<{ Id: number }>();
  await admin.web.roleAssignments.add(members.Id, edit);
  await admin.web.roleAssignments.remove(members.Id, read);

  let grants = 0;
  for (const title of personalTitles) {
    const folders = await admin.web.lists.getByTitle(title).rootFolder.folders.select("ServerRelativeUrl")<
      { ServerRelativeUrl: string }[]
    >();
    for (const folder of folders) {
      const item = folderItem(admin, folder.ServerRelativeUrl);
      const assignments = await item.roleAssignments.select("PrincipalId")<{ PrincipalId: number }[]>();
      for (const { PrincipalId } of assignments) {
        await item.roleAssignments.add(PrincipalId, contribute);
        await item.roleAssignments.remove(PrincipalId, read);
        grants += 1;
      }
    }
  }
  return grants;
}
