/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { ErrorBoundary } from "../../../src/tab/app/errors/ErrorBoundary";
import { ErrorFallback } from "../../../src/tab/app/errors/ErrorFallback";
import { LocaleProvider } from "../../../src/tab/app/i18n/LocaleContext";

let broken = true;

function Fragile() {
  if (broken) throw new Error("render failed");
  return <p>Vyn fungerar</p>;
}

function Harness(props: { locale: "sv" | "en" }) {
  const [resetKey, setResetKey] = useState("a");
  return (
    <FluentProvider theme={teamsLightTheme}>
      <LocaleProvider locale={props.locale} setLocale={() => undefined}>
        <button onClick={() => setResetKey("b")}>Byt vy</button>
        <ErrorBoundary resetKey={resetKey} fallback={(retry) => <ErrorFallback retry={retry} />}>
          <Fragile />
        </ErrorBoundary>
      </LocaleProvider>
    </FluentProvider>
  );
}

describe("the error boundary", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    broken = true;
    // React and the boundary log the caught error; keep the test output readable.
    consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it("replaces a crashed view with a Swedish message and a retry that renders it again", () => {
    render(<Harness locale="sv" />);
    expect(screen.getByRole("alert").textContent).toContain("Något gick fel");
    expect(screen.getByRole("alert").textContent).toContain("Fliken kunde inte visas");
    broken = false;
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(screen.getByText("Vyn fungerar")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("recovers when the person navigates elsewhere", () => {
    render(<Harness locale="sv" />);
    expect(screen.getByRole("alert")).toBeTruthy();
    broken = false;
    act(() => fireEvent.click(screen.getByRole("button", { name: "Byt vy" })));
    expect(screen.getByText("Vyn fungerar")).toBeTruthy();
  });

  it("speaks English when the tab does", () => {
    render(<Harness locale="en" />);
    expect(screen.getByRole("alert").textContent).toContain("Something went wrong");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
