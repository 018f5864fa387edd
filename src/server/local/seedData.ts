import { huddinge } from "../../domain/demo/huddinge";
import type { SteeringData } from "../../domain/demo/steeringData";

export type SeedKind = "demo" | "municipal";

/**
 * The data the local site starts with: the Huddinge demo, or a generated municipality (≈6,000 staff).
 * Seam: the municipal generator is the domain's; until it is exported this says so instead of guessing.
 */
export function seedData(kind: SeedKind): SteeringData {
  if (kind === "demo") return huddinge;
  throw new Error("Kommunskala: domänens generator (src/domain/demo) är inte exporterad ännu.");
}
