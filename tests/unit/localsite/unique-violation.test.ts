import { runInNewContext } from "node:vm";
import { isUniqueViolation } from "../../../src/localsite/storage/fields";

/** An error as better-sqlite3 throws it, made in `realm` (this file's globals, or another context's). */
const sqliteError = (code: string, realm: "here" | "elsewhere"): unknown =>
  realm === "here"
    ? Object.assign(new Error("UNIQUE constraint failed: l_3.Key"), { code })
    : runInNewContext(
        `Object.assign(new Error("UNIQUE constraint failed: l_3.Key"), { code: ${JSON.stringify(code)} })`,
      );

describe("recognising SQLite's refusal of a repeated unique value", () => {
  it("recognises it by its code, also when the error comes from another realm (Jest loads the addon once)", () => {
    const foreign = sqliteError("SQLITE_CONSTRAINT_UNIQUE", "elsewhere");
    expect(foreign instanceof Error).toBe(false); // the case `instanceof` missed
    expect(isUniqueViolation(foreign)).toBe(true);
    expect(isUniqueViolation(sqliteError("SQLITE_CONSTRAINT_UNIQUE", "here"))).toBe(true);
  });

  it("leaves every other error alone", () => {
    expect(isUniqueViolation(sqliteError("SQLITE_CONSTRAINT_NOTNULL", "elsewhere"))).toBe(false);
    expect(isUniqueViolation(sqliteError("SQLITE_BUSY", "here"))).toBe(false);
    expect(isUniqueViolation({ code: "SQLITE_CONSTRAINT_UNIQUE" })).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("SQLITE_CONSTRAINT_UNIQUE")).toBe(false);
  });
});
