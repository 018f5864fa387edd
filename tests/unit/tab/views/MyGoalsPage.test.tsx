/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import MyGoals from "../../../../src/tab/views/my-goals";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const maria = "maria.johansson@malkedjan.local";
const erik = "erik.sjoberg@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";
const otherRektor = "mikael.sandberg@malkedjan.local";
const today = "2026-06-01";

function open(readerId: string, hash = "#/mina-mal") {
  const ports = memoryPorts(huddinge, readerId, today);
  const view = renderView(<MyGoals />, { ports, reader: demoReader(readerId), hash });
  return { ports, ...view };
}

async function ready() {
  await screen.findByRole("heading", { level: 1, name: /Mina mål 2026|Mål för/ });
}

describe("Mina mål", () => {
  it("shows the unit's arbetsplan with each activity's chain up to its målområde, beside the goals", async () => {
    open(maria);
    await ready();
    expect(screen.getByRole("heading", { name: "Enhetens arbetsplan" })).toBeTruthy();
    expect(screen.getAllByText("Sjödalsskolans arbetsplan 2026").length).toBeGreaterThan(0);
    const chain = screen.getAllByRole("list", { name: /Leder upp till: Dagliga lässtunder/ })[0];
    expect(chain?.textContent).toMatch(/Etappmål:/);
    expect(chain?.textContent).toMatch(/Social hållbarhet/);
    // The basuppdrag activity says it leads to no målområde rather than inventing one.
    const core = screen.getAllByRole("list", { name: /Leder upp till: Kollegialt lärande/ })[0];
    expect(core?.textContent).toMatch(/Basuppdrag – leder inte till något målområde/);
    expect(
      screen.getByRole("article", { name: "Alla elever i min åk 2 läser minst 20 minuter varje skoldag" }),
    ).toBeTruthy();
  });

  it("creates a goal linked to two activities with a follow-up date", async () => {
    const { ports } = open(maria);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = screen.getByRole("form", { name: "Nytt mål" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Mål/ }), {
      target: { value: "Starta en läsecirkel för åk 2" },
    });
    fireEvent.click(
      within(form).getByRole("checkbox", { name: "Dagliga lässtunder i förskoleklass till åk 3" }),
    );
    fireEvent.click(within(form).getByRole("checkbox", { name: "Aktiva raster: rörelse varje dag" }));
    fireEvent.click(within(form).getByRole("checkbox", { name: "mod" }));
    fireEvent.change(within(form).getByLabelText("Lägg till datum", { selector: "input" }), {
      target: { value: "2026-10-01" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Lägg till datum" }));
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    const card = await screen.findByRole("article", { name: "Starta en läsecirkel för åk 2" });
    expect(card.textContent).toContain("Värdegrund: mod");
    const created = ports.all("individual-goal").find((g) => g.title === "Starta en läsecirkel för åk 2");
    expect(created).toMatchObject({
      employeeId: maria,
      managerId: rektor,
      unitId: "sjodalsskolan",
      year: 2026,
      followUpDates: ["2026-10-01"],
      coreValues: ["courage"],
    });
    expect(created?.activityIds).toHaveLength(2);
    expect(created?.agreedByEmployeeAt).toBeUndefined();
  });

  it("refuses a goal without an activity and says what is missing", async () => {
    const { ports } = open(maria);
    await ready();
    const before = ports.all("individual-goal").length;
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = screen.getByRole("form", { name: "Nytt mål" });
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    expect(await within(form).findByText("Skriv vad målet är.")).toBeTruthy();
    expect(within(form).getByText("Koppla målet till minst en aktivitet.")).toBeTruthy();
    expect(ports.all("individual-goal")).toHaveLength(before);
  });

  it("keeps what was typed when a save fails, and the retry saves it", async () => {
    const { ports } = open(maria);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = screen.getByRole("form", { name: "Nytt mål" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Mål/ }), {
      target: { value: "Mål som ska överleva" },
    });
    fireEvent.click(within(form).getByRole("checkbox", { name: "Aktiva raster: rörelse varje dag" }));
    ports.failNextWrite();
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    const alert = await within(form).findByRole("alert");
    expect(alert.textContent).toMatch(/Målet kunde inte sparas\. Det du skrev finns kvar\./);
    expect(alert.textContent).toMatch(/Kunde inte nå servern/);
    expect((within(form).getByRole("textbox", { name: /Mål/ }) as HTMLInputElement).value).toBe(
      "Mål som ska överleva",
    );
    fireEvent.click(within(alert).getByRole("button", { name: "Försök igen" }));
    await screen.findByRole("article", { name: "Mål som ska överleva" });
  });

  it("lets each party mark agreement for themselves only", async () => {
    const goalId = "erik.sjoberg-2026-3"; // agreed by the employee, waiting for the chef
    const { ports } = open(rektor, `#/mina-mal?medarbetare=${encodeURIComponent(erik)}`);
    await screen.findByRole("heading", { name: "Mål för Erik Sjöberg 2026" });
    expect(screen.getByRole("link", { name: "Tillbaka till Mitt team" }).getAttribute("href")).toBe(
      "#/mitt-team?enhet=sjodalsskolan",
    );
    const card = screen.getByRole("article", { name: "Pröva formativ bedömning i matematik i åk 8" });
    expect(within(card).queryByRole("button", { name: "Markera överenskommet som medarbetare" })).toBeNull();
    fireEvent.click(within(card).getByRole("button", { name: "Markera överenskommet som chef" }));
    await waitFor(() =>
      expect(ports.all("individual-goal").find((g) => g.id === goalId)?.agreedByManagerAt).toBeDefined(),
    );
    const stored = ports.all("individual-goal").find((g) => g.id === goalId);
    expect(stored?.agreedByEmployeeAt).toBe("2026-02-11T09:40:00Z");
    await waitFor(() =>
      expect(
        screen.getByRole("article", { name: "Pröva formativ bedömning i matematik i åk 8" }).textContent,
      ).toMatch(/Chef: överenskommet 2026-06-01/),
    );
  });

  it("records a follow-up with status and comment", async () => {
    const { ports } = open(maria);
    await ready();
    const card = screen.getByRole("article", { name: "Dela ett bedömningsexempel per månad i ämneslaget" });
    fireEvent.click(within(card).getByRole("button", { name: "Registrera uppföljning" }));
    const form = within(card).getByRole("form");
    fireEvent.click(within(form).getByRole("radio", { name: "Risk" }));
    fireEvent.change(within(form).getByRole("textbox", { name: "Kommentar" }), {
      target: { value: "Svårt att hinna" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    await screen.findByText("Uppföljningen är sparad.");
    const recorded = ports.all("follow-up").find((f) => f.comment === "Svårt att hinna");
    expect(recorded).toMatchObject({
      target: { kind: "individual-goal", id: "maria.johansson-2026-2" },
      status: "at-risk",
      authorId: maria,
    });
  });

  it("shows both versions when someone else saved first, and saves mine over theirs on request", async () => {
    const { ports } = open(maria);
    await ready();
    const card = screen.getByRole("article", { name: "Dela ett bedömningsexempel per månad i ämneslaget" });
    fireEvent.click(within(card).getByRole("button", { name: "Ändra" }));
    const form = await screen.findByRole("form", { name: /Ändra: Dela ett bedömningsexempel/ });
    const stored = ports.all("individual-goal").find((g) => g.id === "maria.johansson-2026-2");
    if (!stored) throw new Error("demo goal missing");
    ports.saveAsSomeoneElse("individual-goal", { ...stored, title: "Chefens formulering" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Mål/ }), {
      target: { value: "Min formulering" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    const conflict = await within(form).findByRole("alert");
    expect(within(conflict).getByRole("region", { name: "Din version" }).textContent).toMatch(
      /Min formulering/,
    );
    expect(within(conflict).getByRole("region", { name: "Sparad version" }).textContent).toMatch(
      /Chefens formulering/,
    );
    fireEvent.click(within(conflict).getByRole("button", { name: "Spara min version" }));
    await screen.findByRole("article", { name: "Min formulering" });
    expect(ports.all("individual-goal").find((g) => g.id === "maria.johansson-2026-2")?.title).toBe(
      "Min formulering",
    );
  });

  it("after a conflict, choosing the saved version drops the draft and shows what the other person saved", async () => {
    const { ports } = open(maria);
    await ready();
    const card = screen.getByRole("article", { name: "Dela ett bedömningsexempel per månad i ämneslaget" });
    fireEvent.click(within(card).getByRole("button", { name: "Ändra" }));
    const form = await screen.findByRole("form", { name: /Ändra: Dela ett bedömningsexempel/ });
    const stored = ports.all("individual-goal").find((g) => g.id === "maria.johansson-2026-2");
    if (!stored) throw new Error("demo goal missing");
    ports.saveAsSomeoneElse("individual-goal", { ...stored, title: "Chefens formulering" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Mål/ }), {
      target: { value: "Min formulering" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    const conflict = await within(form).findByRole("alert");
    fireEvent.click(within(conflict).getByRole("button", { name: "Använd den sparade versionen" }));
    await screen.findByRole("article", { name: "Chefens formulering" });
    expect(screen.queryByRole("form")).toBeNull();
    expect(ports.all("individual-goal").find((g) => g.id === "maria.johansson-2026-2")?.title).toBe(
      "Chefens formulering",
    );
  });

  it("a medarbetare cannot open a colleague's goals: the view says so and shows none of them", async () => {
    open(maria, `#/mina-mal?medarbetare=${encodeURIComponent(erik)}`);
    expect(await screen.findByRole("region", { name: "Du kan inte se de här målen" })).toBeTruthy();
    expect(screen.queryByText(/Leda extra studietid/)).toBeNull();
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("a medarbetare cannot open a colleague's goal by its URL", async () => {
    open(maria, "#/mina-mal/erik.sjoberg-2026-1");
    expect(await screen.findByRole("region", { name: "Det här målet kan du inte öppna" })).toBeTruthy();
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("a chef following a link to a staff member's goal lands on that person's page with the goal marked", async () => {
    const { location } = open(rektor, "#/mina-mal/maria.johansson-2026-2");
    await screen.findByRole("heading", { name: "Mål för Maria Johansson 2026" });
    expect(location.history.at(-1)).toBe(
      `#/mina-mal/maria.johansson-2026-2?medarbetare=${encodeURIComponent(maria)}`,
    );
    const card = screen.getByRole("article", { name: "Dela ett bedömningsexempel per månad i ämneslaget" });
    expect(card.className).not.toBe(
      screen.getByRole("article", { name: "Alla elever i min åk 2 läser minst 20 minuter varje skoldag" })
        .className,
    );
  });

  it("a link to one of last year's goals opens that year", async () => {
    const ports = memoryPorts(huddinge, maria, "2027-02-01");
    renderView(<MyGoals />, { ports, reader: demoReader(maria), hash: "#/mina-mal/maria.johansson-2026-1" });
    expect(await screen.findByRole("heading", { name: "Mina mål 2026" })).toBeTruthy();
    expect(
      screen.getByRole("article", { name: "Alla elever i min åk 2 läser minst 20 minuter varje skoldag" }),
    ).toBeTruthy();
  });

  it("a chef of another unit cannot open the staff's goals", async () => {
    open(otherRektor, `#/mina-mal?medarbetare=${encodeURIComponent(maria)}`);
    expect(await screen.findByRole("region", { name: "Du kan inte se de här målen" })).toBeTruthy();
    expect(screen.queryByText(/läser minst 20 minuter/)).toBeNull();
  });

  it("speaks English when the shell says so", async () => {
    const ports = memoryPorts(huddinge, maria, today);
    renderView(<MyGoals />, { ports, reader: demoReader(maria), hash: "#/mina-mal", locale: "en" });
    expect(await screen.findByRole("heading", { name: "My goals 2026" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "New goal" })).toBeTruthy();
  });

  it("loads the whole view with one port call", async () => {
    const { ports } = open(maria);
    await ready();
    expect(ports.calls).toEqual([`myGoals:${maria}`]);
  });
});
