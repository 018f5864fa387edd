/**
 * The ten nämnder of a generated municipality: names, departments, how their units are named, which KF
 * indicators each translates (a nämnd need not translate all), the uppdrag they give, and the activities
 * their units typically prioritise. Noun phrases, so "Bidra till …" reads well in individual goals.
 */
import type { IndicatorDirection } from "../../domain/model/indicatorCommon";

export interface Translation {
  readonly kf: number;
  readonly name: string;
  readonly measureUnit: string;
  readonly direction: IndicatorDirection;
  readonly baseline: number;
  readonly target: number;
}

export interface BoardProfile {
  readonly board: string;
  readonly administration: string;
  /** Relative size: how many of the municipality's enheter this förvaltning holds. */
  readonly weight: number;
  readonly departments: readonly string[];
  /** A sektion is named `<sectionWord> <place>`. */
  readonly sectionWord: string;
  /** Enhet name patterns: `{P}` = place ("Björkdalen"), `{C}` = its compound form ("Björkdals"). */
  readonly unitPatterns: readonly string[];
  readonly translations: readonly Translation[];
  /** Uppdrag titles with the målområde (dimension) each serves. */
  readonly assignments: readonly (readonly [string, "social" | "economic" | "ecological"])[];
  readonly localActivities: readonly string[];
}

const t = (
  kf: number,
  name: string,
  measureUnit: string,
  direction: IndicatorDirection,
  baseline: number,
  target: number,
): Translation => ({ kf, name, measureUnit, direction, baseline, target });

