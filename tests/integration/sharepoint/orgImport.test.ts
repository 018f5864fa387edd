import { readFileSync } from "node:fs";
import { join } from "node:path";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/site-groups/web";
import type { SPFI } from "@pnp/sp";
import type { Queryable } from "@pnp/queryable";
import type { OrgUnit, Person } from "../../../src/domain";
import { LOCAL_APP_ID, appOnlyToken } from "../../../src/localsite";
import { describeImport, writeOrgCsv } from "../../../src/orgimport";
import { personalReadersFromSite, syncPersonalAccess } from "../../../src/sharepoint/admin/personalAccess";
import { importOrganisation, type ImportOutcome } from "../../../src/sharepoint/admin/orgImport";
import { loginNameOf } from "../../../src/sharepoint/admin/principals";
import { eq } from "../../../src/sharepoint/odata/filter";
import { createSp } from "../../../src/sharepoint/pnp/createSp";
import { SharePointSteeringQueries } from "../../../src/sharepoint/queries";
import { createRepositories } from "../../../src/sharepoint/repositories";
import { goalFollowUpLists, goalLists, lists } from "../../../src/sharepoint/schema/lists";
import { huddinge, startDemoSite } from "./support/demoSite";
import { adminUpn, createRequestCounter, type TestSite } from "./support/localSite";

const today = "2026-03-02";
const hrGroup = "Målkedjan HR";
const karin = "karin.lindqvist@malkedjan.local"; // rektor, Sjödalsskolan
const mikael = "mikael.sandberg@malkedjan.local"; // rektor, Kvarnbergsskolan
const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const fatima = "fatima.hosseini@malkedjan.local";
const newRektor = "asa.oberg@malkedjan.local";
const hrPerson = "hr.handlaggare@malkedjan.local";
const goalIdsOf = (upn: string) =>
  huddinge["individual-goal"].filter((g) => g.employeeId === upn).map((g) => g.id);

