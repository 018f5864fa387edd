/**
 * The KF level of Huddinge's steering model, in the seed's Swedish wording (DOMAIN.md): the vision, the
 * programförklaring, the three målområden and the eight kommunövergripande indikatorer.
 */
import type { CoreValue } from "../../domain/model/coreValues";
import type { FocusArea } from "../../domain/model/focusArea";
import type { KfIndicator } from "../../domain/model/kfIndicator";
import type { ProgramDeclaration } from "../../domain/model/programDeclaration";
import type { Vision } from "../../domain/model/vision";

export const vision: Vision = {
  id: "vision",
  text: "Huddinge ska vara en av de tre populäraste kommunerna i Stockholms län att bo, besöka och verka i.",
};

export const programDeclaration: ProgramDeclaration = {
  id: "programforklaring-2023-2026",
  visionId: vision.id,
  title: "Politisk programförklaring 2023–2026",
  text:
    "Vi har människan i fokus i ett hållbart samhälle där ekologin sätter ramarna och ekonomin är ett medel " +
    "och en förutsättning för hållbar utveckling. Under mandatperioden prioriterar majoriteten en skola där " +
    "fler elever når målen, trygghet i alla kommundelar, ett gott bemötande i varje kontakt med kommunen och " +
    "en ekonomi i balans. Invånarnas behov ska vara i centrum, och vi ska göra smarta prioriteringar i " +
    "kärnuppdraget. Inriktningen arbetas in under de tre målområdena.",
  mandate: { firstYear: 2023, lastYear: 2026 },
};

const social = "social-hallbarhet";
const economic = "ekonomisk-hallbarhet";
const ecological = "ekologisk-hallbarhet";

/** Innermost circle first: the social base, the economic resource base, the ecological frame. */
export const focusAreas: readonly FocusArea[] = [
  {
    id: social,
    programDeclarationId: programDeclaration.id,
    dimension: "social",
    heading: "Social hållbarhet – Den sociala basen",
    citizenText:
      "Den sociala hållbarheten är liktydig med all mänsklig aktivitet. Alla som bor i Huddinge ska kunna " +
      "växa, må bra och känna sig trygga, få en god utbildning och ett gott bemötande när de möter kommunen.",
    agenda2030Goals: [1, 3, 4, 5, 10, 11, 16],
  },
  {
    id: economic,
    programDeclarationId: programDeclaration.id,
    dimension: "economic",
    heading: "Ekonomisk hållbarhet – God hushållning med resurser och skattepengar",
    citizenText:
      "Ekonomin är den resursbas vi har till vårt förfogande och ett medel för hållbar utveckling. Kommunen " +
      "ska använda skattepengarna effektivt, ha en ekonomi i balans och ett gott klimat för företagande.",
    agenda2030Goals: [8, 9, 12, 17],
  },
  {
    id: ecological,
    programDeclarationId: programDeclaration.id,
    dimension: "ecological",
    heading: "Ekologisk hållbarhet – Ramen för mänsklig existens",
    citizenText:
      "Ekologin sätter ramarna för allt annat. Huddinge ska minska sitt ekologiska fotavtryck, spara energi " +
      "och värna natur, vatten och klimat för kommande generationer.",
    agenda2030Goals: [6, 7, 11, 12, 13, 14, 15],
  },
];

/**
 * The eight KF indicators, numbered as in the seed; KF 1 carries Kolada's nettokostnadsavvikelse. The seed
 * says the målområden capture Agenda 2030 but names no goal per indicator: each carries the global goals its
 * subject belongs to (health → 3, education → 4, safety and good institutions → 16, …).
 */
export const kfIndicators: readonly KfIndicator[] = [
  {
    id: "kf-1",
    focusAreaId: economic,
    number: 1,
    agenda2030Goals: [16],
    name: "−10 % i nettokostnadsavvikelse",
    measureUnit: "%",
    direction: "decrease",
    baseline: { year: 2022, value: -4.6 },
    target: { year: 2026, value: -10 },
    koladaKpiId: "N00097",
  },
  {
    id: "kf-2",
    focusAreaId: social,
    number: 2,
    agenda2030Goals: [4],
    name: "Gymnasieelever med examen inom tre år",
    measureUnit: "%",
    direction: "increase",
    baseline: { year: 2022, value: 68.4 },
    target: { year: 2026, value: 74 },
  },
  {
    id: "kf-3",
    focusAreaId: social,
    number: 3,
    agenda2030Goals: [16],
    name: "Gott bemötande vid kontakt med kommunen",
    measureUnit: "%",
    direction: "increase",
    baseline: { year: 2022, value: 81 },
    target: { year: 2026, value: 87 },
  },
  {
    id: "kf-4",
    focusAreaId: social,
    number: 4,
    agenda2030Goals: [8],
    name: "NKI för företagsklimatet",
    measureUnit: "index",
    direction: "increase",
    baseline: { year: 2022, value: 72 },
    target: { year: 2026, value: 77 },
  },
  {
    id: "kf-5",
    focusAreaId: social,
    number: 5,
    agenda2030Goals: [11, 16],
    name: "Andel som känner sig trygga utomhus i området där de bor när det är mörkt ute",
    measureUnit: "%",
    direction: "increase",
    baseline: { year: 2022, value: 64 },
    target: { year: 2026, value: 70 },
  },
  {
    id: "kf-6",
    focusAreaId: social,
    number: 6,
    agenda2030Goals: [3],
    name: "Andel invånare som skattar sin hälsa som god eller mycket god",
    measureUnit: "%",
    direction: "increase",
    baseline: { year: 2022, value: 71 },
    target: { year: 2026, value: 75 },
  },
  {
    id: "kf-7",
    focusAreaId: social,
    number: 7,
    agenda2030Goals: [9, 11],
    name: "Betygsindex för invånare som är nöjda med kommunikationerna i kommunen",
    measureUnit: "index",
    direction: "increase",
    baseline: { year: 2022, value: 57 },
    target: { year: 2026, value: 62 },
  },
  {
    id: "kf-8",
    focusAreaId: ecological,
    number: 8,
    agenda2030Goals: [12, 13],
    name: "Det ekologiska fotavtrycket ska minska till 4,0 gha/inv.",
    measureUnit: "gha/inv",
    direction: "decrease",
    baseline: { year: 2022, value: 6.1 },
    target: { year: 2030, value: 4.0 },
  },
];

/** Värdegrund: mod, driv, mångfald, omtanke (Swedish words in vocabulary.ts, CORE_VALUE_TERMS). */
export const coreValues: readonly CoreValue[] = ["courage", "drive", "diversity", "care"];
