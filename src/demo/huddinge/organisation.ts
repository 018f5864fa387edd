/**
 * Huddinge's demo organisation: Grundskolenämnden → Utbildningsförvaltningen → avdelning Grundskola → two
 * skolor, and Kommunstyrelsen → Kommunledningsförvaltningen. Ids read well in URLs; people are their UPNs.
 */
import type { OrgUnit } from "../../domain/model/orgUnit";
import type { Person } from "../../domain/model/person";
import { upnFor } from "../ascii-fold";

export const unitIds = {
  kommunstyrelsen: "kommunstyrelsen",
  kommunledningsforvaltningen: "kommunledningsforvaltningen",
  grundskolenamnden: "grundskolenamnden",
  utbildningsforvaltningen: "utbildningsforvaltningen",
  grundskola: "grundskola",
  sjodalsskolan: "sjodalsskolan",
  kvarnbergsskolan: "kvarnbergsskolan",
} as const;

const person = (
  firstName: string,
  lastName: string,
  unitId: string,
  roles: Person["roles"] = [],
): Person => ({
  id: upnFor(firstName, lastName),
  name: `${firstName} ${lastName}`,
  unitId,
  roles,
});

/** Chefs, one per unit below the nämnder (a nämnd is led by politicians, not by staff). */
export const chefs = {
  kommundirektor: person("Eva", "Nordin", unitIds.kommunledningsforvaltningen),
  forvaltningschef: person("Anders", "Holm", unitIds.utbildningsforvaltningen),
  avdelningschef: person("Helena", "Bergström", unitIds.grundskola),
  rektorSjodal: person("Karin", "Lindqvist", unitIds.sjodalsskolan),
  rektorKvarnberg: person("Mikael", "Sandberg", unitIds.kvarnbergsskolan),
} as const;

/** Planners: KF level at Kommunledningsförvaltningen, the nämnd's secretary, the förvaltning's planner. */
export const planners = {
  kommun: person("Lena", "Åberg", unitIds.kommunledningsforvaltningen, [
    { kind: "planner", unitId: unitIds.kommunstyrelsen },
    { kind: "municipal-planner" },
  ]),
  namnd: person("Johan", "Wikström", unitIds.utbildningsforvaltningen, [
    { kind: "planner", unitId: unitIds.grundskolenamnden },
  ]),
  forvaltning: person("Sofia", "Ekström", unitIds.utbildningsforvaltningen, [
    { kind: "planner", unitId: unitIds.utbildningsforvaltningen },
  ]),
} as const;

/** Lärare and other medarbetare at the two skolor. */
export const staff = {
  sjodal: {
    maria: person("Maria", "Johansson", unitIds.sjodalsskolan),
    erik: person("Erik", "Sjöberg", unitIds.sjodalsskolan),
    fatima: person("Fatima", "Hosseini", unitIds.sjodalsskolan),
    lars: person("Lars", "Pettersson", unitIds.sjodalsskolan),
    linnea: person("Linnéa", "Håkansson", unitIds.sjodalsskolan),
  },
  kvarnberg: {
    ahmed: person("Ahmed", "Yilmaz", unitIds.kvarnbergsskolan),
    sara: person("Sara", "Lindgren", unitIds.kvarnbergsskolan),
    bjorn: person("Björn", "Nyström", unitIds.kvarnbergsskolan),
    elin: person("Elin", "Mårtensson", unitIds.kvarnbergsskolan),
    oskar: person("Oskar", "Löfgren", unitIds.kvarnbergsskolan),
    amira: person("Amira", "Ali", unitIds.kvarnbergsskolan),
  },
} as const;

export const orgUnits: readonly OrgUnit[] = [
  { id: unitIds.kommunstyrelsen, kind: "board", name: "Kommunstyrelsen" },
  {
    id: unitIds.kommunledningsforvaltningen,
    kind: "administration",
    name: "Kommunledningsförvaltningen",
    parentId: unitIds.kommunstyrelsen,
    chefId: chefs.kommundirektor.id,
  },
  { id: unitIds.grundskolenamnden, kind: "board", name: "Grundskolenämnden" },
  {
    id: unitIds.utbildningsforvaltningen,
    kind: "administration",
    name: "Utbildningsförvaltningen",
    parentId: unitIds.grundskolenamnden,
    chefId: chefs.forvaltningschef.id,
  },
  {
    id: unitIds.grundskola,
    kind: "department",
    name: "Grundskola",
    parentId: unitIds.utbildningsforvaltningen,
    chefId: chefs.avdelningschef.id,
  },
  {
    id: unitIds.sjodalsskolan,
    kind: "unit",
    name: "Sjödalsskolan",
    parentId: unitIds.grundskola,
    chefId: chefs.rektorSjodal.id,
  },
  {
    id: unitIds.kvarnbergsskolan,
    kind: "unit",
    name: "Kvarnbergsskolan",
    parentId: unitIds.grundskola,
    chefId: chefs.rektorKvarnberg.id,
  },
];

export const people: readonly Person[] = [
  ...Object.values(chefs),
  ...Object.values(planners),
  ...Object.values(staff.sjodal),
  ...Object.values(staff.kvarnberg),
];
