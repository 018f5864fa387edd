import { detectDelimiter, readOrgCsv } from "../../../src/orgimport";

const header = "Enhetskod;Enhetsnamn;Enhetstyp;Överordnad enhetskod;Chef;UPN;Namn;Objekt-ID";

const rowsOf = (text: string) => {
  const read = readOrgCsv(text);
  if (!read.ok) throw new Error(read.reason);
  return read.rows;
};

describe("reading the HR system's CSV export", () => {
  it("reads ; separated rows with å ä ö and numbers each row by its line", () => {
    const rows = rowsOf(
      `${header}\nsjodal;Sjödalsskolan;enhet;grundskola;nej;linnea.hakansson@huddinge.se;Linnéa Håkansson;\n`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.line).toBe(2);
    expect(rows[0]?.cells.unitName).toBe("Sjödalsskolan");
    expect(rows[0]?.cells.name).toBe("Linnéa Håkansson");
    expect(rows[0]?.cells.objectId).toBe("");
  });

  it("detects , as the separator and keeps quoted separators and line breaks inside a field", () => {
    const text =
      header.replaceAll(";", ",") +
      '\r\nx1,"Skola, norra",enhet,p1,nej,a.b@k.se,"Öberg, Åsa",\r\n' +
      'x1,"Skola, norra",enhet,p1,ja,c.d@k.se,"Två\r\nrader",\r\n';
    const read = readOrgCsv(text);
    expect(read.ok && read.delimiter).toBe(",");
    const rows = rowsOf(text);
    expect(rows.map((r) => r.cells.unitName)).toEqual(["Skola, norra", "Skola, norra"]);
    expect(rows.map((r) => r.cells.name)).toEqual(["Öberg, Åsa", "Två\nrader"]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("reads a file with a byte order mark, in any column order, and counts lines past blank lines", () => {
    const text =
      "\uFEFFUPN;Namn;Objekt-ID;Chef;Enhetskod;Enhetsnamn;Enhetstyp;Överordnad enhetskod\n\n" +
      "a.b@k.se;Åsa Öberg;;nej;e1;Enhet ett;enhet;f1\n\n\n" +
      '"c.d@k.se";"Ärla\nÄng";;ja;e1;Enhet ett;enhet;f1\n' +
      "e.f@k.se;Eva Fors;;nej;e1;Enhet ett;enhet;f1\n";
    const rows = rowsOf(text);
    expect(rows.map((r) => [r.line, r.cells.upn, r.cells.unitCode])).toEqual([
      [3, "a.b@k.se", "e1"],
      [6, "c.d@k.se", "e1"],
      [8, "e.f@k.se", "e1"],
    ]);
  });

  it("keeps a row with too many fields so that validation reports it by line", () => {
    const rows = rowsOf(`${header}\ne1;Enhet;enhet;f1;nej;a.b@k.se;Åsa;Öberg;\n`);
    expect(rows[0]).toMatchObject({ line: 2, cellCount: 9, headerCount: 8 });
  });

  it("refuses a file whose header lacks a column, naming it", () => {
    const read = readOrgCsv("Enhetskod;Enhetsnamn;Enhetstyp;Chef;UPN;Namn;Objekt-ID\n");
    expect(read).toEqual({
      ok: false,
      line: 1,
      reason: "rubrikraden saknar kolumnerna Överordnad enhetskod",
    });
  });

  it("refuses a file with an unclosed quote as a whole, with a line", () => {
    const read = readOrgCsv(`${header}\ne1;"Enhet;enhet;f1;nej;a.b@k.se;Åsa;\n`);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/citattecken/);
  });

  it("takes ; on a tie and ignores separators inside quotes", () => {
    expect(detectDelimiter('"a,b,c";d\n')).toBe(";");
    expect(detectDelimiter("a\n")).toBe(";");
    expect(detectDelimiter("a,b;c,d\n;;;;")).toBe(",");
  });
});
