import fc from "fast-check";
import { and, anyOf, contains, eq, ge, literal, or, startsWith } from "../../../src/sharepoint/odata/filter";

describe("OData filter building", () => {
  it("doubles single quotes in user text", () => {
    expect(eq("Title", `Elevers "trygghet" – 'åk 9'`)).toBe(`Title eq 'Elevers "trygghet" – ''åk 9'''`);
    expect(contains("Title", "O'Brien")).toBe("substringof('O''Brien',Title)");
    expect(startsWith("Key", "a'")).toBe("startswith(Key,'a''')");
  });

  it("writes every literal so that undoubling gives back the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const quoted = literal(text);
        expect(quoted.startsWith("'") && quoted.endsWith("'")).toBe(true);
        const inner = quoted.slice(1, -1);
        // No lone quote can end the literal early.
        expect(inner.replaceAll("''", "")).not.toContain("'");
        expect(inner.replaceAll("''", "'")).toBe(text);
      }),
    );
  });

  it("writes dates as quoted ISO text, booleans as 1/0 and null bare", () => {
    expect(ge("Due", new Date(Date.UTC(2026, 0, 31)))).toBe("Due ge '2026-01-31T00:00:00.000Z'");
    expect(literal(true)).toBe("1");
    expect(literal(false)).toBe("0");
    expect(eq("Chef", null)).toBe("Chef eq null");
    expect(() => literal(Number.NaN)).toThrow(RangeError);
  });

  it("keeps the first condition first, so the indexed column leads", () => {
    expect(and(eq("Key", "a"), eq("Year", 2026))).toBe("(Key eq 'a') and (Year eq 2026)");
    expect(and(eq("Key", "a"))).toBe("Key eq 'a'");
    expect(or(eq("A", 1), eq("B", 2))).toBe("(A eq 1) or (B eq 2)");
  });

  it("expands anyOf into an or-chain and refuses an empty one", () => {
    expect(anyOf("Person", ["a", "b'c"])).toBe("(Person eq 'a') or (Person eq 'b''c')");
    expect(() => anyOf("Person", [])).toThrow(RangeError);
  });
});
