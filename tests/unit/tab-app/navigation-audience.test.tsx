/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { Shell } from "../../../src/tab/app/layout/Shell";
import { SessionProvider } from "../../../src/tab/app/ports/PortsContext";
import { RouterProvider } from "../../../src/tab/app/router/RouterContext";
import { huddinge } from "../../../src/demo/huddinge";
import { memoryPorts } from "../tab/support/memoryPorts";
import { demoReader, memoryLocation } from "../tab/support/renderView";

function renderShellAs(personId: string | undefined) {
  const ports = memoryPorts(huddinge, personId ?? "maria.johansson@malkedjan.local", "2026-11-27");
  render(
    <FluentProvider theme={teamsLightTheme}>
      <RouterProvider location={memoryLocation("#/kedjan")}>
        <Shell>
          {personId === undefined ? (
            <p>Välj vem du är</p>
          ) : (
            <SessionProvider ports={ports} person={demoReader(personId)}>
              <h1>Kedjan</h1>
            </SessionProvider>
          )}
        </Shell>
      </RouterProvider>
    </FluentProvider>,
  );
}

describe("the navigation offers Räckvidd to planners and chefs only", () => {
  it.each([
    ["lena.aberg@malkedjan.local", "the kommun's planner"],
    ["johan.wikstrom@malkedjan.local", "a nämnd's planner"],
    ["karin.lindqvist@malkedjan.local", "a rektor"],
  ])("offers it to %s (%s)", async (personId) => {
    renderShellAs(personId);
    const reach = await screen.findByRole("tab", { name: "Räckvidd" });
    // Last, after Rapport till KF.
    expect(screen.getAllByRole("tab").at(-1)).toBe(reach);
  });

  it("does not offer it to a medarbetare, nor before anyone is chosen", () => {
    renderShellAs("maria.johansson@malkedjan.local");
    expect(screen.getByRole("tab", { name: "Kedjan" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Räckvidd" })).toBeNull();
    document.body.innerHTML = "";
    renderShellAs(undefined);
    expect(screen.getByRole("tab", { name: "Kedjan" })).toBeTruthy();
    expect(screen.queryByRole("tab", { name: "Räckvidd" })).toBeNull();
  });
});
