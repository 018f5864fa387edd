import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SiteDatabase } from "../../../src/localsite/storage/database";

// How writes nest: a $batch is one transaction, each of its parts a savepoint, a handler's own block joins in.
let dir = "";
let store: SiteDatabase;
const titles = (): string[] =>
  store
    .all<{ Title: string }>("SELECT Title FROM principals WHERE PrincipalType = 8 ORDER BY Id")
    .map((r) => r.Title);
const addGroup = (title: string): void => {
  store.run("INSERT INTO principals (PrincipalType, Title, LoginName) VALUES (8, ?, ?)", title, title);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "malkedjan-db-"));
  store = new SiteDatabase(dir);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the site's store", () => {
  it("undoes a failing part of a transaction and keeps the parts before and after it", () => {
    store.atomic(() => {
      store.atomic(() => addGroup("före"));
      expect(() =>
        store.atomic(() => {
          addGroup("halvvägs");
          throw new Error("refused half-way");
        }),
      ).toThrow("refused half-way");
      store.atomic(() => addGroup("efter"));
    });
    expect(titles()).toEqual(["före", "efter"]);
  });

  it("lets a block inside a part join it, so the whole part is undone when the block fails", () => {
    store.atomic(() => {
      expect(() =>
        store.atomic(() => {
          addGroup("delens första");
          store.transaction(() => {
            addGroup("blockets");
            throw new Error("block failed");
          });
        }),
      ).toThrow("block failed");
    });
    expect(titles()).toEqual([]);
  });

  it("counts a change of the security tables, and a rollback, as a new security generation", () => {
    const start = store.securityGeneration;
    store.run("INSERT INTO scopes (ListId, ItemId) VALUES (NULL, NULL)");
    const afterWrite = store.securityGeneration;
    expect(afterWrite).toBeGreaterThan(start);
    store.run("CREATE TABLE other (x INTEGER)");
    store.run("INSERT INTO other (x) VALUES (1)");
    expect(store.securityGeneration).toBe(afterWrite);
    expect(() =>
      store.atomic(() => {
        throw new Error("nothing written");
      }),
    ).toThrow();
    expect(store.securityGeneration).toBeGreaterThan(afterWrite);
  });
});
