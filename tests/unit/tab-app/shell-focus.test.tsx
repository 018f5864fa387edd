/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { focusMainHeading } from "../../../src/tab/app/layout/focusMainHeading";
import { Shell } from "../../../src/tab/app/layout/Shell";
import { RouterProvider, useRoute } from "../../../src/tab/app/router/RouterContext";
import { memoryLocation } from "../tab/support/renderView";

/** Stands in for the views: each shows its own h1, naming the year its route carries. */
function FakeView() {
  const route = useRoute();
  const year =
    route.view === "kedjan"
      ? route.filter.ar
      : route.view === "konfigurera" || route.view === "uppfoljning" || route.view === "mal-och-budget"
        ? ""
        : route.ar;
  return <h1>{`${route.view} ${year ?? "i år"}`}</h1>;
}

function renderShell(hash: string) {
  const location = memoryLocation(hash);
  render(
    <FluentProvider theme={teamsLightTheme}>
      <RouterProvider location={location}>
        <Shell tools={<button>Du är Maria Johansson</button>}>
          <FakeView />
        </Shell>
      </RouterProvider>
    </FluentProvider>,
  );
  return location;
}

describe("focus to the main heading", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("waits while the view loads, then focuses its h1", async () => {
    const main = document.createElement("main");
    main.innerHTML = '<div aria-busy="true">Laddar vyn …</div>';
    document.body.append(main);
    const stop = focusMainHeading(main);
    expect(document.activeElement).toBe(document.body);

    main.innerHTML = "<h1>Mina mål 2026</h1><p>Dina mål</p>";
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement?.textContent).toBe("Mina mål 2026");
    expect(document.activeElement?.getAttribute("tabindex")).toBe("-1");
    stop();
  });

  it("leaves focus where the reader put it while the view was still loading", async () => {
    const main = document.createElement("main");
    main.innerHTML = '<div aria-busy="true"></div><input aria-label="Sök" />';
    document.body.append(main);
    const stop = focusMainHeading(main);
    (main.querySelector("input") as HTMLInputElement).focus();
    main
      .querySelector("div")
      ?.replaceWith(Object.assign(document.createElement("h1"), { textContent: "Kedjan" }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement?.tagName).toBe("INPUT");
    stop();
  });

  it("a view without an h1 gets its first heading, or the main region itself", async () => {
    const main = document.createElement("main");
    main.innerHTML = "<section><h3>Du är inte chef för någon enhet</h3></section>";
    document.body.append(main);
    focusMainHeading(main)();
    expect(document.activeElement?.textContent).toBe("Du är inte chef för någon enhet");

    main.innerHTML = "<p>Något gick fel</p>";
    focusMainHeading(main)();
    expect(document.activeElement).toBe(main);
  });
});

describe("the shell", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("offers a skip link first, which moves focus to the view's heading", () => {
    renderShell("#/kedjan");
    const links = screen.getAllByRole("link");
    expect(links[0]?.textContent).toBe("Hoppa till innehållet");
    fireEvent.click(screen.getByRole("link", { name: "Hoppa till innehållet" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  });

  it("keeps the year when moving between the views, and focuses the new view's heading", () => {
    const location = renderShell("#/kedjan?namnd=grundskolenamnden&ar=2025");
    fireEvent.click(screen.getByRole("tab", { name: "Mina mål" }));
    expect(location.history.at(-1)).toBe("#/mina-mal?ar=2025");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "mina-mal 2025" }));

    fireEvent.click(screen.getByRole("tab", { name: "Mitt team" }));
    expect(location.history.at(-1)).toBe("#/mitt-team?ar=2025");
    fireEvent.click(screen.getByRole("tab", { name: "Kedjan" }));
    expect(location.history.at(-1)).toBe("#/kedjan?ar=2025");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "kedjan 2025" }));
  });

  it("carries no year when none is chosen, and never one that is not a year", () => {
    const location = renderShell("#/mitt-team?enhet=sjodalsskolan&ar=NaN");
    fireEvent.click(screen.getByRole("tab", { name: "Kedjan" }));
    expect(location.history.at(-1)).toBe("#/kedjan");
  });

  it("on a narrow screen, who you are, theme and language sit behind a button that says whether it is open", () => {
    renderShell("#/kedjan");
    const toggle = screen.getByRole("button", { name: "Fler alternativ" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
    expect(panel?.textContent).toBe("Du är Maria Johansson");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    fireEvent.keyDown(screen.getByRole("button", { name: "Du är Maria Johansson" }), { key: "Escape" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });
});
