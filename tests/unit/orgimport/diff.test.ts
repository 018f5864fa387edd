import {
  diffOrganisation,
  isEmpty,
  massLeaveRefusal,
  planImport,
  readOrgCsv,
  writeOrgCsv,
} from "../../../src/orgimport";
import { huddinge } from "../../../src/demo";
import type { OrgUnit, Person } from "../../../src/domain";

const today = "2026-03-02";
const versioned = <T>(value: T) => ({ value, version: "3" });
const current = (units = huddinge["org-unit"], persons = huddinge.person) => ({
  units: units.map(versioned),
  persons: persons.map(versioned),
});
const planOf = (units: readonly OrgUnit[], persons: readonly Person[], extra: string[] = []) => {
  const read = readOrgCsv(writeOrgCsv(units, persons) + extra.join("\n"));
  if (!read.ok) throw new Error(read.reason);
  return planImport(read.rows);
};
const maria = "maria.johansson@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const mikael = "mikael.sandberg@malkedjan.local";

describe("the import against the site's organisation", () => {
  it("changes nothing when the file is the site's organisation", () => {
    const changes = diffOrganisation(planOf(huddinge["org-unit"], huddinge.person), current(), today);
    expect(isEmpty(changes)).toBe(true);
    expect(changes.unchanged).toEqual({ units: 7, persons: huddinge.person.length });
  });

  it("moves access from the old chef to the new one on a chef change, for the unit's staff only", () => {
    const units = huddinge["org-unit"].map((u) => (u.id === "sjodalsskolan" ? { ...u, chefId: maria } : u));
    const changes = diffOrganisation(planOf(units, huddinge.person), current(), today);
    expect(changes.units.map((u) => [u.value.id, u.before?.chefId, u.value.chefId, u.version])).toEqual([
      ["sjodalsskolan", karin, maria, "3"],
    ]);
    const staff = huddinge.person.filter((p) => p.unitId === "sjodalsskolan" && p.id !== maria);
    // Maria now reports to the avdelningschef; Karin, still in the unit, to Maria.
    expect(changes.access).toEqual(
      expect.arrayContaining([
        { employeeId: maria, readers: [maria, "helena.bergstrom@malkedjan.local"] },
        ...staff.map((p) => ({ employeeId: p.id, readers: [p.id, maria] })),
      ]),
    );
    expect(changes.access).toHaveLength(staff.length + 1);
    expect(changes.persons).toEqual([]);
  });

  it("records a move and the new readers, keeping the person's roles and object id", () => {
    const site = huddinge.person.map((p) =>
      p.id === maria ? { ...p, entraObjectId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301" } : p,
    );
    const file = huddinge.person.map((p) => (p.id === maria ? { ...p, unitId: "kvarnbergsskolan" } : p));
    const changes = diffOrganisation(planOf(huddinge["org-unit"], file), current(undefined, site), today);
    expect(changes.moves).toEqual([
      { employeeId: maria, fromUnitId: "sjodalsskolan", toUnitId: "kvarnbergsskolan" },
    ]);
    expect(changes.persons.map((p) => p.value)).toEqual([
      {
        id: maria,
        name: "Maria Johansson",
        unitId: "kvarnbergsskolan",
        roles: [],
        entraObjectId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
      },
    ]);
    expect(changes.access).toEqual([{ employeeId: maria, readers: [maria, mikael] }]);
  });

  it("marks someone missing from the file as left today, with no readers, and never deletes them", () => {
    const file = huddinge.person.filter((p) => p.id !== maria);
    const changes = diffOrganisation(planOf(huddinge["org-unit"], file), current(), today);
    expect(changes.leavers.map((p) => [p.value.id, p.value.leftAt, p.version])).toEqual([
      [maria, today, "3"],
    ]);
    expect(changes.access).toEqual([{ employeeId: maria, readers: [] }]);
    // A second run against the site after the import: she has already left, nothing changes.
    const after = huddinge.person.map((p) => (p.id === maria ? { ...p, leftAt: today } : p));
    expect(
      isEmpty(diffOrganisation(planOf(huddinge["org-unit"], file), current(undefined, after), "2026-04-01")),
    ).toBe(true);
  });

  it("brings back someone who had left, with their readers", () => {
    const site = huddinge.person.map((p) => (p.id === maria ? { ...p, leftAt: "2025-12-31" } : p));
    const changes = diffOrganisation(
      planOf(huddinge["org-unit"], huddinge.person),
      current(undefined, site),
      today,
    );
    expect(changes.returning).toEqual([maria]);
    expect(changes.persons.map((p) => p.value.leftAt)).toEqual([undefined]);
    expect(changes.access).toEqual([{ employeeId: maria, readers: [maria, karin] }]);
  });

  it("adds new units and people, whose folders are then made", () => {
    const changes = diffOrganisation(
      planOf(huddinge["org-unit"], huddinge.person, [
        "nyskola;Nyskolan;enhet;grundskola;ja;ny.rektor@malkedjan.local;Ny Rektor;",
        "nyskola;Nyskolan;enhet;grundskola;nej;ny.larare@malkedjan.local;Ny Lärare;",
      ]),
      current(),
      today,
    );
    expect(changes.units.map((u) => [u.value.id, u.version])).toEqual([["nyskola", undefined]]);
    expect(changes.persons.map((p) => [p.value.id, p.version])).toEqual([
      ["ny.rektor@malkedjan.local", undefined],
      ["ny.larare@malkedjan.local", undefined],
    ]);
    expect(changes.access).toEqual([
      {
        employeeId: "ny.rektor@malkedjan.local",
        readers: ["ny.rektor@malkedjan.local", "helena.bergstrom@malkedjan.local"],
      },
      {
        employeeId: "ny.larare@malkedjan.local",
        readers: ["ny.larare@malkedjan.local", "ny.rektor@malkedjan.local"],
      },
    ]);
  });

  it("leaves a person on a skipped row alone and keeps the chef a skipped row might name", () => {
    const file = huddinge.person.filter((p) => p.id !== maria && p.id !== karin);
    const changes = diffOrganisation(
      planOf(huddinge["org-unit"], file, [
        `sjodalsskolan;Sjödalsskolan;enhet;grundskola;nej;${maria};Maria Johansson;trasigt-id`,
        `sjodalsskolan;Sjödalsskolan;enhet;grundskola;ja;${karin};Karin Lindqvist;trasigt-id`,
      ]),
      current(),
      today,
    );
    expect(changes.leavers).toEqual([]);
    expect(isEmpty(changes)).toBe(true);
  });

  it("refuses to let more than the allowed share of people leave", () => {
    const file = huddinge.person.slice(0, 10);
    const changes = diffOrganisation(planOf(huddinge["org-unit"], file), current(), today);
    expect(massLeaveRefusal(changes, 0.1)).toMatch(/^9 av 19 personer \(47 %\) saknas i filen/);
    expect(massLeaveRefusal(changes, 0.5)).toBeUndefined();
    const one = diffOrganisation(planOf(huddinge["org-unit"], huddinge.person.slice(1)), current(), today);
    expect(massLeaveRefusal(one, 0.1)).toBeUndefined();
  });
});
