/** The municipal-scale generator (see generate/index.ts). */
export { generateMunicipality, municipalSize, smallSize, type MunicipalSize } from "./generate/index";
