import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const markerSchema = z.object({ seed: z.enum(["demo", "municipal"]), seededAt: z.string() });
export type SeedMarker = z.infer<typeof markerSchema>;

const markerFile = (dataDir: string): string => path.join(dataDir, "malkedjan-seed.json");

/** What the data dir was seeded with, so a restart neither seeds twice nor forgets whom the picker offers. */
export function readSeedMarker(dataDir: string): SeedMarker | undefined {
  const file = markerFile(dataDir);
  if (!existsSync(file)) return undefined;
  return markerSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function writeSeedMarker(dataDir: string, marker: SeedMarker): void {
  writeFileSync(markerFile(dataDir), JSON.stringify(marker, null, 2));
}
