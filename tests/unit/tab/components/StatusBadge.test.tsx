/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { StatusBadge, type StatusCode } from "../../../../src/tab/components";
import { renderWithTheme } from "../render";

describe("StatusBadge", () => {
  it("shows the status in words, not only as a colour", () => {
    renderWithTheme(<StatusBadge status="off-track" label="Avviker" />);
    expect(screen.getByText("Avviker")).toBeTruthy();
  });

  it("gives each status its own colour", () => {
    const statuses: StatusCode[] = ["not-started", "on-track", "at-risk", "off-track", "done"];
    const { container } = renderWithTheme(
      <>
        {statuses.map((status) => (
          <StatusBadge key={status} status={status} label={status} />
        ))}
      </>,
    );
    const classes = statuses.map(
      (status) => container.querySelector(`[data-status="${status}"]`)?.className ?? "",
    );
    expect(new Set(classes).size).toBe(statuses.length);
  });
});
