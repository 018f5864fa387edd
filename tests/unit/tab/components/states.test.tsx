/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ChainBreadcrumbs, EmptyState, ErrorState, LoadingSkeleton } from "../../../../src/tab/components";
import { renderWithTheme } from "../render";

describe("shared states", () => {
  it("an empty state says what to do", () => {
    renderWithTheme(<EmptyState title="Inga mål ännu" guidance="Skapa ett mål tillsammans med din chef." />);
    expect(screen.getByRole("region", { name: "Inga mål ännu" }).textContent).toContain("Skapa ett mål");
  });

  it("an empty state's title is an h3 unless the view places it higher in its outline", () => {
    renderWithTheme(
      <>
        <EmptyState title="Inga mål ännu" guidance="Skapa ett mål tillsammans med din chef." />
        <EmptyState title="Ingen förvaltning att visa" guidance="Välj en förvaltning." headingLevel={2} />
      </>,
    );
    expect(screen.getByRole("heading", { level: 3, name: "Inga mål ännu" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Ingen förvaltning att visa" })).toBeTruthy();
  });

  it("an error offers a retry", () => {
    const retries: number[] = [];
    renderWithTheme(
      <ErrorState
        title="Kunde inte hämta"
        message="Försök igen."
        retryLabel="Försök igen"
        onRetry={() => retries.push(1)}
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain("Kunde inte hämta");
    fireEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(retries).toHaveLength(1);
  });

  it("a skeleton announces loading", () => {
    renderWithTheme(<LoadingSkeleton label="Hämtar mål" />);
    expect(screen.getByRole("status", { name: "Hämtar mål" })).toBeTruthy();
  });

  it("breadcrumbs take the reader back up, the current step is not a link back", () => {
    const visited: string[] = [];
    renderWithTheme(
      <ChainBreadcrumbs
        label="Var i kedjan"
        steps={[
          { key: "vision", label: "Vision", onSelect: () => visited.push("vision") },
          { key: "kf-2", label: "KF 2", onSelect: () => visited.push("kf-2") },
          { key: "gsn-2", label: "GSN 2" },
        ]}
      />,
    );
    expect(screen.getByRole("navigation", { name: "Var i kedjan" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Vision" }));
    expect(visited).toEqual(["vision"]);
    expect(screen.getByText("GSN 2").closest("[aria-current]")?.getAttribute("aria-current")).toBe("page");
  });
});