export const boardProfiles: readonly BoardProfile[] = [
  {
    board: "Kommunstyrelsen",
    administration: "Kommunledningsförvaltningen",
    weight: 2,
    departments: ["Ekonomiavdelningen", "HR-avdelningen", "Digitaliseringsavdelningen", "Kontaktcenter"],
    sectionWord: "Sektion",
    unitPatterns: ["Medborgarkontoret {P}", "Servicegrupp {P}"],
    translations: [
      t(1, "Kostnad för administration per invånare", "kr/inv", "decrease", 2_950, 2_800),
      t(3, "Andel e-postfrågor som besvaras inom en arbetsdag", "%", "increase", 74, 90),
      t(4, "Andel företagare som är nöjda med kommunens service", "%", "increase", 68, 75),
      t(8, "Koldioxidutsläpp från kommunens tjänsteresor", "ton CO₂e", "decrease", 410, 330),
    ],
    assignments: [
      ["Ta fram en gemensam modell för medborgardialog", "social"],
      ["Utred samordnad upphandling av fordon med förnybara drivmedel", "ecological"],
      ["Ta fram en plan för effektivare lokalanvändning", "economic"],
    ],
    localActivities: [
      "Snabbare svar i kontaktcenter",
      "Digitala självservicetjänster",
      "Månatlig budgetuppföljning med cheferna",
      "Klarspråk i kommunens brev och beslut",
      "Samordnad rekrytering",
      "Resfria möten",
    ],
  },
  {
    board: "Grundskolenämnden",
    administration: "Grundskoleförvaltningen",
    weight: 20,
    departments: ["Grundskola norr", "Grundskola söder", "Grundskola öst", "Elevhälsa och stöd"],
    sectionWord: "Rektorsområde",
    unitPatterns: ["{C}skolan"],
    translations: [
      t(1, "Kostnad per elev i grundskolan ska minska med X %", "kr/elev", "decrease", 118_400, 115_000),
      t(2, "Andelen grundskoleelever som uppnår behörighet till gymnasieskolan", "%", "increase", 84.2, 88),
      t(
        3,
        "Andelen elever i åk 7–9 som uppger att de har en förtroendefull relation med minst en vuxen i skolan",
        "%",
        "increase",
        77,
        85,
      ),
      t(5, "Andel elever i åk 9 som känner sig trygga i skolan, positiva svar", "%", "increase", 79, 86),
      t(6, "Andel elever som skattar sin hälsa som god eller mycket god", "%", "increase", 72, 76),
      t(7, "NKI för elever som erhåller skolskjuts", "index", "increase", 68, 74),
      t(8, "Energiförbrukningen i verksamhetslokaler", "kWh/m²", "decrease", 142, 130),
    ],
    assignments: [
      ["Ta fram en plan för att fler elever ska bli behöriga till gymnasieskolan", "social"],
      ["Se över skolskjutsorganisationen", "social"],
      ["Utred en ny resursfördelningsmodell", "economic"],
    ],
    localActivities: [
      "Lässtunder varje skoldag",
      "Extra studietid i matematik",
      "Mentorssamtal varannan vecka",
      "Trygghetsvandringar med elevrådet",
      "Aktiva raster",
      "Kollegialt lärande i bedömning",
      "Sommarskola för åk 8–9",
      "Energironder efter skoltid",
    ],
  },
  {
    board: "Förskolenämnden",
    administration: "Förskoleförvaltningen",
    weight: 16,
    departments: ["Förskola norr", "Förskola söder", "Förskola väst", "Pedagogisk utveckling"],
    sectionWord: "Förskoleområde",
    unitPatterns: ["Förskolan {P}"],
    translations: [
      t(1, "Kostnad per barn i förskolan", "kr/barn", "decrease", 151_000, 148_000),
      t(3, "Andel vårdnadshavare som är nöjda med bemötandet i förskolan", "%", "increase", 88, 92),
      t(5, "Andel vårdnadshavare som upplever att barnet är tryggt i förskolan", "%", "increase", 91, 94),
      t(6, "Andel barn som vistas ute minst en timme varje dag", "%", "increase", 80, 90),
      t(8, "Andel ekologiska livsmedel i förskolans kök", "%", "increase", 38, 50),
    ],
    assignments: [
      ["Utveckla språkstödet för flerspråkiga barn", "social"],
      ["Ta fram en plan för hållbara måltider", "ecological"],
    ],
    localActivities: [
      "Högläsning varje dag",
      "Utevistelse i skogen en dag i veckan",
      "Trygga inskolningar",
      "Dokumentation av barnens lärande",
      "Matsvinnsmätning i köket",
      "Flerspråkiga sagostunder",
    ],
  },
  {
    board: "Gymnasie- och vuxenutbildningsnämnden",
    administration: "Gymnasie- och vuxenutbildningsförvaltningen",
    weight: 6,
    departments: ["Gymnasieskolor", "Vuxenutbildning", "Studie- och yrkesvägledning", "Språkintroduktion"],
    sectionWord: "Programområde",
    unitPatterns: ["{C}gymnasiet", "Vuxenutbildningen {P}"],
    translations: [
      t(1, "Kostnad per gymnasieelev", "kr/elev", "decrease", 132_000, 128_000),
      t(2, "Andel elever med examen inom tre år i kommunens gymnasieskolor", "%", "increase", 71, 77),
      t(3, "Andel elever som är nöjda med bemötandet från lärarna", "%", "increase", 79, 84),
      t(5, "Andel elever som känner sig trygga i skolan", "%", "increase", 88, 92),
      t(6, "Andel elever som skattar sin hälsa som god eller mycket god", "%", "increase", 66, 71),
    ],
    assignments: [
      ["Minska avbrotten i gymnasieskolan", "social"],
      ["Utveckla yrkesvuxutbildningen tillsammans med näringslivet", "economic"],
    ],
    localActivities: [
      "Tidiga varningssignaler för frånvaro",
      "Studiestöd efter skoltid",
      "Praktik på arbetsplatsförlagt lärande",
      "Samtal med varje elev om studieplanen",
      "Språkutvecklande undervisning",
    ],
  },
  {
    board: "Socialnämnden",
    administration: "Socialförvaltningen",
    weight: 9,
    departments: ["Barn och unga", "Vuxen", "Ekonomiskt bistånd", "Myndighet och utredning"],
    sectionWord: "Sektion",
    unitPatterns: ["Familjecentralen {P}", "Öppenvården {P}"],
    translations: [
      t(1, "Kostnad för placeringar per invånare 0–20 år", "kr/inv", "decrease", 2_100, 1_900),
      t(3, "Andel brukare som upplever ett gott bemötande från socialtjänsten", "%", "increase", 76, 82),
      t(5, "Andel placerade barn som känner sig trygga där de bor", "%", "increase", 84, 90),
      t(6, "Andel som är självförsörjande ett år efter avslutat ekonomiskt bistånd", "%", "increase", 41, 48),
    ],
    assignments: [
      ["Utveckla tidiga och förebyggande insatser för barn och unga", "social"],
      ["Minska kostnaderna för externa placeringar", "economic"],
    ],
    localActivities: [
      "Föräldrastöd i grupp",
      "Uppsökande arbete i bostadsområdet",
      "Samverkan med skola och polis",
      "Uppföljning av varje placering",
      "Arbetsmarknadsinsatser för biståndstagare",
    ],
  },
  {
    board: "Äldreomsorgsnämnden",
    administration: "Äldreomsorgsförvaltningen",
    weight: 14,
    departments: ["Hemtjänst", "Vård- och omsorgsboenden", "Biståndshandläggning", "Hälso- och sjukvård"],
    sectionWord: "Område",
    unitPatterns: ["Hemtjänst {P}", "{C}gårdens vård- och omsorgsboende"],
    translations: [
      t(1, "Kostnad per brukare i hemtjänsten", "kr/brukare", "decrease", 268_000, 260_000),
      t(3, "Andel brukare som är nöjda med bemötandet i hemtjänsten", "%", "increase", 93, 96),
      t(5, "Andel boende som känner sig trygga på sitt vård- och omsorgsboende", "%", "increase", 84, 90),
      t(6, "Andel brukare som upplever att de mår bra", "%", "increase", 58, 64),
      t(8, "Andel av hemtjänstens resor som görs med fossilfria fordon", "%", "increase", 55, 80),
    ],
    assignments: [
      ["Inför digital nattillsyn där brukaren vill det", "economic"],
      ["Minska ensamheten bland äldre", "social"],
    ],
    localActivities: [
      "Färre personal per brukare i hemtjänsten",
      "Meningsfull vardag med aktiviteter varje dag",
      "Fallprevention",
      "Måltiden som en stund att se fram emot",
      "Samordnad vårdplanering",
      "Cykel och elbil i hemtjänsten",
    ],
  },
  {
    board: "Funktionsstödsnämnden",
    administration: "Funktionsstödsförvaltningen",
    weight: 8,
    departments: ["Bostad med särskild service", "Daglig verksamhet", "Personlig assistans", "Myndighet"],
    sectionWord: "Område",
    unitPatterns: ["Gruppbostaden {P}", "Daglig verksamhet {P}"],
    translations: [
      t(1, "Kostnad per brukare i daglig verksamhet", "kr/brukare", "decrease", 245_000, 238_000),
      t(3, "Andel brukare som upplever att personalen bemöter dem bra", "%", "increase", 89, 93),
      t(5, "Andel brukare som känner sig trygga i sin bostad", "%", "increase", 86, 91),
      t(6, "Andel brukare som upplever att de har en meningsfull sysselsättning", "%", "increase", 78, 84),
    ],
    assignments: [["Öka andelen brukare som går från daglig verksamhet till arbete", "social"]],
    localActivities: [
      "Individuella genomförandeplaner",
      "Delaktighetsmöten med brukarna",
      "Praktikplatser hos lokala företag",
      "Kommunikationsstöd med bildstöd",
      "Friskvård och rörelse",
    ],
  },
  {
    board: "Kultur- och fritidsnämnden",
    administration: "Kultur- och fritidsförvaltningen",
    weight: 5,
    departments: ["Bibliotek", "Fritidsgårdar", "Kulturskolan", "Idrott och anläggningar"],
    sectionWord: "Område",
    unitPatterns: ["{C} bibliotek", "Fritidsgården {P}"],
    translations: [
      t(3, "Andel besökare som är nöjda med bemötandet på biblioteken", "%", "increase", 90, 94),
      t(5, "Andel unga som känner sig trygga på fritidsgårdarna", "%", "increase", 82, 88),
      t(6, "Antal deltagartillfällen i föreningsidrott per invånare 7–20 år", "st/inv", "increase", 31, 34),
      t(7, "Andel invånare som är nöjda med öppettiderna i bibliotek och kulturhus", "%", "increase", 64, 72),
    ],
    assignments: [
      ["Utöka öppettiderna med meröppna bibliotek", "social"],
      ["Ta fram en plan för fler spontanidrottsplatser", "social"],
    ],
    localActivities: [
      "Läsfrämjande för barn och unga",
      "Lovaktiviteter",
      "Meröppet bibliotek",
      "Unga som medarrangörer",
      "Samarbete med idrottsföreningarna",
    ],
  },
  {
    board: "Natur- och byggnadsnämnden",
    administration: "Samhällsbyggnadsförvaltningen",
    weight: 4,
    departments: ["Bygglov", "Planering", "Miljö och hälsa", "Mark och exploatering"],
    sectionWord: "Sektion",
    unitPatterns: ["Tillsynsområde {P}", "Planområde {P}"],
    translations: [
      t(3, "Andel sökande som är nöjda med bemötandet i bygglovsärenden", "%", "increase", 70, 80),
      t(4, "NKI för bygglov och miljötillsyn", "index", "increase", 69, 75),
      t(7, "Andel invånare som är nöjda med gång- och cykelvägarna", "%", "increase", 55, 62),
      t(8, "Andel av kommunens yta som är skyddad natur", "%", "increase", 12, 15),
    ],
    assignments: [
      ["Korta handläggningstiden för bygglov", "economic"],
      ["Bilda två nya naturreservat", "ecological"],
    ],
    localActivities: [
      "Förhandsbesked inom fyra veckor",
      "Digital bygglovsansökan",
      "Tillsyn enligt plan",
      "Samråd med invånarna",
      "Inventering av värdefull natur",
    ],
  },
  {
    board: "Tekniska nämnden",
    administration: "Tekniska förvaltningen",
    weight: 6,
    departments: ["Gata och park", "Vatten och avlopp", "Fastighet", "Avfall"],
    sectionWord: "Driftområde",
    unitPatterns: ["Parkdrift {P}", "Gatudrift {P}", "Fastighetsdrift {P}"],
    translations: [
      t(1, "Driftkostnad per meter kommunal gata", "kr/m", "decrease", 96, 90),
      t(3, "Andel felanmälningar som åtgärdas inom utlovad tid", "%", "increase", 81, 90),
      t(7, "Andel invånare som är nöjda med snöröjningen", "%", "increase", 61, 68),
      t(8, "Energiförbrukning i kommunens fastigheter", "kWh/m²", "decrease", 151, 138),
    ],
    assignments: [
      ["Byt gatubelysningen till LED", "ecological"],
      ["Ta fram en underhållsplan för kommunens broar", "economic"],
    ],
    localActivities: [
      "Felanmälan åtgärdad inom utlovad tid",
      "Snöröjning enligt prioriteringsordning",
      "Energioptimering av ventilation",
      "Skötselplaner för parker",
      "Sortering av avfall i kommunens lokaler",
    ],
  },
];

/** Activities any unit may prioritise within its basuppdrag. */
export const coreMissionActivities: readonly string[] = [
  "Systematiskt arbetsmiljöarbete",
  "Kompetensutveckling enligt kompetensplan",
  "Introduktion av nyanställda",
  "Förbättringsarbete utifrån synpunkter och avvikelser",
  "Uppföljning av arbetsplanen på arbetsplatsträffar",
];
