import { huddinge } from "../../../src/demo";
import { directoryFromData } from "../../../src/server/people/directoryFromData";
import type { DirectoryPerson } from "../../../src/contracts/directory";
import { pickPeople } from "../../../src/tab/app/person/pickPeople";

const label = (role: DirectoryPerson["role"]): string =>
  ({ medarbetare: "Medarbetare", chef: "Chef", planner: "Planerare" })[role];

describe("the picker's people from the seeded data", () => {
  const { people } = directoryFromData(huddinge);
  const byId = (id: string): DirectoryPerson | undefined => people.find((p) => p.id === id);

  it("lists every demo person once, with their unit's name", () => {
    expect(people).toHaveLength(huddinge.person.length);
    expect(byId("maria.johansson@malkedjan.local")).toMatchObject({
      name: "Maria Johansson",
      unitName: "Sjödalsskolan",
      role: "medarbetare",
    });
  });

  it("makes whoever leads a unit a chef, with the units they lead", () => {
    expect(byId("karin.lindqvist@malkedjan.local")).toMatchObject({
      role: "chef",
      chefOf: ["sjodalsskolan"],
    });
  });

  it("makes whoever holds a planner role a planner, with the units they plan for", () => {
    expect(byId("sofia.ekstrom@malkedjan.local")).toMatchObject({
      role: "planner",
      plannerFor: ["utbildningsforvaltningen"],
    });
  });
});

describe("choosing among people", () => {
  const person = (
    id: string,
    name: string,
    unitName: string,
    role: DirectoryPerson["role"],
  ): DirectoryPerson => ({
    id,
    name,
    unitId: unitName.toLowerCase(),
    unitName,
    role,
    chefOf: [],
    plannerFor: [],
  });
  const people = [
    person("a@x.se", "Åsa Öberg", "Sjödalsskolan", "medarbetare"),
    person("b@x.se", "Bo Ek", "Kvarnbergsskolan", "medarbetare"),
    person("c@x.se", "Cilla Berg", "Sjödalsskolan", "chef"),
    person("d@x.se", "Dan Al", "Utbildningsförvaltningen", "planner"),
  ];

  it("groups chefs first, then planners, then medarbetare, each ordered by unit then name", () => {
    const groups = pickPeople(people, "", label);
    expect(groups.map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([
      ["chef", ["Cilla Berg"]],
      ["planner", ["Dan Al"]],
      ["medarbetare", ["Bo Ek", "Åsa Öberg"]],
    ]);
  });

  it("matches every word against name, unit and role, ignoring case and accents", () => {
    expect(pickPeople(people, "sjodal chef", label).flatMap((g) => g.people.map((p) => p.name))).toEqual([
      "Cilla Berg",
    ]);
    expect(pickPeople(people, "asa", label).flatMap((g) => g.people.map((p) => p.name))).toEqual([
      "Åsa Öberg",
    ]);
    expect(pickPeople(people, "nobody", label)).toEqual([]);
  });

  it("shows a page per group and counts the rest, so 6,000 people stay usable", () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      person(`p${i}@x.se`, `Person ${i}`, "Enhet", "medarbetare"),
    );
    const [group] = pickPeople(many, "", label, 50);
    expect(group?.people).toHaveLength(50);
    expect(group?.hidden).toBe(70);
  });
});
