/**
 * A small seeded pseudo-random generator (mulberry32) so demo data is the same byte for byte for a given seed.
 * Math.random is never used: it cannot be seeded, and generated municipalities must be reproducible.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick needs a non-empty list");
      return item;
    },
  };
}

/** Fisher–Yates shuffle of `items` in place, driven by the seeded generator. */
export function shuffleInPlace<T>(prng: Prng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/** `count` distinct items, in a seeded order (all of them when `count` ≥ the list's length). */
export function sample<T>(prng: Prng, items: readonly T[], count: number): T[] {
  return shuffleInPlace(prng, [...items]).slice(0, count);
}
