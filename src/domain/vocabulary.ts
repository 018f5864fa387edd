/**
 * The one mapping between English code names and the Swedish words users say. The tab, the list schema,
 * cards and error messages take their Swedish labels from here; nothing else spells them.
 */
import type { ItemKind } from "./model/kinds";

/** A Swedish term: the lower-case term as used in running text, and UI labels singular/plural. */
export interface Term {
  readonly term: string;
  readonly singular: string;
  readonly plural: string;
}

const t = (term: string, plural: string): Term => ({
  term,
  singular: term.charAt(0).toUpperCase() + term.slice(1),
  plural: plural.charAt(0).toUpperCase() + plural.slice(1),
});

export const ITEM_TERMS = {
  vision: t("vision", "visioner"),
  "program-declaration": t("politisk programförklaring", "politiska programförklaringar"),
  "focus-area": t("målområde", "målområden"),
  "kf-indicator": t("kommunövergripande indikator", "kommunövergripande indikatorer"),
  "board-plan": t("nämndens verksamhetsplan", "nämndernas verksamhetsplaner"),
  "board-indicator": t("nämndindikator", "nämndindikatorer"),
  milestone: t("etappmål", "etappmål"),
  assignment: t("uppdrag", "uppdrag"),
  "work-plan": t("arbetsplan", "arbetsplaner"),
  activity: t("aktivitet", "aktiviteter"),
  "individual-goal": t("individuellt mål", "individuella mål"),
  "follow-up": t("uppföljning", "uppföljningar"),
  "indicator-outcome": t("indikatorutfall", "indikatorutfall"),
  "org-unit": t("organisationsenhet", "organisationsenheter"),
  person: t("person", "personer"),
} as const satisfies Record<ItemKind, Term>;

/** Organisational levels, top down. `unit` is the enhet (e.g. one school), the smallest level. */
export const ORG_UNIT_KIND_TERMS = {
  board: t("nämnd", "nämnder"),
  administration: t("förvaltning", "förvaltningar"),
  department: t("avdelning", "avdelningar"),
  section: t("sektion", "sektioner"),
  unit: t("enhet", "enheter"),
} as const satisfies Record<string, Term>;

export const FOLLOW_UP_STATUS_TERMS = {
  "not-started": t("ej påbörjad", "ej påbörjade"),
  "on-track": t("pågår enligt plan", "pågår enligt plan"),
  "at-risk": t("risk", "risk"),
  "off-track": t("avviker", "avviker"),
  done: t("klar", "klara"),
} as const satisfies Record<string, Term>;

/** A plan's status: utkast → fastställd → anmäld (to kommunstyrelsen). */
export const PLAN_STATUS_TERMS = {
  draft: t("utkast", "utkast"),
  adopted: t("fastställd", "fastställda"),
  reported: t("anmäld", "anmälda"),
} as const satisfies Record<string, Term>;

export const MILESTONE_HORIZON_TERMS = {
  short: t("kort sikt", "kort sikt"),
  long: t("lång sikt", "lång sikt"),
} as const satisfies Record<string, Term>;

export const FOCUS_AREA_DIMENSION_TERMS = {
  social: t("social hållbarhet", "social hållbarhet"),
  economic: t("ekonomisk hållbarhet", "ekonomisk hållbarhet"),
  ecological: t("ekologisk hållbarhet", "ekologisk hållbarhet"),
} as const satisfies Record<string, Term>;

export const INDICATOR_DIRECTION_TERMS = {
  increase: t("högre är bättre", "högre är bättre"),
  decrease: t("lägre är bättre", "lägre är bättre"),
} as const satisfies Record<string, Term>;

export const OUTCOME_SOURCE_TERMS = {
  manual: t("manuellt inmatat", "manuellt inmatade"),
  kolada: t("Kolada", "Kolada"),
} as const satisfies Record<string, Term>;

