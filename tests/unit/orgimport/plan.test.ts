import { planImport, readOrgCsv, writeOrgCsv } from "../../../src/orgimport";
import { huddinge } from "../../../src/demo";

const header = "Enhetskod;Enhetsnamn;Enhetstyp;Överordnad enhetskod;Chef;UPN;Namn;Objekt-ID";
const top = [
  "gsn;Grundskolenämnden;nämnd;;;;;",
  "utb;Utbildningsförvaltningen;förvaltning;gsn;ja;anders.holm@k.se;Anders Holm;",
];
const planOf = (...rows: string[]) => {
  const read = readOrgCsv([header, ...rows].join("\n"));
  if (!read.ok) throw new Error(read.reason);
  return planImport(read.rows);
};
const reasons = (plan: ReturnType<typeof planOf>) => plan.badRows.map((r) => [r.line, r.reason]);

describe("planning an organisation import (validation before any write)", () => {
  it("plans the Huddinge demo organisation whole, with its chefs and a row per nämnd", () => {
    const plan = planOf(...writeOrgCsv(huddinge["org-unit"], huddinge.person).trim().split("\r\n").slice(1));
    expect(plan.badRows).toEqual([]);
    expect(plan.units.map((u) => u.unit).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...huddinge["org-unit"]].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(plan.persons.map((p) => [p.id, p.name, p.unitId]).sort()).toEqual(
      huddinge.person.map((p) => [p.id, p.name, p.unitId]).sort(),
    );
  });

  it("lower-cases UPNs and object ids and keeps å ä ö in names", () => {
    const plan = planOf(
      ...top,
      "skola;Sjödalsskolan;enhet;utb;ja;Karin.Lindqvist@K.se;Karin Lindqvist;3F2504E0-4F89-11D3-9A0C-0305E82C3301",
    );
    expect(plan.persons.find((p) => p.unitId === "skola")).toMatchObject({
      id: "karin.lindqvist@k.se",
      entraObjectId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
    });
    expect(plan.units.find((u) => u.unit.id === "skola")?.unit).toEqual({
      id: "skola",
      kind: "unit",
      name: "Sjödalsskolan",
      parentId: "utb",
      chefId: "karin.lindqvist@k.se",
    });
  });

  it("reports each bad row with its line and a plain reason, and imports the good rows", () => {
    const plan = planOf(
      ...top, // lines 2, 3
      "skola;Skolan;skola;utb;nej;a.a@k.se;Anna A;", // 4 unknown kind
      "skola2;Skolan 2;enhet;utb;nej;;Bo B;", // 5 missing UPN
      "skola2;Skolan 2;enhet;utb;nej;c.c@k.se;Cia C;inte-ett-guid", // 6 malformed object id
      "skola3;Skolan 3;enhet;finnsinte;nej;d.d@k.se;Dan D;", // 7 parent not in the file
      "skola2;Skolan 2;enhet;utb;ja;e.e@k.se;Eva E;", // 8 good (chef)
      "skola2;Skolan 2;enhet;utb;ja;f.f@k.se;Fia F;", // 9 second chef
      "skola2;Skolan 2;enhet;utb;nej;e.e@k.se;Eva E;", // 10 person twice
      "skola2;Skolan 2;enhet;utb;kanske;g.g@k.se;Gun G;", // 11 chef neither yes nor no
      "skola2;Skolan 2;enhet;utb;nej;h.h@k.se;;", // 12 name missing
      "skola2;Skolan 2;enhet;utb;nej;i.i@k.se;Ia;I;", // 13 too many fields
      "skola2;Skolan Två;enhet;utb;nej;j.j@k.se;Jan J;", // 14 the unit named otherwise
      "avd;Avdelningen;avdelning;skola2;nej;k.k@k.se;Kim K;", // 15 avdelning under an enhet
      "gsn2;Nämnd 2;nämnd;gsn;;;;", // 16 nämnd with a parent
      "skola2;Skolan 2;enhet;utb;nej;ingen-upn;Lo L;", // 17 malformed UPN
    );
    expect(reasons(plan)).toEqual([
      [4, 'okänd enhetstyp "skola" (ska vara nämnd, förvaltning, avdelning, sektion eller enhet)'],
      [5, "UPN saknas"],
      [6, 'objekt-ID "inte-ett-guid" är inget giltigt GUID'],
      [7, 'överordnad enhet "finnsinte" finns inte i filen'],
      [9, 'enheten "skola2" har redan en chef på rad 8'],
      [10, "personen e.e@k.se står redan på rad 8"],
      [11, 'Chef ska vara ja eller nej, inte "kanske"'],
      [12, "Namn saknas"],
      [13, "raden har 9 fält men rubriken 8 (ett skiljetecken i ett värde utan citattecken?)"],
      [14, 'enheten "skola2" har ett annat namn här än på rad 8'],
      [15, 'en avdelning kan inte ligga under en enhet ("skola2")'],
      [16, "en nämnd har ingen överordnad enhet"],
      [17, 'UPN "ingen-upn" är ingen giltig e-postadress'],
    ]);
    expect(plan.persons.map((p) => p.id)).toEqual(["anders.holm@k.se", "e.e@k.se"]);
    expect(plan.units.map((u) => u.unit.id)).toEqual(["gsn", "utb", "skola2"]);
    // People on skipped rows are left as they are, never taken for people who left.
    expect([...plan.untouched].sort()).toEqual(
      [
        "a.a@k.se",
        "c.c@k.se",
        "d.d@k.se",
        "f.f@k.se",
        "g.g@k.se",
        "h.h@k.se",
        "i.i@k.se",
        "j.j@k.se",
        "k.k@k.se",
      ].sort(),
    );
  });

  it("skips what depends on a skipped row: the units below it and their people", () => {
    const plan = planOf(
      ...top,
      "avd;Avdelningen;avdelning;utb;ja;a.a@k.se;Anna A;", // 4 good
      "sek;Sektionen;sektion;avd;ja;b.b@k.se;Bo B;", // 5 good
      "skola;Skolan;enhet;sekk;ja;c.c@k.se;Cia C;", // 6 parent missing
      "skola;Skolan;enhet;sekk;nej;d.d@k.se;Dan D;", // 7 its unit is skipped
      "klass;Klassen;enhet;skola;nej;e.e@k.se;Eva E;", // 8 enhet under enhet: own problem first
    );
    expect(reasons(plan)).toEqual([
      [6, 'överordnad enhet "sekk" finns inte i filen'],
      [7, 'enheten "skola" hoppades över (rad 6)'],
      [8, 'en enhet kan inte ligga under en enhet ("skola")'],
    ]);
  });

  it("reports a loop of units and skips the units hanging below it", () => {
    const plan = planOf(
      ...top,
      "a;A;avdelning;b;nej;a.a@k.se;Anna A;", // 4
      "b;B;avdelning;a;nej;b.b@k.se;Bo B;", // 5
      "c;C;sektion;a;nej;c.c@k.se;Cia C;", // 6
    );
    expect(reasons(plan)).toEqual([
      [4, 'enheterna "a" → "b" → "a" bildar en slinga'],
      [5, 'enheterna "b" → "a" → "b" bildar en slinga'],
      [6, 'överordnad enhet "a" hoppades över (rad 4)'],
    ]);
  });

  it("keeps the chef the site has when the row that may name the unit's chef was skipped", () => {
    const plan = planOf(
      ...top,
      "skola;Skolan;enhet;utb;ja;karin@k.se;Karin;fel-guid",
      "skola;Skolan;enhet;utb;nej;a.a@k.se;Anna;",
    );
    expect(plan.units.find((u) => u.unit.id === "skola")).toMatchObject({ keepChef: true });
    expect(plan.units.find((u) => u.unit.id === "utb")).toMatchObject({ keepChef: false });
  });

  it("refuses an object id given to two people", () => {
    const id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    const plan = planOf(
      ...top,
      `skola;Skolan;enhet;utb;nej;a.a@k.se;Anna;${id}`,
      `skola;Skolan;enhet;utb;nej;b.b@k.se;Bo;${id}`,
    );
    expect(reasons(plan)).toEqual([[5, `objekt-ID ${id} står redan på rad 4 för en annan person`]]);
  });
});
