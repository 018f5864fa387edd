/**
 * A new entity id: readable prefix, the time and a random tail, so two people creating goals in the same
 * second do not collide. Fits the domain's id pattern (letters, digits, `-`).
 */
export function newEntityId(prefix: string, now: Date, random: () => number = Math.random): string {
  const time = now.getTime().toString(36);
  const tail = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
  return `${prefix}-${time}-${tail}`;
}
