/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import type { Person } from "../../../../src/domain";
import MyTeam from "../../../../src/tab/views/my-team";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const rektor = "karin.lindqvist@malkedjan.local";
const maria = "maria.johansson@malkedjan.local";
const today = "2026-06-01";

function open(readerId: string, hash = "#/mitt-team", data = huddinge, on = today) {
  const ports = memoryPorts(data, readerId, on);
  return { ports, ...renderView(<MyTeam />, { ports, reader: demoReader(readerId), hash }) };
}

describe("Mitt team", () => {
  it("lists every staff member with goals and latest follow-up, linking to their goals", async () => {
    open(rektor);
    await screen.findByRole("heading", { name: "Mitt team – Sjödalsskolan 2026" });
    const table = screen.getByRole("table", { name: "Medarbetare och mål" });
    const rows = within(table).getAllByRole("row").slice(1);
    // Five lärare; the rektor's own goals belong with her chef, not in her team.
    expect(rows).toHaveLength(5);
    expect(within(table).queryByText("Karin Lindqvist")).toBeNull();
    const mariaRow = rows.find((r) => r.textContent?.includes("Maria Johansson"));
    expect(mariaRow?.textContent).toMatch(/2 av 2/);
    const link = within(table).getByRole("link", { name: "Öppna mål för Maria Johansson" });
    expect(link.getAttribute("href")).toBe(`#/mina-mal?medarbetare=${encodeURIComponent(maria)}&ar=2026`);
  });

  it("shows which activities of the arbetsplan have agreed goals and which have none", async () => {
    open(rektor);
    const coverage = await screen.findByRole("list", { name: "Sjödalsskolans arbetsplan 2026" });
    const items = within(coverage).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    const uncovered = items.filter((i) => i.textContent?.includes("Inga överenskomna mål"));
    expect(uncovered.map((i) => i.textContent)).toEqual([
      "Trygghetsvandring med elevrådet varje terminInga överenskomna mål – 1 mål väntar på överenskommelse",
    ]);
    expect(items[0]?.textContent).toMatch(/2 överenskomna mål$/);
    expect(screen.getByText("5 av 6")).toBeTruthy();
  });

  it("names staff without agreed goals", async () => {
    const data = {
      ...huddinge,
      "individual-goal": huddinge["individual-goal"].map((g) =>
        g.id === "linnea.hakansson-2026-1" ? { ...g, agreedByManagerAt: undefined } : g,
      ),
    };
    open(rektor, "#/mitt-team", data);
    const without = await screen.findByRole("region", { name: "Utan överenskomna mål" });
    expect(
      within(without)
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual(["Linnéa Håkansson"]);
    expect(screen.getByText("4 av 5")).toBeTruthy();
  });

  it("says so when everyone has agreed goals, and lists overdue follow-ups with who and when", async () => {
    open(rektor);
    const without = await screen.findByRole("region", { name: "Utan överenskomna mål" });
    expect(without.textContent).toMatch(/Alla medarbetare har minst ett överenskommet mål/);
    const overdue = screen.getByRole("region", { name: "Försenade uppföljningar" });
    const items = within(overdue).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    expect(items.map((i) => i.textContent)).toContain(
      "Lars Pettersson: Planera trygghetsvandringen tillsammans med elevrådet – skulle följas upp 2026-05-04",
    );
    const link = within(items[0] as HTMLElement).getByRole("link");
    expect(link.getAttribute("href")).toMatch(/^#\/mina-mal\/[^?]+\?medarbetare=/);
  });

  it("late in the year lists the oldest overdue follow-ups first and says how many more there are", async () => {
    open(rektor, "#/mitt-team", huddinge, "2026-11-26");
    const overdue = await screen.findByRole("region", { name: "Försenade uppföljningar" });
    const items = within(overdue).getAllByRole("listitem");
    expect(items).toHaveLength(9);
    const dates = items.slice(0, 8).map((i) => /\d{4}-\d{2}-\d{2}$/.exec(i.textContent ?? "")?.[0] ?? "");
    expect(dates).toEqual([...dates].sort());
    expect(items[8]?.textContent).toBe(
      "… och 7 till. Listan över teamet visar hur många som är försenade för var och en.",
    );
  });

  it("stays readable with 40 staff and a search narrows the list", async () => {
    const extra: Person[] = Array.from({ length: 40 }, (_, i) => ({
      id: `larare${i}@malkedjan.local`,
      name: `Lärare ${String(i).padStart(2, "0")} Testsson`,
      unitId: "sjodalsskolan",
      roles: [],
    }));
    const data = { ...huddinge, person: [...huddinge.person, ...extra] };
    open(rektor, "#/mitt-team", data);
    const table = await screen.findByRole("table", { name: "Medarbetare och mål" });
    expect(within(table).getAllByRole("row")).toHaveLength(46);
    fireEvent.change(screen.getByRole("searchbox", { name: "Sök medarbetare" }), {
      target: { value: "lärare 07" },
    });
    expect(within(table).getAllByRole("row")).toHaveLength(2);
    expect(screen.getByText("45")).toBeTruthy();
  });

  it("tells a medarbetare that the view is for chefs, without asking for anything", async () => {
    const { ports } = open(maria);
    expect(await screen.findByRole("region", { name: "Mitt team visas för chefer" })).toBeTruthy();
    expect(ports.calls).toEqual([]);
  });

  it("refuses a unit the chef does not lead", async () => {
    const { ports } = open(rektor, "#/mitt-team?enhet=kvarnbergsskolan");
    expect(await screen.findByRole("region", { name: "Du är inte chef för den här enheten" })).toBeTruthy();
    // The whole view is this message: it is the view's main heading (the shell moves focus to the h1).
    expect(
      screen.getByRole("heading", { level: 1, name: "Du är inte chef för den här enheten" }),
    ).toBeTruthy();
    expect(ports.calls).toEqual([]);
  });

  it("a chef of two units picks which team to see", async () => {
    const data = {
      ...huddinge,
      "org-unit": huddinge["org-unit"].map((u) =>
        u.id === "kvarnbergsskolan" ? { ...u, chefId: rektor } : u,
      ),
    };
    const ports = memoryPorts(data, rektor, today);
    const reader = { ...demoReader(rektor), chefOf: ["sjodalsskolan", "kvarnbergsskolan"] };
    const { location } = renderView(<MyTeam />, { ports, reader, hash: "#/mitt-team" });
    const picker = await screen.findByRole("combobox", { name: "Enhet" });
    await within(picker).findByRole("option", { name: "Kvarnbergsskolan" });
    fireEvent.change(picker, { target: { value: "kvarnbergsskolan" } });
    expect(location.history.at(-1)).toBe("#/mitt-team?enhet=kvarnbergsskolan");
    expect(await screen.findByRole("heading", { name: "Mitt team – Kvarnbergsskolan 2026" })).toBeTruthy();
  });

  it("says in Swedish when the team cannot be loaded, and the retry loads it", async () => {
    const ports = memoryPorts(huddinge, rektor, today);
    ports.failNextRead();
    renderView(<MyTeam />, { ports, reader: demoReader(rektor), hash: "#/mitt-team" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Något gick fel.*Kunde inte nå servern/);
    fireEvent.click(within(alert).getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByRole("table", { name: "Medarbetare och mål" })).toBeTruthy();
  });

  it("loads the team with one port call", async () => {
    const { ports } = open(rektor);
    await screen.findByRole("table");
    expect(ports.calls).toEqual(["team:sjodalsskolan"]);
  });
});
