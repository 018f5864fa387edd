import type { FollowableRef } from "../../domain";

/** FNV-1a, 32 bits, as 8 hex digits: a short stable tag for an id too long to quote whole. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
};

/**
 * The id of an item's follow-up for a period, `<item id>--<period>` as the demo data has it, so the list's
 * unique Key holds one follow-up per item and period even when two saves race. An item id too long for
 * that (ids are ≤ 100 characters) keeps its start and a hash of the whole ref.
 */
export function planFollowUpId(target: FollowableRef, period: string): string {
  const plain = `${target.id}--${period}`;
  if (plain.length <= 100) return plain;
  return `${target.id.slice(0, 100 - period.length - 11)}-${fnv1a(`${target.kind}:${target.id}`)}--${period}`;
}
