/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import type { IndividualGoal } from "../../../../src/domain";
import MyTeam from "../../../../src/tab/views/my-team";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const helena = "helena.bergstrom@malkedjan.local";
const anders = "anders.holm@malkedjan.local";
const karin = "karin.lindqvist@malkedjan.local";
const today = "2026-06-01";

/** Karin's own goal, marked agreed by her and waiting for Helena, her chef. */
const karinsGoal: IndividualGoal = {
  id: "karin.lindqvist-2026-1",
  employeeId: karin,
  managerId: helena,
  unitId: "sjodalsskolan",
  year: 2026,
  title: "Leda skolans arbete med trygghetsvandringar",
  activityIds: ["sjodalsskolan-2026-akt-1"],
  followUpDates: ["2026-10-05"],
  agreedByEmployeeAt: "2026-02-20T09:00:00Z",
};
const withKarinsGoal = { ...huddinge, "individual-goal": [...huddinge["individual-goal"], karinsGoal] };

function open(readerId: string, hash = "#/mitt-team", data = withKarinsGoal, locale: "sv" | "en" = "sv") {
  const ports = memoryPorts(data, readerId, today);
  return { ports, ...renderView(<MyTeam />, { ports, reader: demoReader(readerId), hash, locale }) };
}

describe("Mitt team for a chef of chefs", () => {
  it("lists the rektorer who report to her, with the unit each leads, and none of the lärare", async () => {
    open(helena);
    await screen.findByRole("heading", { level: 1, name: "Mitt team – Grundskola 2026" });
    const table = screen.getByRole("table", { name: "Medarbetare och mål" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Karin LindqvistChef för Sjödalsskolan0 av 1/),
      expect.stringMatching(/^Mikael SandbergChef för Kvarnbergsskolan0 av 0/),
    ]);
    expect(within(table).queryByText("Maria Johansson")).toBeNull();
    const summary = screen.getByRole("region", { name: "Översikt" });
    expect(summary.textContent).toContain("Medarbetare i teametvarav 2 chefer2");
    expect(screen.getByRole("region", { name: "Utan överenskomna mål" }).textContent).not.toMatch(/Alla/);
  });

  it("agrees a goal from the waiting list: focus moves to the message, and the goal shows as agreed", async () => {
    const { ports } = open(helena);
    const waiting = await screen.findByRole("region", { name: "Väntar på mitt godkännande" });
    const open_ = within(waiting).getByRole("link", {
      name: "Öppna i Mina mål: Leda skolans arbete med trygghetsvandringar",
    });
    expect(open_.getAttribute("href")).toBe(
      `#/mina-mal/${encodeURIComponent(karinsGoal.id)}?medarbetare=${encodeURIComponent(karin)}&ar=2026`,
    );
    await act(async () => {
      fireEvent.click(
        within(waiting).getByRole("button", {
          name: "Markera överenskommet: Leda skolans arbete med trygghetsvandringar, Karin Lindqvist",
        }),
      );
    });
    const message = await within(waiting).findByRole("status");
    expect(message.textContent).toBe(
      "Målet ”Leda skolans arbete med trygghetsvandringar” för Karin Lindqvist är överenskommet.",
    );
    await waitFor(() => expect(document.activeElement).toBe(message));
    // Agreed by the server's use case, as Helena, the chef.
    const stored = ports.all("individual-goal").find((g) => g.id === karinsGoal.id);
    expect(stored?.agreedByManagerAt).toBeDefined();
    await within(waiting).findByText("Inga mål väntar på ditt godkännande.");
    const row = within(screen.getByRole("table", { name: "Medarbetare och mål" }))
      .getAllByRole("row")
      .find((r) => r.textContent?.includes("Karin Lindqvist"));
    expect(row?.textContent).toContain("1 av 1");
    expect(document.activeElement).toBe(message);
  });

  it("announces a failed agreement and moves focus to it; the goal stays waiting", async () => {
    const { ports } = open(helena);
    const waiting = await screen.findByRole("region", { name: "Väntar på mitt godkännande" });
    ports.failNextWrite();
    await act(async () => {
      fireEvent.click(within(waiting).getByRole("button", { name: /^Markera överenskommet/ }));
    });
    const alert = await within(waiting).findByRole("alert");
    expect(alert.textContent).toMatch(/Målet kunde inte markeras som överenskommet.*Kunde inte nå servern/);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(within(waiting).getByRole("button", { name: /^Markera överenskommet/ })).toBeTruthy();
  });

  it("shows the skolor below in numbers only, and says the figures of a small group are not shown", async () => {
    open(anders);
    const below = await screen.findByRole("region", { name: "Enheterna under Utbildningsförvaltningen" });
    const table = await within(below).findByRole("table", {
      name: "Siffror för enheterna under Utbildningsförvaltningen",
    });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ["Grundskola", "2", "Färre än 5 – visas inte"],
      ["Kvarnbergsskolanunder Grundskola", "6", "6 av 6 (100 %)", "5 av 6", "7"],
      ["Sjödalsskolanunder Grundskola", "5", "5 av 5 (100 %)", "5 av 6", "6"],
    ]);
    expect(below.textContent).toContain(
      "För en grupp med färre än 5 personer visas inga siffror, så att ingens mål kan räknas ut.",
    );
    // No one below the förvaltningschef's own team is named anywhere in the section.
    for (const person of huddinge.person) expect(below.textContent).not.toContain(person.name);
  });

  it("keeps the year in the URL both ways", async () => {
    const { location } = open(helena, "#/mitt-team?ar=2025");
    await screen.findByRole("heading", { level: 1, name: "Mitt team – Grundskola 2025" });
    const year = screen.getByRole("combobox", { name: "År" });
    expect((year as HTMLSelectElement).value).toBe("2025");
    fireEvent.change(year, { target: { value: "2027" } });
    expect(location.history.at(-1)).toBe("#/mitt-team?ar=2027");
    await screen.findByRole("heading", { level: 1, name: "Mitt team – Grundskola 2027" });
  });

  it("has its headings in order", async () => {
    open(anders);
    await screen.findByRole("table", { name: /Siffror för enheterna under/ });
    const levels = screen.getAllByRole("heading").map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i += 1) {
      expect(levels[i] ?? 0).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
    }
  });

  it("speaks English all through", async () => {
    open(helena, "#/mitt-team", withKarinsGoal, "en");
    await screen.findByRole("heading", { level: 1, name: "My team – Grundskola 2026" });
    expect(await screen.findByRole("region", { name: "Waiting for my agreement" })).toBeTruthy();
    expect(await screen.findByRole("region", { name: "The units below Grundskola" })).toBeTruthy();
    expect(screen.getByText("of whom 2 are managers")).toBeTruthy();
  });
});
