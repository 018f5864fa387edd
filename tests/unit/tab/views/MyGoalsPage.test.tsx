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

/** The goal form's fields as people find them, the date picker once its chunk is loaded. */
async function goalForm(name: string | RegExp) {
  const form = await screen.findByRole("form", { name });
  const datePicker = await within(form).findByRole("combobox", { name: /Nytt uppföljningsdatum/ });
  return {
    form,
    title: within(form).getByRole("textbox", { name: /Rubrik/ }) as HTMLInputElement,
    datePicker: datePicker as HTMLInputElement,
    addDate: (date: string) => {
      fireEvent.change(datePicker, { target: { value: date } });
      fireEvent.click(within(form).getByRole("button", { name: "Lägg till datum" }));
    },
    save: () => fireEvent.click(within(form).getByRole("button", { name: "Spara" })),
  };
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
    const { form, title, addDate, save } = await goalForm("Nytt mål");
    // Focus moves into the new form, on its first field.
    expect(document.activeElement).toBe(title);
    fireEvent.change(title, { target: { value: "Starta en läsecirkel för åk 2" } });
    fireEvent.click(
      within(form).getByRole("checkbox", { name: "Dagliga lässtunder i förskoleklass till åk 3" }),
    );
    fireEvent.click(within(form).getByRole("checkbox", { name: "Aktiva raster: rörelse varje dag" }));
    fireEvent.click(within(form).getByRole("checkbox", { name: "mod" }));
    addDate("2026-10-01");
    expect(within(form).getByText("2026-10-01")).toBeTruthy();
    expect(document.activeElement).toBe(
      within(form).getByRole("combobox", { name: /Nytt uppföljningsdatum/ }),
    );
    save();
    const card = await screen.findByRole("article", { name: "Starta en läsecirkel för åk 2" });
    // Focus moves to the saved goal; the message says what happened.
    await waitFor(() => expect(document.activeElement).toBe(card));
    expect(screen.getByRole("status", { name: "" }).textContent).toContain("Målet är sparat.");
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
    const { form, title, save } = await goalForm("Nytt mål");
    fireEvent.change(title, { target: { value: "Ett mål" } });
    save();
    // Announced (role alert) and focus on the first field that is wrong.
    const missing = await within(form).findByRole("alert");
    expect(missing.textContent).toBe("Koppla målet till minst en aktivitet.");
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(form).getByRole("checkbox", { name: "Dagliga lässtunder i förskoleklass till åk 3" }),
      ),
    );
    fireEvent.change(title, { target: { value: "  " } });
    save();
    expect(await within(form).findByText("Skriv en rubrik för målet.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(ports.all("individual-goal")).toHaveLength(before);
  });

  it("keeps what was typed when a save fails, and the retry saves it", async () => {
    const { ports } = open(maria);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const { form, title, save } = await goalForm("Nytt mål");
    fireEvent.change(title, { target: { value: "Mål som ska överleva" } });
    fireEvent.click(within(form).getByRole("checkbox", { name: "Aktiva raster: rörelse varje dag" }));
    ports.failNextWrite();
    save();
    const alert = await within(form).findByRole("alert");
    expect(alert.textContent).toMatch(/Målet är inte sparat\. Det du skrev finns kvar\./);
    expect(alert.textContent).toMatch(/Det gick inte att nå Målkedjan/);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(title.value).toBe("Mål som ska överleva");
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
    const form = await within(card).findByRole("form");
    // The planned follow-ups not yet answered, and today; the earliest is chosen and has focus.
    const planned = within(form).getByRole("radio", { name: "Planerad uppföljning 2026-04-20" });
    expect((planned as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(planned);
    expect(within(form).getByRole("radio", { name: "I dag, 2026-06-01, utöver de planerade" })).toBeTruthy();
    fireEvent.click(within(form).getByRole("radio", { name: "Risk" }));
    fireEvent.change(within(form).getByRole("textbox", { name: "Kommentar" }), {
      target: { value: "Svårt att hinna" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    await screen.findByText("Uppföljningen är sparad.");
    const recorded = ports.all("follow-up").find((f) => f.comment === "Svårt att hinna");
    expect(recorded).toMatchObject({
      target: { kind: "individual-goal", id: "maria.johansson-2026-2" },
      period: "2026-06-01",
      answers: "2026-04-20",
      status: "at-risk",
      authorId: maria,
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole("article", { name: "Dela ett bedömningsexempel per månad i ämneslaget" }),
      ),
    );
  });

  it("shows both versions when someone else saved first, and saves mine over theirs on request", async () => {
    const { ports } = open(maria);
    await ready();
    const card = screen.getByRole("article", { name: "Dela ett bedömningsexempel per månad i ämneslaget" });
    fireEvent.click(within(card).getByRole("button", { name: "Ändra" }));
    const { form, title, save } = await goalForm(/Ändra målet: Dela ett bedömningsexempel/);
    const stored = ports.all("individual-goal").find((g) => g.id === "maria.johansson-2026-2");
    if (!stored) throw new Error("demo goal missing");
    ports.saveAsSomeoneElse("individual-goal", { ...stored, title: "Chefens formulering" });
    fireEvent.change(title, { target: { value: "Min formulering" } });
    save();
    const conflict = await within(form).findByRole("alert", { name: /Någon annan har sparat/ });
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
    const { form, title, save } = await goalForm(/Ändra målet: Dela ett bedömningsexempel/);
    const stored = ports.all("individual-goal").find((g) => g.id === "maria.johansson-2026-2");
    if (!stored) throw new Error("demo goal missing");
    ports.saveAsSomeoneElse("individual-goal", { ...stored, title: "Chefens formulering" });
    fireEvent.change(title, { target: { value: "Min formulering" } });
    save();
    const conflict = await within(form).findByRole("alert", { name: /Någon annan har sparat/ });
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
      `#/mina-mal/maria.johansson-2026-2?medarbetare=${encodeURIComponent(maria)}&ar=2026`,
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
