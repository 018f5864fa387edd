/** @jest-environment jsdom */
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import Chain from "../../../../src/tab/views/chain";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const maria = "maria.johansson@malkedjan.local";
const today = "2026-06-01";

function open(hash = "#/kedjan", readerId = maria) {
  const ports = memoryPorts(huddinge, readerId, today);
  return { ports, ...renderView(<Chain />, { ports, reader: demoReader(readerId), hash }) };
}

describe("Kedjan", () => {
  it("opens at the reader's förvaltning with the three målområden as circles", async () => {
    const { ports } = open();
    const circles = await screen.findByRole("group", {
      name: "Målområden och kommunövergripande indikatorer",
    });
    expect(within(circles).getAllByRole("button")).toHaveLength(8);
    expect((screen.getByRole("combobox", { name: "Förvaltning" }) as HTMLSelectElement).value).toBe(
      "utbildningsforvaltningen",
    );
    expect((screen.getByRole("combobox", { name: "Nämnd" }) as HTMLSelectElement).value).toBe(
      "grundskolenamnden",
    );
    expect(ports.calls).toEqual(expect.arrayContaining(["allUnits", "chain:utbildningsforvaltningen"]));
  });

  it("a slice opens that indicator's branch, with breadcrumbs and details, and the URL says where", async () => {
    const { location } = open();
    const circles = await screen.findByRole("group", {
      name: "Målområden och kommunövergripande indikatorer",
    });
    fireEvent.click(
      within(circles).getByRole("button", { name: /^2\. Gymnasieelever med examen inom tre år/ }),
    );
    expect(location.history.at(-1)).toBe("#/kedjan?item=kf-indicator%3Akf-2");
    const crumbs = await screen.findByRole("navigation", { name: "Var i kedjan" });
    expect(
      within(crumbs)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Vision",
      "Social hållbarhet – Den sociala basen",
      "2. Gymnasieelever med examen inom tre år",
    ]);
    const tree = screen.getByRole("tree", { name: "Kedjan från vision till individuella mål" });
    const translation = within(tree).getByRole("treeitem", {
      name: /Andelen grundskoleelever som uppnår behörighet till gymnasieskolan/,
    });
    expect(translation).toBeTruthy();
    expect(within(circles).getByRole("button", { name: /^2\. /, pressed: true })).toBeTruthy();
  });

  it("is navigated down from a slice to the reader's own goal, which links to Mina mål", async () => {
    open("#/kedjan?item=kf-indicator%3Akf-2");
    const tree = await screen.findByRole("tree", { name: "Kedjan från vision till individuella mål" });
    const step = async (name: RegExp) => {
      const item = await within(tree).findByRole("treeitem", { name });
      fireEvent.click(item);
      return item;
    };
    await step(/Andelen grundskoleelever som uppnår behörighet/);
    await step(/Minst 86 % av eleverna i åk 9 är behöriga/);
    await step(/Inför en gemensam modell för tidiga insatser/);
    await step(/Samordna läs- och matematiklyftet/);
    await step(/Dagliga lässtunder/);
    await step(/Mitt mål.*Alla elever i min åk 2 läser minst 20 minuter/);
    const details = screen.getByRole("region", {
      name: "Alla elever i min åk 2 läser minst 20 minuter varje skoldag",
    });
    expect(within(details).getByRole("link", { name: "Öppna målet i Mina mål" }).getAttribute("href")).toBe(
      "#/mina-mal/maria.johansson-2026-1",
    );
  });

  it("reads the year from the URL and keeps it in the link to Mina mål", async () => {
    open("#/kedjan?ar=2026&item=individual-goal%3Amaria.johansson-2026-1");
    expect((await screen.findByRole("combobox", { name: "År" })) as HTMLSelectElement).toHaveProperty(
      "value",
      "2026",
    );
    const details = await screen.findByRole("region", {
      name: "Alla elever i min åk 2 läser minst 20 minuter varje skoldag",
    });
    expect(within(details).getByRole("link", { name: "Öppna målet i Mina mål" }).getAttribute("href")).toBe(
      "#/mina-mal/maria.johansson-2026-1?ar=2026",
    );
  });

  it("writes figures and names as Swedish does: decimal comma, the nämnd's genitive", async () => {
    open("#/kedjan?item=kf-indicator%3Akf-2");
    const kf = await screen.findByRole("region", { name: "2. Gymnasieelever med examen inom tre år" });
    expect(kf.textContent).toContain("Utgångsläge: 68,4 (2022)");
    cleanup();
    open("#/kedjan?item=focus-area%3Asocial-hallbarhet");
    const area = await screen.findByRole("region", { name: "Social hållbarhet – Den sociala basen" });
    expect(area.textContent).toContain("Grundskolenämndens tolkning:");
  });

  it("shows statuses with colour and text", async () => {
    open("#/kedjan?item=board-indicator%3Agrundskolenamnden-2026-ind-1");
    const tree = await screen.findByRole("tree");
    const item = within(tree).getByRole("treeitem", { name: /Kostnad per elev i grundskolan/ });
    expect(item.textContent).toMatch(/Risk/);
  });

  it("search finds items anywhere in the chain and opens the way to them", async () => {
    open("#/kedjan?q=l%C3%A4sstunder");
    const tree = await screen.findByRole("tree");
    expect(within(tree).getByRole("treeitem", { name: /Dagliga lässtunder/ })).toBeTruthy();
    expect(within(tree).queryByRole("treeitem", { name: /Energieffektivisera/ })).toBeNull();
  });

  it("says so when the search finds nothing, under a heading right below the page's", async () => {
    open("#/kedjan?q=zzzz");
    expect(await screen.findByRole("region", { name: "Inget i kedjan matchar ”zzzz”" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Inget i kedjan matchar ”zzzz”" })).toBeTruthy();
  });

  it("says in plain words when the URL names something that is not in the chain, never its id", async () => {
    const { container } = open("#/kedjan?item=activity%3Afinns-inte-2026");
    await screen.findByRole("tree");
    expect(
      screen.getByText(
        "Det som länken pekar på finns inte i kedjan för 2026. Det kan höra till ett annat år eller en annan förvaltning.",
      ),
    ).toBeTruthy();
    expect(container.textContent).not.toContain("finns-inte");
  });

  it("says which plans the chain lacks this year, for a reader whose units have none", async () => {
    open("#/kedjan", "eva.nordin@malkedjan.local");
    expect(
      await screen.findByText(
        "Kommunstyrelsen har ingen verksamhetsplan för 2026. Kommunledningsförvaltningen har ingen arbetsplan för 2026. Kedjan visar det som finns.",
      ),
    ).toBeTruthy();
    cleanup();
    open("#/kedjan?enhet=sjodalsskolan");
    await screen.findByRole("tree");
    expect(screen.queryByText(/har ingen (verksamhetsplan|arbetsplan)/)).toBeNull();
  });

  it("keeps its title as the only h1 when the units cannot be loaded", async () => {
    const ports = memoryPorts(huddinge, maria, today);
    ports.directory.allUnits = () => Promise.reject(new TypeError("Failed to fetch"));
    renderView(<Chain />, { ports, reader: demoReader(maria), hash: "#/kedjan" });
    expect((await screen.findByRole("alert")).textContent).toMatch(/Kunde inte nå servern/);
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Kedjan"]);
  });

  it("the unit filter narrows the arbetsplaner to one skola and the plans above it", async () => {
    const { location } = open();
    await screen.findByRole("tree");
    const unit = screen.getByRole("combobox", { name: "Enhet" });
    fireEvent.change(unit, { target: { value: "kvarnbergsskolan" } });
    expect(location.history.at(-1)).toBe("#/kedjan?enhet=kvarnbergsskolan");
  });

  it("with a unit chosen, other skolor's activities are left out", async () => {
    open("#/kedjan?enhet=kvarnbergsskolan&q=l%C3%A4s");
    const tree = await screen.findByRole("tree");
    expect(
      within(tree).getByRole("treeitem", { name: /Tidiga insatser i läsning i förskoleklass/ }),
    ).toBeTruthy();
    expect(within(tree).queryByRole("treeitem", { name: /Dagliga lässtunder/ })).toBeNull();
  });

  it("a unit the förvaltning does not have (an old link) filters nothing", async () => {
    open("#/kedjan?enhet=finns-inte&q=l%C3%A4s");
    const tree = await screen.findByRole("tree");
    expect(within(tree).getByRole("treeitem", { name: /Dagliga lässtunder/ })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Enhet" }) as HTMLSelectElement).value).toBe("");
  });
});
