import { placeEndings, placeStems } from "../names";
import { shuffleInPlace, type Prng } from "../prng";

export interface Place {
  /** "Björkdalen" */
  readonly name: string;
  /** "Björkdals", as in "Björkdalsskolan" */
  readonly compound: string;
}

/** Every stem × ending combination in a seeded order; names repeat (with a number) only when exhausted. */
export const placeSequence = (prng: Prng): (() => Place) => {
  const all: Place[] = placeStems.flatMap((stem) =>
    placeEndings.map((e) => ({ name: stem + e.definite, compound: stem + e.compound })),
  );
  shuffleInPlace(prng, all);
  let next = 0;
  return () => {
    const place = all[next % all.length] ?? { name: "Centrum", compound: "Centrum" };
    const round = Math.floor(next / all.length);
    next++;
    return round === 0 ? place : { name: `${place.name} ${round + 1}`, compound: place.compound };
  };
};

export const placeName = (pattern: string, place: Place): string =>
  pattern.replace("{P}", place.name).replace("{C}", place.compound);
