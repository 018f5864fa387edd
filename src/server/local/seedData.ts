import { generateMunicipality, huddinge, type SteeringData } from "../../demo";

export type SeedKind = "demo" | "municipal";

/** The generator's seed: the same municipality every time (Huddinge's municipality code). */
export const municipalSeed = 126;

/** The data the local site starts with: the Huddinge demo, or a generated municipality (≈6,000 staff). */
export function seedData(kind: SeedKind): SteeringData {
  return kind === "demo" ? huddinge : generateMunicipality(municipalSeed);
}
