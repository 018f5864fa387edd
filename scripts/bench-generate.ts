/**
 * Times generateMunicipality at municipal scale and prints one JSON line: the time of the first run (cold),
 * the best of a few runs, and the counts per kind. `npm run bench:generate [seed] [runs]`.
 */
import { countByKind, generateMunicipality, municipalSize } from "../src/demo";

const seed = Number(process.argv[2] ?? 2026);
const runs = Math.max(1, Number(process.argv[3] ?? 3));
const timings: number[] = [];
let counts: ReturnType<typeof countByKind> | undefined;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const data = generateMunicipality(seed, municipalSize);
  timings.push(performance.now() - started);
  counts = countByKind(data);
}
const ms = (x: number): number => Math.round(x);
console.log(
  JSON.stringify({
    bench: "generateMunicipality",
    seed,
    runs,
    firstRunMs: ms(timings[0] ?? 0),
    bestMs: ms(Math.min(...timings)),
    limitMs: 10_000,
    counts,
  }),
);
