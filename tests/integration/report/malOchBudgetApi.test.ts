/**
 * Mål och budget over the API of the real server (local mode in-process, the Huddinge demo over real HTTP):
 * any signed-in person gets the Word file of the mandate asked for, named with its years; nobody without a
 * token (401), an unknown mandate is 404 and a malformed one 400, in Swedish. Without a mandate, the route
 * (mounted alone over the demo site, its clock set) sends the mandate covering the clock's year.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { malOchBudgetApiPaths } from "../../../src/contracts/malOchBudget";
import { huddinge } from "../../../src/demo";
import { unsignedToken } from "../../../src/localsite";
import { docxParagraphs } from "../../support/officeFiles";
import { useLocalServer } from "../server/support/localServer";
import { startDemoSite } from "../sharepoint/support/demoSite";
import { adminUpn } from "../sharepoint/support/localSite";
import { SharePointMalOchBudgetSource } from "../../../src/sharepoint/queries";
import { malOchBudgetRoutes } from "../../../src/server/api/malOchBudgetRoutes";
import { unsignedDemoCallers } from "../../../src/server/auth/callerVerifier";

const maria = "maria.johansson@malkedjan.local";
const session = useLocalServer("mal-och-budget-api");
const declarationId = huddinge["program-declaration"][0]?.id ?? "";

const get = (pathAndQuery: string, as?: string) =>
  fetch(new URL(pathAndQuery, session.server.origin), {
    headers: as === undefined ? {} : { Authorization: `Bearer ${unsignedToken(as)}` },
  });

describe("Mål och budget over the API", () => {
  it("sends a medarbetare the Word file of the mandate asked for, named with its years", async () => {
    const response = await get(malOchBudgetApiPaths.docx(declarationId), maria);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Mal och budget 2023-2026.docx"; filename*=UTF-8''M%C3%A5l%20och%20budget%202023%E2%80%932026.docx`,
    );
    const paragraphs = await docxParagraphs(new Uint8Array(await response.arrayBuffer()));
    expect(paragraphs.slice(0, 2)).toEqual(["Mål och budget 2023–2026", "Huddinge kommun"]);
    for (const kf of huddinge["kf-indicator"]) expect(paragraphs).toContain(kf.name);
  });

  it("refuses nobody (401), an unknown mandate (404) and a malformed one (400) as Swedish problems", async () => {
    const anonymous = await get(malOchBudgetApiPaths.docx(declarationId));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const unknown = await get(malOchBudgetApiPaths.docx("programforklaring-1999"), maria);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: "not-found", title: "Mandatperioden finns inte" });
    const twice = await get("/api/reports/mal-och-budget.docx?mandat=a&mandat=b", maria);
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain("Mandatperioden är fel angiven");
  });
});

describe("Mål och budget without a mandate asked for", () => {
  it("sends the mandate covering the clock's year, and says so when none covers it", async () => {
    const site = await startDemoSite();
    let today = "2024-03-01";
    const app = express().use(
      "/api",
      malOchBudgetRoutes({
        malOchBudget: () => new SharePointMalOchBudgetSource(site.as(adminUpn)),
        municipality: "Huddinge kommun",
        clock: { now: () => new Date(`${today}T12:00:00Z`), today: () => today },
        verifyCaller: unsignedDemoCallers,
      }),
    );
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const fetchDocx = () =>
      fetch(`${origin}${malOchBudgetApiPaths.docx()}`, {
        headers: { Authorization: `Bearer ${unsignedToken(maria)}` },
      });
    try {
      const during = await fetchDocx();
      expect(during.status).toBe(200);
      const paragraphs = await docxParagraphs(new Uint8Array(await during.arrayBuffer()));
      expect(paragraphs.slice(0, 4)).toEqual([
        "Mål och budget 2023–2026",
        "Huddinge kommun",
        "Fastställd av kommunfullmäktige",
        "Upprättad 1 mars 2024",
      ]);
      today = "2031-01-02";
      const after = await fetchDocx();
      expect(after.status).toBe(404);
      expect(await after.json()).toMatchObject({ code: "not-found", title: "Ingen mandatperiod pågår" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await site.close();
    }
  }, 60_000);
});
