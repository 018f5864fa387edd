import type { SPFI } from "@pnp/sp";
import type { Person } from "../../domain";
import { rowsWhere } from "../lists/rows";
import { readRow, selectOf } from "../mapping/rowMapping";
import { eq } from "../odata/filter";
import { lists } from "../schema/lists";

/**
 * The organisation's people as the server looks up a signed-in caller, read with the app identity: one
 * indexed equality on `EntraObjectId` or `Key` (both indexed), so it stays under the threshold at any size.
 * A row the domain refuses is nobody; two people with one object id are nobody too (the organisation is
 * wrong, and guessing would let one act as the other).
 */
export class SharePointSignedInPeople {
  constructor(
    private readonly sp: SPFI,
    private readonly log: (message: string) => void = (message) => console.warn(message),
  ) {}

  byObjectId(objectId: string): Promise<Person | undefined> {
    return this.onePerson("EntraObjectId", objectId);
  }

  byKey(key: string): Promise<Person | undefined> {
    return this.onePerson("Key", key);
  }

  private async onePerson(column: "EntraObjectId" | "Key", value: string): Promise<Person | undefined> {
    const list = lists.person;
    const rows = await rowsWhere(this.sp, list.title, selectOf(list), eq(column, value));
    const people: Person[] = [];
    for (const row of rows) {
      const read = readRow(list, row);
      if (read.ok) people.push(read.value.value);
      else this.log(`Målkedjan: ${read.error.message}`);
    }
    if (people.length > 1) {
      this.log(
        `Målkedjan: ${people.length} people in ${list.title} share one ${column}; none of them is let in`,
      );
      return undefined;
    }
    return people[0];
  }
}
