/** Demo data: the seed's Huddinge example and a deterministic municipal-scale generator. */
export { generateMunicipality, municipalSize, smallSize, type MunicipalSize } from "./generate";
export { huddinge } from "./huddinge";
export { countByKind, type SteeringData } from "./steeringData";
