import {
  DEFAULT_FOLLOW_UP_CALENDAR,
  followUpCalendarSchema,
  municipalDate,
  periodsBetween,
  periodsOfYear,
} from "../../../src/domain";

describe("the follow-up calendar", () => {
  it("defaults to tertial 1 on 30 April, delår on 31 August and helår on 31 December", () => {
    expect(periodsOfYear(DEFAULT_FOLLOW_UP_CALENDAR, 2026).map((p) => [p.id, p.label, p.dueDate])).toEqual([
      ["2026-tertial1", "Tertial 1", "2026-04-30"],
      ["2026-delar", "Delår", "2026-08-31"],
      ["2026-helar", "Helår", "2026-12-31"],
    ]);
  });

  it("takes an organisation's own periods, in date order", () => {
    const own = followUpCalendarSchema.parse({
      periods: [
        { key: "helar", label: "Helår", month: 12, day: 31 },
        { key: "tertial2", label: "Tertial 2", month: 8, day: 15 },
        { key: "tertial1", label: "Tertial 1", month: 4, day: 15 },
      ],
    });
    expect(periodsOfYear(own, 2027).map((p) => p.dueDate)).toEqual([
      "2027-04-15",
      "2027-08-15",
      "2027-12-31",
    ]);
  });

  it("refuses a day that does not exist every year and duplicate keys", () => {
    const feb29 = followUpCalendarSchema.safeParse({
      periods: [{ key: "x", label: "X", month: 2, day: 29 }],
    });
    expect(feb29.error?.issues.map((i) => i.path.join("."))).toEqual(["periods.0.day"]);
    const twice = followUpCalendarSchema.safeParse({
      periods: [
        { key: "x", label: "X", month: 1, day: 1 },
        { key: "x", label: "Y", month: 2, day: 1 },
      ],
    });
    expect(twice.success).toBe(false);
  });

  it("lists the periods falling due in a range across years, ends included", () => {
    const range = { from: "2025-08-31", to: "2026-04-30" };
    expect(periodsBetween(DEFAULT_FOLLOW_UP_CALENDAR, range).map((p) => p.id)).toEqual([
      "2025-delar",
      "2025-helar",
      "2026-tertial1",
    ]);
    expect(periodsBetween(DEFAULT_FOLLOW_UP_CALENDAR, { from: "2026-05-01", to: "2026-08-30" })).toEqual([]);
  });
});

describe("municipal dates", () => {
  it("reads the day in Swedish time, across midnight and daylight saving", () => {
    expect(municipalDate(new Date("2026-04-30T22:30:00Z"))).toBe("2026-05-01");
    expect(municipalDate(new Date("2026-04-30T21:59:00Z"))).toBe("2026-04-30");
    expect(municipalDate(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
    expect(municipalDate(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
  });
});
