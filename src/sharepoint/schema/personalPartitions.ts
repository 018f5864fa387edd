/**
 * Which partition of the personal lists holds a medarbetare's folder. SharePoint recommends at most 5,000
 * unique permission scopes per list, and every medarbetare's folder is one scope in each personal list, so
 * the personal lists are split into `personalPartitionCount` lists and a person is placed by a stable hash
 * of their id (UPN, lower case) alone: moving unit or changing chef never moves a person's folder, and the
 * tab (reading with the person's token) and the server (writing) compute the same list with no look-up.
 *
 * 4 partitions keep each list at or below 5,000 scopes up to ≈20,000 staff (an even hash puts ≈N/4 in
 * each, with some spread: 6,000 staff give ≈1,500 a list). Changing the count moves most people's
 * folders, so it is fixed here, in the schema, and never a setting.
 */
export const personalPartitionCount = 4;

/** FNV-1a, 32 bits, over the UTF-16 code units: tiny, stable across runtimes, and evenly spread on UPNs. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The partition (1 … `personalPartitionCount`) that holds this medarbetare's personal folders. */
export function personalPartitionOf(employeeId: string): number {
  return (fnv1a32(employeeId.toLowerCase()) % personalPartitionCount) + 1;
}

/** Every partition number, in order. */
export const personalPartitionNumbers: readonly number[] = Array.from(
  { length: personalPartitionCount },
  (_, i) => i + 1,
);

/** A partition's list title: the declared title and its number, as a SharePoint admin reads it. */
export const partitionTitle = (title: string, partition: number): string => `${title} ${partition}`;
