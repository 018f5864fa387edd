/**
 * Demo data: the seed's Huddinge example and a deterministic municipal-scale generator.
 *
 * Both come as a SteeringData: one plain array per ItemKind, keyed by the kind's code name, ready to seed
 * one SharePoint list per kind. The two sets are alternatives, not halves: they share the KF level (same
 * ids: `vision`, `programforklaring-2023-2026`, the three målområden, `kf-1` … `kf-8` and their outcomes),
 * and the generated people may carry the same UPNs as Huddinge's. Plans are for 2026.
 */
export { generateMunicipality, municipalSize, smallSize, type MunicipalSize } from "./generate";
export { huddinge } from "./huddinge";
export { countByKind, type SteeringData } from "./steeringData";
