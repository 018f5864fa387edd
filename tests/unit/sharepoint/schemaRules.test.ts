import { schemaProblems, type ListSchema } from "../../../src/sharepoint/schema/types";

const list = (fields: ListSchema["fields"]): ListSchema => ({ title: "L", description: "", fields });

describe("schema rules", () => {
  it("accepts a plain list", () => {
    expect(schemaProblems([list([{ name: "Key", kind: "text", indexed: true, unique: true }])])).toEqual([]);
  });

  it("refuses more than 20 indexes, an indexed note, unique without index, and duplicates", () => {
    const many = Array.from({ length: 21 }, (_, i) => ({
      name: `F${i}`,
      kind: "text" as const,
      indexed: true,
    }));
    expect(schemaProblems([list(many)])).toEqual(["L has 21 indexes (> 20)"]);
    expect(schemaProblems([list([{ name: "Text", kind: "note", indexed: true }])])).toEqual([
      "L.Text: note columns cannot be indexed",
    ]);
    expect(schemaProblems([list([{ name: "Key", kind: "text", unique: true }])])).toEqual([
      "L.Key: unique needs indexed",
    ]);
    expect(schemaProblems([list([]), list([])])).toEqual(["list L is declared twice"]);
    expect(schemaProblems([list([{ name: "Å r", kind: "text" }])])).toEqual(["L.Å r is not a plain name"]);
  });
});
