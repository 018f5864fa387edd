/**
 * `npm run import-kolada -- [--years 2021-2025] [--municipality 0126] [--base-url URL] [--local-kolada]
 * [--per-page N] [--site …] [--token …]`
 * Fetches Kolada's figures for every KF and nämnd indicator that carries a Kolada KPI id and stores them as
 * outcomes of source Kolada ("Källa: Kolada"): new ones added, changed ones updated, the rest left alone
 * (running it again changes nothing); a person's own outcome for a period is never touched. Runs as the
 * app's system actor, never as a person. Prints the report in Swedish and then one JSON line.
 * Where: the local site by default, the app identity with MALKEDJAN_ENV=production (as `npm run provision`).
 * Kolada: KOLADA_BASE_URL (default https://api.kolada.se) and KOLADA_MUNICIPALITY (default 0126, Huddinge),
 * or the flags; `--local-kolada` starts the local stand-in with the demo's figures and asks it instead.
 */
import { parseArgs } from "node:util";
import { environmentWithFile, koladaSettings } from "../config";
import { KoladaClient, describeKoladaImport } from "../src/kolada";
import { serverClock } from "../src/server/clock";
import { connectSiteFromEnvironment } from "../src/server/identity/connectSite";
import { SharePointOutcomeStore } from "../src/sharepoint/stores/outcomeStore";
import { importKoladaOutcomes } from "../src/usecases";
import { startLocalKolada, type LocalKolada } from "./harness/localKolada";

/** `2021-2025`, `2023` or `2021,2023`: the years asked for (at most 30). */
export function parseYears(text: string): number[] | undefined {
  const range = /^(\d{4})-(\d{4})$/.exec(text.trim());
  const years =
    range !== null
      ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
      : text.split(",").map((y) => (/^\d{4}$/.test(y.trim()) ? Number(y.trim()) : Number.NaN));
  if (years.length === 0 || years.length > 30) return undefined;
  return years.every((y) => Number.isInteger(y) && y >= 1990 && y <= 2100) ? years : undefined;
}

/** The five years before this one: what Kolada has published by now. */
const lastFiveYears = (now: Date): number[] =>
  Array.from({ length: 5 }, (_, i) => now.getUTCFullYear() - 5 + i);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      years: { type: "string" },
      municipality: { type: "string" },
      "base-url": { type: "string" },
      "local-kolada": { type: "boolean", default: false },
      "per-page": { type: "string" },
      site: { type: "string" },
      token: { type: "string" },
    },
    strict: true,
  });
  const years = values.years === undefined ? lastFiveYears(new Date()) : parseYears(values.years);
  if (years === undefined) {
    console.error("Ange åren som 2021-2025, 2023 eller 2021,2023 (högst 30 år).");
    return 2;
  }
  const perPage = values["per-page"] === undefined ? undefined : Number(values["per-page"]);
  if (perPage !== undefined && (!Number.isInteger(perPage) || perPage < 1 || perPage > 5000)) {
    console.error("--per-page ska vara ett heltal 1–5000.");
    return 2;
  }
  let local: LocalKolada | undefined;
  try {
    if (values["local-kolada"]) local = await startLocalKolada();
    const settings = koladaSettings({
      ...environmentWithFile(process.env, process.cwd()),
      ...(values.municipality === undefined ? {} : { KOLADA_MUNICIPALITY: values.municipality }),
      ...(local !== undefined
        ? { KOLADA_BASE_URL: local.url }
        : values["base-url"] === undefined
          ? {}
          : { KOLADA_BASE_URL: values["base-url"] }),
    });
    const { sp, siteUrl, actingAs } = connectSiteFromEnvironment(process.env, values);
    console.log(`Hämtar från ${settings.baseUrl} till ${siteUrl} som ${actingAs} …`);
    const report = await importKoladaOutcomes(
      {
        outcomes: new SharePointOutcomeStore(sp),
        kolada: new KoladaClient({
          baseUrl: settings.baseUrl,
          ...(perPage === undefined ? {} : { perPage }),
        }),
        clock: serverClock,
      },
      { municipality: settings.municipality, years },
    );
    for (const line of describeKoladaImport(report)) console.log(line);
    console.log(JSON.stringify(report));
    return report.failed.length === 0 ? 0 : 3;
  } finally {
    await local?.close();
  }
}

if (process.argv[1]?.endsWith("import-kolada.ts")) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