export const MISSING_DATA_TERMS = {
  "not-yet-published": t("ännu inte publicerat", "ännu inte publicerade"),
  "not-collected": t("inte insamlat", "inte insamlade"),
  suppressed: t("sekretess eller för litet underlag", "sekretess eller för litet underlag"),
  "not-applicable": t("ej tillämpligt", "ej tillämpliga"),
} as const satisfies Record<string, Term>;

export const CORE_VALUE_TERMS = {
  courage: t("mod", "mod"),
  drive: t("driv", "driv"),
  diversity: t("mångfald", "mångfald"),
  care: t("omtanke", "omtanke"),
} as const satisfies Record<string, Term>;

/** Activities that serve no etappmål or uppdrag serve the unit's core remit. */
export const CORE_MISSION_TERM: Term = t("basuppdrag", "basuppdrag");

/** `Individuellt mål "ind-7"` — how a message starting with the item names it. */
export const nameItem = (kind: ItemKind, id: string): string => `${ITEM_TERMS[kind].singular} "${id}"`;

/** `individuellt mål "ind-7"` — how a message names an item mid-sentence. */
export const nameItemInText = (kind: ItemKind, id: string): string => `${ITEM_TERMS[kind].term} "${id}"`;

/**
 * The 17 Global Goals' official short names: Swedish as Svenska FN-förbundet and the government write them
 * (globalamalen.se), English as the UN does. Shown as "Mål 3: Hälsa och välbefinnande".
 */
export const AGENDA_2030_GOAL_NAMES: Readonly<Record<number, { readonly sv: string; readonly en: string }>> =
  {
    1: { sv: "Ingen fattigdom", en: "No poverty" },
    2: { sv: "Ingen hunger", en: "Zero hunger" },
    3: { sv: "Hälsa och välbefinnande", en: "Good health and well-being" },
    4: { sv: "God utbildning för alla", en: "Quality education" },
    5: { sv: "Jämställdhet", en: "Gender equality" },
    6: { sv: "Rent vatten och sanitet för alla", en: "Clean water and sanitation" },
    7: { sv: "Hållbar energi för alla", en: "Affordable and clean energy" },
    8: { sv: "Anständiga arbetsvillkor och ekonomisk tillväxt", en: "Decent work and economic growth" },
    9: {
      sv: "Hållbar industri, innovationer och infrastruktur",
      en: "Industry, innovation and infrastructure",
    },
    10: { sv: "Minskad ojämlikhet", en: "Reduced inequalities" },
    11: { sv: "Hållbara städer och samhällen", en: "Sustainable cities and communities" },
    12: { sv: "Hållbar konsumtion och produktion", en: "Responsible consumption and production" },
    13: { sv: "Bekämpa klimatförändringarna", en: "Climate action" },
    14: { sv: "Hav och marina resurser", en: "Life below water" },
    15: { sv: "Ekosystem och biologisk mångfald", en: "Life on land" },
    16: { sv: "Fredliga och inkluderande samhällen", en: "Peace, justice and strong institutions" },
    17: { sv: "Genomförande och globalt partnerskap", en: "Partnerships for the goals" },
  };

/** "Mål 3: Hälsa och välbefinnande" / "Goal 3: Good health and well-being". */
export const nameAgenda2030Goal = (goal: number, locale: "sv" | "en"): string => {
  const names = AGENDA_2030_GOAL_NAMES[goal];
  const word = locale === "sv" ? "Mål" : "Goal";
  return names === undefined ? `${word} ${goal}` : `${word} ${goal}: ${names[locale]}`;
};

/** An indicator's derived status (rules/indicatorStatus.ts): where the latest outcome stands against its target. */
export const INDICATOR_STATUS_TERMS = {
  "on-track": t("på väg", "på väg"),
  "at-risk": t("risk", "risk"),
  "off-track": t("avviker", "avviker"),
  "no-data": t("underlag saknas", "underlag saknas"),
} as const satisfies Record<string, Term>;
