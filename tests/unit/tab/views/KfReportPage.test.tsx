/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import KfReport from "../../../../src/tab/views/kf-report";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const maria = "maria.johansson@malkedjan.local";

function open(hash = "#/rapport", locale: "sv" | "en" = "sv") {
  const ports = memoryPorts(huddinge, maria, "2026-11-27");
  return { ports, ...renderView(<KfReport />, { ports, reader: demoReader(maria), hash, locale }) };
}

describe("Rapport till KF", () => {
  it("shows the three målområden in order, each KF indicator with its trend and the nämnd's indicator", async () => {
    open();
    await screen.findByRole("heading", { level: 1, name: "Återrapportering till kommunfullmäktige" });
    expect(screen.getByText("Huddinge kommun · Delår 2026")).toBeTruthy();
    const areas = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(areas).toEqual(huddinge["focus-area"].map((a) => a.heading));
    const kf1 = screen.getByRole("region", { name: "KF 1. −10 % i nettokostnadsavvikelse" });
    const trend = within(kf1).getByRole("table", { name: "Utfall för KF 1" });
    expect(
      within(trend)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual([
      "PeriodTotaltKvinnorMänKälla",
      "2022−4,6––Kolada",
      "2023−5,1––Kolada",
      "2024−5,8––Kolada",
      "2025−7,1––Kolada",
    ]);
    expect(within(kf1).getByText("Källa: Kolada")).toBeTruthy();
    expect(within(kf1).getByText("Kostnad per elev i grundskolan ska minska med X % (kr/elev)")).toBeTruthy();
    expect(within(kf1).getByText("Kostnaden per elev är högst 116 500 kr vid årets slut")).toBeTruthy();
    const kf4 = screen.getByRole("region", { name: "KF 4. NKI för företagsklimatet" });
    expect(within(kf4).getByText("Ingen nämnd har översatt indikatorn till en egen indikator.")).toBeTruthy();
  });

  it("downloads the Word file and says so", async () => {
    // jsdom has no object URLs; the browser's are exercised by the e2e test.
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:rapport";
    };
    URL.revokeObjectURL = () => undefined;
    const { ports } = open();
    const word = await screen.findByRole("button", { name: "Word (.docx)" });
    fireEvent.click(word);
    await screen.findByText("Återrapportering till KF 2026.docx är nedladdad.");
    expect(ports.calls).toContain("kfReportFile:2026:docx");
    expect(created).toHaveLength(1);
  });

  it("speaks English when asked", async () => {
    open("#/rapport", "en");
    await screen.findByRole("heading", { level: 1, name: "Report back to the municipal council" });
    expect(screen.getByRole("button", { name: "Excel (.xlsx)" })).toBeTruthy();
  });
});
