/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { FocusAreaCircles, type CircleFocusArea } from "../../../../src/tab/components";
import { renderWithTheme } from "../render";

const focusAreas: CircleFocusArea[] = [
  {
    id: "mo-ekologisk",
    kind: "ecological",
    name: "Ekologisk hållbarhet",
    indicators: [{ id: "kf-8", mark: "8", name: "Det ekologiska fotavtrycket" }],
  },
  {
    id: "mo-social",
    kind: "social",
    name: "Social hållbarhet",
    indicators: [
      {
        id: "kf-2",
        mark: "2",
        name: "Gymnasieelever med examen inom tre år",
        status: "at-risk",
        statusLabel: "Risk",
      },
      { id: "kf-3", mark: "3", name: "Gott bemötande" },
    ],
  },
  {
    id: "mo-ekonomisk",
    kind: "economic",
    name: "Ekonomisk hållbarhet",
    indicators: [{ id: "kf-1", mark: "1", name: "−10 % i nettokostnadsavvikelse" }],
  },
];

describe("FocusAreaCircles", () => {
  it("offers every indicator as a named button, status included", () => {
    renderWithTheme(
      <FocusAreaCircles title="Målområden" focusAreas={focusAreas} onSelectIndicator={() => {}} />,
    );
    expect(screen.getByRole("group", { name: "Målområden" })).toBeTruthy();
    expect(screen.getAllByRole("button")).toHaveLength(4);
    expect(
      screen.getByRole("button", {
        name: "2. Gymnasieelever med examen inom tre år (Social hållbarhet) – Risk",
      }),
    ).toBeTruthy();
  });

  it("marks an indicator's status by shape beside its number, as the status badges do", () => {
    const { container } = renderWithTheme(
      <FocusAreaCircles title="Målområden" focusAreas={focusAreas} onSelectIndicator={() => {}} />,
    );
    const marks = [...container.querySelectorAll("text")].map((node) => node.textContent);
    expect(marks).toContain("2▲");
    expect(marks).toContain("3");
  });

  it("nests social innermost and ecological outermost whatever order they arrive in", () => {
    const { container } = renderWithTheme(
      <FocusAreaCircles title="Målområden" focusAreas={focusAreas} onSelectIndicator={() => {}} />,
    );
    const legend = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(legend).toEqual(["Social hållbarhet", "Ekonomisk hållbarhet", "Ekologisk hållbarhet"]);
    // Painted outermost first so the inner rings sit on top.
    const painted = [...container.querySelectorAll("g[data-focus-area]")].map((g) =>
      g.getAttribute("data-focus-area"),
    );
    expect(painted).toEqual(["ecological", "economic", "social"]);
  });

  it("selects an indicator by click and by keyboard", () => {
    const selected: string[] = [];
    renderWithTheme(
      <FocusAreaCircles
        title="Målområden"
        focusAreas={focusAreas}
        selectedIndicatorId="kf-3"
        onSelectIndicator={(id) => selected.push(id)}
      />,
    );
    const slice = screen.getByRole("button", { name: /^1\. / });
    fireEvent.click(slice);
    slice.focus();
    fireEvent.keyDown(slice, { key: "Enter" });
    fireEvent.keyDown(slice, { key: " " });
    fireEvent.keyDown(slice, { key: "a" });
    expect(selected).toEqual(["kf-1", "kf-1", "kf-1"]);
    expect(screen.getByRole("button", { name: /^3\. /, pressed: true })).toBeTruthy();
    expect(slice.getAttribute("tabindex")).toBe("0");
  });
});
