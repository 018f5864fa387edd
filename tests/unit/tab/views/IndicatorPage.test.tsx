/** @jest-environment jsdom */
import { cleanup, screen, within } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import Indicator from "../../../../src/tab/views/indicator";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

// The chart library ships ES modules (d3) Jest cannot load; the chart itself is checked in Chromium
// (tests/e2e/views-indicator.test.ts). Here: the words, the table and the status.
jest.mock("../../../../src/tab/views/indicator/IndicatorChart", () => ({ IndicatorChart: () => null }));

const maria = "maria.johansson@malkedjan.local";

function open(hash: string) {
  const ports = memoryPorts(huddinge, maria, "2026-06-01");
  return { ports, ...renderView(<Indicator />, { ports, reader: demoReader(maria), hash }) };
}

afterEach(cleanup);

describe("the indicator view", () => {
  it("reads the indicator with one port call and shows its figures, status and rule", async () => {
    const { ports } = open("#/indikator/namnd/grundskolenamnden-2026-ind-6");
    await screen.findByRole("heading", {
      level: 1,
      name: "6. Andel elever som skattar sin hälsa som god eller mycket god",
    });
    expect(ports.calls.filter((c) => c.startsWith("indicator|"))).toEqual([
      "indicator|board-indicator|grundskolenamnden-2026-ind-6",
    ]);
    const table = screen.getByRole("table", { name: /Utfall och målvärden per period/ });
    const row2025 = within(table).getByRole("row", { name: /^2025/ });
    // A missing outcome is said to be missing, with why, never shown as 0.
    expect(within(row2025).getAllByRole("cell")[0]?.textContent).toBe("Saknas (ännu inte publicerat)");
    // 2025 is missing, so 2024 (72 %, the baseline) is judged against the 2026 etappmål: off track.
    expect(screen.getByText(/^Högre är bättre\. Avviker: senaste utfall 72 % \(2024\)/)).toBeTruthy();
    expect(screen.getByText("Mål 3: Hälsa och välbefinnande")).toBeTruthy();
    expect(screen.queryByText("Källa: Kolada")).toBeNull();
  });

  it("says when the indicator does not exist", async () => {
    open("#/indikator/kf/finns-inte");
    await screen.findByRole("heading", { level: 1, name: "Indikatorn finns inte" });
    expect(screen.getByRole("link", { name: "Tillbaka till kedjan" }).getAttribute("href")).toBe(
      "#/kedjan?item=kf-indicator%3Afinns-inte",
    );
  });
});
