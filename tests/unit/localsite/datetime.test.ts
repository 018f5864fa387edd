import { normalizeDateTime } from "../../../src/localsite/odata/datetime";

describe("normalizeDateTime", () => {
  it.each([
    ["2024-01-31T09:05:00Z", "2024-01-31T09:05:00Z"],
    ["2024-01-31T09:05:00.123Z", "2024-01-31T09:05:00Z"],
    ["2024-01-31T09:05:00.1234567Z", "2024-01-31T09:05:00Z"],
    ["2024-01-31T10:05:00+01:00", "2024-01-31T09:05:00Z"],
    ["2024-01-31T09:05:00", "2024-01-31T09:05:00Z"],
    ["2024-01-31T09:05", "2024-01-31T09:05:00Z"],
    ["2024-01-31", "2024-01-31T00:00:00Z"],
  ])("reads %s as %s", (value, normalised) => {
    expect(normalizeDateTime(value)).toBe(normalised);
  });

  it.each([
    "",
    "tomorrow",
    "2024-13-01",
    "2024-02-30T00:00:00Z",
    "31/01/2024",
    "2024-01-31 09:05:00",
    "1706692500",
  ])("refuses %j", (value) => {
    expect(normalizeDateTime(value)).toBeUndefined();
  });

  it("orders normalised texts as the instants they name", () => {
    const instants = ["2024-01-01T00:00:00+05:00", "2023-12-31T20:00:00Z", "2024-01-01"];
    const sortedByText = instants.map((value) => normalizeDateTime(value) ?? "").sort();
    const sortedByTime = [...instants].sort((a, b) => Date.parse(a) - Date.parse(b)).map(normalizeDateTime);
    expect(sortedByText).toEqual(sortedByTime);
  });
});
