import type { Person } from "../../../src/domain";
import { cachedPeople } from "../../../src/server/auth/peopleCache";

const karin: Person = { id: "karin@malkedjan.local", name: "Karin", unitId: "sjodalsskolan", roles: [] };

function countingPeople(answer: () => Promise<Person | undefined>) {
  const reads: string[] = [];
  return {
    reads,
    people: {
      byObjectId: (oid: string) => (reads.push(`oid ${oid}`), answer()),
      byKey: (key: string) => (reads.push(`key ${key}`), answer()),
    },
  };
}

describe("the short memory of who is who", () => {
  it("answers again from memory for a minute, then reads the organisation anew", async () => {
    const clock = { now: 0 };
    const { reads, people } = countingPeople(() => Promise.resolve(karin));
    const cached = cachedPeople(people, { now: () => clock.now });
    expect(await cached.byObjectId("A-1")).toBe(karin);
    clock.now = 59_999;
    expect(await cached.byObjectId("a-1")).toBe(karin);
    expect(await cached.byKey("karin@malkedjan.local")).toBe(karin);
    clock.now = 60_000;
    await cached.byObjectId("a-1");
    expect(reads).toEqual(["oid A-1", "key karin@malkedjan.local", "oid a-1"]);
  });

  it("does not keep a failed read", async () => {
    let fail = true;
    const { reads, people } = countingPeople(() =>
      fail ? Promise.reject(new Error("503 from SharePoint")) : Promise.resolve(karin),
    );
    const cached = cachedPeople(people, { now: () => 0 });
    await expect(cached.byKey("karin@malkedjan.local")).rejects.toThrow("503");
    fail = false;
    expect(await cached.byKey("karin@malkedjan.local")).toBe(karin);
    expect(reads).toHaveLength(2);
  });

  it("keeps at most the number of answers it is told to", async () => {
    const { reads, people } = countingPeople(() => Promise.resolve(undefined));
    const cached = cachedPeople(people, { now: () => 0, maxEntries: 2 });
    for (const oid of ["1", "2", "3", "1"]) await cached.byObjectId(oid);
    expect(reads).toEqual(["oid 1", "oid 2", "oid 3", "oid 1"]);
  });
});