/** Records the HTTP method of every request PnPjs prepares, batched parts included. */
function recordMethods(methods: string[]) {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      methods.push(init.method ?? "GET");
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * The organisation import over real HTTP on a local site seeded with the Huddinge demo, run as the app
 * identity; what each person can read is checked with their own token through PnPjs. The scenarios build on
 * each other, as imports of one municipality's exports do.
 */
describe("the organisation import against the local site", () => {
  let site: TestSite;
  let units: OrgUnit[] = [...huddinge["org-unit"]];
  let people: Person[] = [...huddinge.person];
  const counter = createRequestCounter();
  const methods: string[] = [];
  let app: SPFI;

  const run = (csv: string, options: { allowMassLeave?: boolean } = {}): Promise<ImportOutcome> =>
    importOrganisation(app, csv, { today, hrGroup, ...options });
  // A partition where the reader holds no folder reads as empty (SharePoint answers 404 for that list).
  const goalsReadBy = async (reader: string, employee: string): Promise<string[]> => {
    const repos = createRepositories({ sp: site.as(reader), actorId: reader });
    return (await repos["individual-goal"].getMany(goalIdsOf(employee))).map((g) => g.value.id).sort();
  };
  const done = (outcome: ImportOutcome) => {
    if (outcome.kind !== "done") throw new Error(`import not done: ${JSON.stringify(outcome)}`);
    return outcome;
  };

  beforeAll(async () => {
    site = await startDemoSite();
    app = createSp({ siteUrl: site.url, getToken: () => appOnlyToken(LOCAL_APP_ID), counter }).using(
      recordMethods(methods),
    );
  }, 120_000);
  afterAll(() => site.close());

  it("changes nothing when importing the demo organisation into the demo site: reads only, no writes", async () => {
    counter.count = 0;
    methods.length = 0;
    const example = readFileSync(join(__dirname, "../../../docs/org-import-huddinge.csv"), "utf8");
    expect(example).toBe(`\uFEFF${writeOrgCsv(units, people)}`); // the documented example is the demo
    const outcome = done(await run(example));
    expect(outcome.applied).toBeUndefined();
    expect(outcome.plan.badRows).toEqual([]);
    expect(outcome.changes.unchanged).toEqual({ units: 7, persons: people.length });
    expect(counter.count).toBe(2); // Organisation and Personer, one page each
    expect(methods.every((m) => m === "GET")).toBe(true);
  });

  it("moves access on a chef change: the old chef no longer reads the medarbetare's goals, the new one does", async () => {
    expect(await goalsReadBy(karin, erik)).toEqual(goalIdsOf(erik).sort());
    units = units.map((u) => (u.id === "sjodalsskolan" ? { ...u, chefId: newRektor } : u));
    people = [...people, { id: newRektor, name: "Åsa Öberg", unitId: "sjodalsskolan", roles: [] }];
    methods.length = 0;
    const outcome = done(await run(writeOrgCsv(units, people)));
    expect(methods.some((m) => m !== "GET")).toBe(true); // the method recorder sees writes, batched or not
    expect(outcome.changes.units.map((u) => u.value.id)).toEqual(["sjodalsskolan"]);
    expect(outcome.applied?.access.foldersCreated).toBe(2); // Åsa's folders in both lists of her partition

    expect(await goalsReadBy(newRektor, erik)).toEqual(goalIdsOf(erik).sort());
    expect(await goalsReadBy(karin, erik)).toEqual([]);
    expect(await goalsReadBy(erik, erik)).toEqual(goalIdsOf(erik).sort());
    // Karin, now a medarbetare under Åsa: Åsa reads her folder, and Karin her own.
    const stored = await site
      .as(adminUpn)
      .web.lists.getByTitle(lists["org-unit"].title)
      .items.filter(eq("Key", "sjodalsskolan"))<{ ChefId: string }[]>();
    expect(stored[0]?.ChefId).toBe(newRektor);
  });

  it("recomputes a mover's goal partitions and shows her goals in the new chef's team", async () => {
    people = people.map((p) => (p.id === maria ? { ...p, unitId: "kvarnbergsskolan" } : p));
    const outcome = done(await run(writeOrgCsv(units, people)));
    expect(outcome.changes.moves).toEqual([
      { employeeId: maria, fromUnitId: "sjodalsskolan", toUnitId: "kvarnbergsskolan" },
    ]);
    expect(outcome.applied?.goalsMoved).toBe(goalIdsOf(maria).length);

    const admin = site.as(adminUpn);
    const goalRows = await admin.web.lists
      .getByTitle(goalLists.of(maria).title)
      .items.filter(eq("EmployeeId", maria))
      .select("Key", "UnitId", "UnitYear", "AdminYear")<
      { UnitId: string; UnitYear: string; AdminYear: string }[]
    >();
    expect(goalRows.length).toBe(goalIdsOf(maria).length);
    for (const row of goalRows)
      expect(row).toMatchObject({
        UnitId: "kvarnbergsskolan",
        UnitYear: "kvarnbergsskolan:2026",
        AdminYear: "utbildningsforvaltningen:2026",
      });
    const followUpRows = await admin.web.lists
      .getByTitle(goalFollowUpLists.of(maria).title)
      .items.filter(eq("EmployeeId", maria))
      .select("UnitYear")<{ UnitYear: string }[]>();
    expect(followUpRows.length).toBe(outcome.applied?.followUpsMoved);
    for (const row of followUpRows) expect(row.UnitYear).toBe("kvarnbergsskolan:2026");

    const team = await new SharePointSteeringQueries(site.as(mikael)).team(mikael, "kvarnbergsskolan", 2026);
    expect(
      team.goals
        .filter((g) => g.employeeId === maria)
        .map((g) => g.id)
        .sort(),
    ).toEqual(goalIdsOf(maria).sort());
    expect(await goalsReadBy(newRektor, maria)).toEqual([]);
  });

  it("archives a leaver: neither they nor their chef read their goals, a member of the HR group does", async () => {
    people = people.filter((p) => p.id !== erik);
    const outcome = done(await run(writeOrgCsv(units, people)));
    expect(outcome.changes.leavers.map((l) => [l.value.id, l.value.leftAt])).toEqual([[erik, today]]);

    const admin = site.as(adminUpn);
    await admin.web.ensureUser(loginNameOf(hrPerson));
    await admin.web.siteGroups.getByName(hrGroup).users.add(loginNameOf(hrPerson));

    expect(await goalsReadBy(erik, erik)).toEqual([]);
    expect(await goalsReadBy(newRektor, erik)).toEqual([]);
    expect(await goalsReadBy(hrPerson, erik)).toEqual(goalIdsOf(erik).sort());
    // HR reads only the archived goals, nobody else's.
    expect(await goalsReadBy(hrPerson, fatima)).toEqual([]);
    // The goals are kept, and the person too, with the day they left.
    expect(
      (
        await admin.web.lists.getByTitle(lists.person.title).items.filter(eq("Key", erik))<
          { LeftAt: string }[]
        >()
      )[0]?.LeftAt,
    ).toBe(today);

    // Provisioning's sync of the personal folders (run at every local start) keeps them archived.
    await syncPersonalAccess(app, await personalReadersFromSite(app));
    expect(await goalsReadBy(newRektor, erik)).toEqual([]);
    expect(await goalsReadBy(hrPerson, erik)).toEqual(goalIdsOf(erik).sort());
  });

  it("reports bad rows with their line numbers and applies the good rows", async () => {
    const good = writeOrgCsv(units, people);
    const csv =
      good +
      "kvarnbergsskolan;Kvarnbergsskolan;enhet;grundskola;nej;ny.larare@malkedjan.local;Ny Lärare;\r\n" +
      "kvarnbergsskolan;Kvarnbergsskolan;skola;grundskola;nej;fel.typ@malkedjan.local;Fel Typ;\r\n" +
      "ny-enhet;Ny enhet;enhet;saknas;nej;ingen.chef@malkedjan.local;Ingen Chef;\r\n";
    const lines = good.trim().split("\r\n").length;
    const outcome = done(await run(csv));
    expect(outcome.plan.badRows).toEqual([
      {
        line: lines + 2,
        reason: 'okänd enhetstyp "skola" (ska vara nämnd, förvaltning, avdelning, sektion eller enhet)',
      },
      { line: lines + 3, reason: 'överordnad enhet "saknas" finns inte i filen' },
    ]);
    const report = describeImport(outcome.plan, outcome.changes, { dryRun: false });
    expect(report).toContain(
      `  rad ${lines + 2}: okänd enhetstyp "skola" (ska vara nämnd, förvaltning, avdelning, sektion eller enhet)`,
    );
    expect(outcome.changes.persons.map((p) => p.value.id)).toEqual(["ny.larare@malkedjan.local"]);
    const added = await site
      .as(adminUpn)
      .web.lists.getByTitle(lists.person.title)
      .items.filter(eq("Key", "ny.larare@malkedjan.local"))<{ UnitId: string }[]>();
    expect(added[0]?.UnitId).toBe("kvarnbergsskolan");
    expect(await goalsReadBy("ny.larare@malkedjan.local", "ny.larare@malkedjan.local")).toEqual([]);

    // The same file again: nothing changes, nothing is written.
    counter.count = 0;
    methods.length = 0;
    const again = done(await run(csv));
    expect(again.applied).toBeUndefined();
    expect(again.plan.badRows).toHaveLength(2);
    expect(again.changes.units.length + again.changes.persons.length + again.changes.leavers.length).toBe(0);
    expect(again.changes.access).toEqual([]);
    expect(counter.count).toBe(2);
    expect(methods.every((m) => m === "GET")).toBe(true);
  });

  it("refuses a truncated export that would archive most of the organisation, writing nothing", async () => {
    counter.count = 0;
    methods.length = 0;
    const truncated = writeOrgCsv(units, people).split("\r\n").slice(0, 6).join("\r\n");
    const outcome = await run(truncated);
    expect(outcome.kind).toBe("refused");
    expect(outcome.kind === "refused" && outcome.reason).toMatch(
      /saknas i filen och skulle markeras som slutade/,
    );
    expect(methods.every((m) => m === "GET")).toBe(true);
  });
});
