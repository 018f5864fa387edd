import type { Placeholders, Translator } from "../../app";
import type { CountedKey, myTeamStrings } from "./strings";

type Key = keyof typeof myTeamStrings.sv;

/**
 * A count in words with the right form: `counted(t, "people", 1)` is "1 person", with 2 "2 personer".
 * Swedish and English both have one form for exactly one and another for every other number.
 */
export function counted(t: Translator<Key>, key: CountedKey, count: number, values?: Placeholders): string {
  const form = `${key}${count === 1 ? "One" : "Other"}` as Key;
  return t(form, { count, ...values });
}
