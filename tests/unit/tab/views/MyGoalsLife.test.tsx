/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ValidationError, type IndividualGoal } from "../../../../src/domain";
import { huddinge } from "../../../../src/demo/huddinge";
import MyGoals from "../../../../src/tab/views/my-goals";
import { memoryPorts, type MemoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";
const today = "2026-06-01";
const agreedTitle = "Dela ett bedömningsexempel per månad i ämneslaget";

const draftGoal: IndividualGoal = {
  id: "mal-2026-utkast",
  employeeId: maria,
  managerId: rektor,
  unitId: "sjodalsskolan",
  year: 2026,
  title: "Ett mål skrivet av misstag",
  description: "Första raden\nAndra raden",
  activityIds: ["sjodalsskolan-2026-akt-1"],
  followUpDates: ["2026-09-01"],
};

function open(readerId: string, hash = "#/mina-mal", prepare?: (ports: MemoryPorts) => void) {
  const ports = memoryPorts(huddinge, readerId, today);
  prepare?.(ports);
  const view = renderView(<MyGoals />, { ports, reader: demoReader(readerId), hash });
  return { ports, ...view };
}

const withDraft = (ports: MemoryPorts) => ports.saveAsSomeoneElse("individual-goal", draftGoal);
const card = (name: string) => screen.getByRole("article", { name });
const focused = () => document.activeElement;

async function ready() {
  await screen.findByRole("heading", { level: 1 });
}

/** Text a person can read anywhere on the page. */
const pageText = () => document.body.textContent ?? "";

describe("Mina mål: limits at the field", () => {
  it("counts the title's characters and says at once when it is too long, saving nothing", async () => {
    const { ports } = open(maria);
    await ready();
    const before = ports.all("individual-goal").length;
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = await screen.findByRole("form", { name: "Nytt mål" });
    const title = within(form).getByRole("textbox", { name: /Rubrik/ });
    expect(within(form).getByText("0 av 255 tecken")).toBeTruthy();
    fireEvent.change(title, { target: { value: "x".repeat(2000) } });
    expect(within(form).getByText("2000 av 255 tecken")).toBeTruthy();
    expect(within(form).getByRole("alert").textContent).toBe("Rubriken får vara högst 255 tecken.");
    fireEvent.click(within(form).getByRole("checkbox", { name: "Aktiva raster: rörelse varje dag" }));
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    await waitFor(() => expect(focused()).toBe(title));
    expect(ports.all("individual-goal")).toHaveLength(before);
  });

  it("offers no day that has passed: a typed past date is refused where it is typed", async () => {
    open(maria);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = await screen.findByRole("form", { name: "Nytt mål" });
    const picker = await within(form).findByRole("combobox", { name: /Nytt uppföljningsdatum/ });
    fireEvent.change(picker, { target: { value: "2026-05-31" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lägg till datum" }));
    expect(within(form).getByRole("alert").textContent).toBe(
      "Uppföljningsdatum 2026-05-31 har redan passerat. Välj i dag eller en senare dag.",
    );
    fireEvent.change(picker, { target: { value: "61216-01-01" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lägg till datum" }));
    expect(within(form).getByRole("alert").textContent).toMatch(
      /^Uppföljningsdatum 61216-01-01 är inte ett riktigt datum/,
    );
    expect(within(form).getByText("Inga uppföljningsdatum ännu.")).toBeTruthy();
  });

  it("says the server's refusal at the field in plain words, with no code names and no retry", async () => {
    const { ports } = open(maria);
    await ready();
    ports.commands.createGoal = () =>
      Promise.reject(
        new ValidationError("individual-goal", "mal-2026-mhx3k2-abc123", [
          { path: "followUpDates.0", code: "invalid_format", message: "datum ska skrivas ÅÅÅÅ-MM-DD" },
        ]),
      );
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = await screen.findByRole("form", { name: "Nytt mål" });
    fireEvent.change(within(form).getByRole("textbox", { name: /Rubrik/ }), { target: { value: "Ett mål" } });
    fireEvent.click(within(form).getByRole("checkbox", { name: "Aktiva raster: rörelse varje dag" }));
    const picker = await within(form).findByRole("combobox", { name: /Nytt uppföljningsdatum/ });
    fireEvent.change(picker, { target: { value: "2026-12-14" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lägg till datum" }));
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    const alert = await within(form).findByRole("alert");
    expect(alert.textContent).toMatch(/^Uppföljningsdatum 2026-12-14 är inte ett riktigt datum/);
    await waitFor(() =>
      expect(focused()).toBe(within(form).getByRole("combobox", { name: /Nytt uppföljningsdatum/ })),
    );
    expect(within(form).queryByRole("button", { name: "Försök igen" })).toBeNull();
    expect(pageText()).not.toMatch(/followUpDates|mal-2026-mhx3k2|Fel i Individuellt mål/);
  });
});

describe("Mina mål: editing an agreed goal", () => {
  it("says before saving that the agreement is asked for again, and only for a change to what was agreed", async () => {
    open(maria);
    await ready();
    fireEvent.click(within(card(agreedTitle)).getByRole("button", { name: "Ändra" }));
    const form = await screen.findByRole("form", { name: /Ändra målet/ });
    expect(within(form).getByText(/Målet är överenskommet\. Ändrar du rubrik/)).toBeTruthy();
    expect(within(form).queryByText("Överenskommelsen tas bort när du sparar")).toBeNull();
    const picker = await within(form).findByRole("combobox", { name: /Nytt uppföljningsdatum/ });
    fireEvent.change(picker, { target: { value: "2026-11-30" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lägg till datum" }));
    expect(within(form).queryByText("Överenskommelsen tas bort när du sparar")).toBeNull();
    fireEvent.change(within(form).getByRole("textbox", { name: /Rubrik/ }), {
      target: { value: "Ny rubrik" },
    });
    expect(within(form).getByText("Överenskommelsen tas bort när du sparar")).toBeTruthy();
    const save = within(form).getByRole("button", { name: "Spara" });
    expect(save.getAttribute("aria-describedby")).toBeTruthy();
  });
});

describe("Mina mål: deleting and withdrawing", () => {
  it("deletes a goal not yet agreed after asking, and focus lands on the message", async () => {
    const { ports } = open(maria, "#/mina-mal", withDraft);
    await ready();
    expect(within(card(agreedTitle)).queryByRole("button", { name: "Ta bort" })).toBeNull();
    fireEvent.click(within(card(draftGoal.title)).getByRole("button", { name: "Ta bort" }));
    const question = await within(card(draftGoal.title)).findByRole("group", {
      name: /Vill du ta bort målet ”Ett mål skrivet av misstag”\?/,
    });
    await waitFor(() => expect(focused()).toBe(question));
    fireEvent.click(within(question).getByRole("button", { name: "Ja, ta bort målet" }));
    await waitFor(() => expect(screen.queryByRole("article", { name: draftGoal.title })).toBeNull());
    expect(ports.all("individual-goal").some((g) => g.id === draftGoal.id)).toBe(false);
    await waitFor(() =>
      expect(focused()?.textContent).toBe("Målet ”Ett mål skrivet av misstag” är borttaget."),
    );
  });

  it("cancels with Escape and gives focus back to the button that asked", async () => {
    const { ports } = open(maria, "#/mina-mal", withDraft);
    await ready();
    const remove = within(card(draftGoal.title)).getByRole("button", { name: "Ta bort" });
    fireEvent.click(remove);
    const question = await within(card(draftGoal.title)).findByRole("group", { name: /Vill du ta bort/ });
    fireEvent.keyDown(question, { key: "Escape" });
    await waitFor(() =>
      expect(focused()).toBe(within(card(draftGoal.title)).getByRole("button", { name: "Ta bort" })),
    );
    expect(ports.all("individual-goal").some((g) => g.id === draftGoal.id)).toBe(true);
  });

  it("withdraws an agreed goal: kept, marked avslutat with who and when, closed to changes", async () => {
    const { ports } = open(maria);
    await ready();
    fireEvent.click(within(card(agreedTitle)).getByRole("button", { name: "Avsluta målet" }));
    const question = await within(card(agreedTitle)).findByRole("group", { name: /Vill du avsluta målet/ });
    fireEvent.click(within(question).getByRole("button", { name: "Ja, avsluta målet" }));
    await waitFor(() => expect(within(card(agreedTitle)).getByText("Avslutat")).toBeTruthy());
    expect(within(card(agreedTitle)).getByText("Avslutat 2026-06-01 av Maria Johansson")).toBeTruthy();
    expect(within(card(agreedTitle)).queryByRole("button")).toBeNull();
    expect(ports.all("individual-goal").find((g) => g.title === agreedTitle)).toMatchObject({
      withdrawnBy: maria,
      withdrawnAt: expect.stringMatching(/^2026-06-01T/),
    });
    await waitFor(() => expect(focused()).toBe(card(agreedTitle)));
    expect(screen.getByText("Målet är avslutat.")).toBeTruthy();
  });

  it("says so when the goal changed since it was shown, instead of asking", async () => {
    const { ports } = open(maria, "#/mina-mal", withDraft);
    await ready();
    ports.saveAsSomeoneElse("individual-goal", { ...draftGoal, agreedByEmployeeAt: "2026-06-01T08:00:00Z" });
    fireEvent.click(within(card(draftGoal.title)).getByRole("button", { name: "Ta bort" }));
    const alert = await within(card(draftGoal.title)).findByRole("alert");
    expect(alert.textContent).toMatch(/Målet har ändrats av någon annan under tiden/);
    await waitFor(() => expect(focused()).toBe(alert));
  });
});

describe("Mina mål: keyboard and focus", () => {
  it("Escape closes the goal form and gives focus back to the button that opened it", async () => {
    open(maria);
    await ready();
    fireEvent.click(screen.getByRole("button", { name: "Nytt mål" }));
    const form = await screen.findByRole("form", { name: "Nytt mål" });
    fireEvent.keyDown(within(form).getByRole("textbox", { name: /Rubrik/ }), { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("form")).toBeNull());
    await waitFor(() => expect(focused()).toBe(screen.getByRole("button", { name: "Nytt mål" })));

    fireEvent.click(within(card(agreedTitle)).getByRole("button", { name: "Ändra" }));
    const edit = await screen.findByRole("form", { name: /Ändra målet/ });
    fireEvent.keyDown(within(edit).getByRole("textbox", { name: /Rubrik/ }), { key: "Escape" });
    await waitFor(() =>
      expect(focused()).toBe(within(card(agreedTitle)).getByRole("button", { name: "Ändra" })),
    );

    fireEvent.click(within(card(agreedTitle)).getByRole("button", { name: "Registrera uppföljning" }));
    const followUp = await within(card(agreedTitle)).findByRole("form");
    fireEvent.keyDown(within(followUp).getByRole("textbox", { name: "Kommentar" }), { key: "Escape" });
    await waitFor(() =>
      expect(focused()).toBe(
        within(card(agreedTitle)).getByRole("button", { name: "Registrera uppföljning" }),
      ),
    );
  });

  it("after marking agreement, focus is on the goal and the message says the agreement is marked", async () => {
    open(maria, "#/mina-mal", withDraft);
    await ready();
    fireEvent.click(
      within(card(draftGoal.title)).getByRole("button", { name: "Markera överenskommet som medarbetare" }),
    );
    await waitFor(() => expect(focused()).toBe(card(draftGoal.title)));
    expect(screen.getByText("Överenskommelsen är markerad.")).toBeTruthy();
    expect(pageText()).not.toMatch(/Målet är sparat/);
  });

  it("a link to one goal scrolls to it and gives it focus", async () => {
    open(maria, "#/mina-mal/maria.johansson-2026-2");
    await ready();
    await waitFor(() => expect(focused()).toBe(card(agreedTitle)));
  });
});

describe("Mina mål: the year in the URL, follow-ups and the chain", () => {
  it("reads the year from the URL and writes it back when it is changed", async () => {
    const { location } = open(maria, "#/mina-mal?ar=2027");
    expect(await screen.findByRole("heading", { level: 1, name: "Mina mål 2027" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "År" }), { target: { value: "2026" } });
    expect(location.history.at(-1)).toBe("#/mina-mal?ar=2026");
    expect(await screen.findByRole("heading", { level: 1, name: "Mina mål 2026" })).toBeTruthy();
  });

  it("shows a follow-up on the day it was recorded and names the planned date it answers", async () => {
    open(maria);
    await ready();
    const goal = card(agreedTitle);
    fireEvent.click(within(goal).getByRole("button", { name: "Registrera uppföljning" }));
    const form = await within(goal).findByRole("form");
    fireEvent.click(within(form).getByRole("radio", { name: "Planerad uppföljning 2026-09-21" }));
    fireEvent.click(within(form).getByRole("button", { name: "Spara" }));
    await screen.findByText("Uppföljningen är sparad.");
    const latest = within(card(agreedTitle)).getByText(/Senaste uppföljning/).parentElement;
    expect(latest?.textContent).toContain("2026-06-01");
    expect(latest?.textContent).toContain("gäller planerad uppföljning 2026-09-21");
    expect(latest?.textContent).toContain("av Maria Johansson");
    // Answered early: the date is no longer offered, and the earlier one is still late.
    fireEvent.click(within(card(agreedTitle)).getByRole("button", { name: "Registrera uppföljning" }));
    const again = await within(card(agreedTitle)).findByRole("form");
    expect(within(again).queryByRole("radio", { name: "Planerad uppföljning 2026-09-21" })).toBeNull();
    expect(within(again).getByRole("radio", { name: "Planerad uppföljning 2026-04-20" })).toBeTruthy();
  });

  it("lists every follow-up with who recorded it and when", async () => {
    open(maria);
    await ready();
    const goal = card("Alla elever i min åk 2 läser minst 20 minuter varje skoldag");
    const history = within(goal).getByText("2 uppföljningar").closest("details");
    expect(history?.textContent).toContain("2026-04-20");
    expect(history?.textContent).toContain("2026-09-21");
    expect(history?.textContent).toMatch(/av (Maria Johansson|Karin Lindqvist)/);
  });

  it("shows where the goal is in the chain: the nämnd's and KF's indicators, and a way to Kedjan", async () => {
    open(maria);
    await ready();
    const goal = card("Alla elever i min åk 2 läser minst 20 minuter varje skoldag");
    const chain = within(goal).getByRole("region", { name: "Var i kedjan" });
    expect(chain.textContent).toMatch(/Nämndindikator:/);
    expect(chain.textContent).toMatch(/Kommunövergripande indikator:/);
    const link = within(chain).getByRole("link", { name: /^Visa i kedjan: / });
    expect(link.getAttribute("href")).toBe("#/kedjan?ar=2026&item=activity%3Asjodalsskolan-2026-akt-1");
  });

  it("keeps the line breaks of a description", async () => {
    open(maria, "#/mina-mal", withDraft);
    await ready();
    const paragraph = within(card(draftGoal.title)).getByText(/Första raden/);
    expect(paragraph.textContent).toBe("Första raden\nAndra raden");
  });
});
