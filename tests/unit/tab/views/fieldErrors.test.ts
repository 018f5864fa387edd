import {
  ConflictError,
  ForbiddenError,
  GoalStateError,
  InvalidLinkError,
  NotFoundError,
  ValidationError,
} from "../../../../src/domain";
import { ApiRequestError } from "../../../../src/tab/api/errorFromProblem";
import {
  describeFailure,
  goalFieldProblems,
  type Message,
} from "../../../../src/tab/views/my-goals/fieldErrors";
import { myGoalsStrings } from "../../../../src/tab/views/my-goals/strings";
import { translate } from "../../../../src/tab/app";

const today = "2026-11-27";
const said = (problem: Message | undefined): string => {
  if (problem === undefined) throw new Error("no problem found");
  return translate(myGoalsStrings, "sv", problem.key, problem.values);
};
const refused = (...issues: { path: string; code: string }[]) =>
  new ValidationError(
    "individual-goal",
    "mal-2026-mhx3k2-abc123",
    issues.map((i) => ({ ...i, message: "ett meddelande med kodnamn" })),
  );
/** Code names and ids that must never reach a person. */
const CODE = /title|followUpDates|activityIds|coreValues|description|mal-2026|\bid\b/;

describe("a refused goal, said field by field in plain Swedish", () => {
  it("names the title as people see it, with the limit", () => {
    const [problem] = goalFieldProblems(refused({ path: "title", code: "too_big" }), [], today);
    expect(problem?.field).toBe("title");
    expect(said(problem)).toBe("Rubriken får vara högst 255 tecken.");
    expect(said(goalFieldProblems(refused({ path: "title", code: "too_small" }), [], today)[0])).toBe(
      "Skriv en rubrik för målet.",
    );
  });

  it("names a follow-up date by the date itself, never by its place in a list", () => {
    const sent = ["2026-12-14", "61216-01-01"];
    const [invalid] = goalFieldProblems(
      refused({ path: "followUpDates.1", code: "invalid_format" }),
      sent,
      today,
    );
    expect(invalid?.field).toBe("followUpDates");
    expect(said(invalid)).toBe(
      "Uppföljningsdatum 61216-01-01 är inte ett riktigt datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.",
    );
    const [past] = goalFieldProblems(
      refused({ path: "followUpDates.0", code: "past_date" }),
      ["2026-11-01"],
      today,
    );
    expect(said(past)).toBe(
      "Uppföljningsdatum 2026-11-01 har redan passerat. Välj i dag eller en senare dag.",
    );
    const [twice] = goalFieldProblems(
      refused({ path: "followUpDates", code: "custom" }),
      ["2026-12-14"],
      today,
    );
    expect(said(twice)).toMatch(/^Uppföljningsdatum 2026-12-14 finns redan med/);
  });

  it("says what to do about the activities, and one problem per field in the form's order", () => {
    const problems = goalFieldProblems(
      refused(
        { path: "followUpDates.0", code: "past_date" },
        { path: "activityIds", code: "too_small" },
        { path: "title", code: "too_big" },
        { path: "title", code: "too_small" },
      ),
      ["2026-01-01"],
      today,
    );
    expect(problems.map((p) => p.field)).toEqual(["title", "activities", "followUpDates"]);
    expect(said(problems[1])).toBe("Koppla målet till minst en aktivitet.");
  });

  it("turns a link refusal into words by its reason, not its message (which names ids)", () => {
    const link = new InvalidLinkError(
      "other-unit",
      { kind: "individual-goal", id: "mal-2026-x" },
      { kind: "activity", id: "kvarnbergsskolan-2026-akt-1" },
      'Individuellt mål "mal-2026-x" kan inte kopplas till aktivitet "kvarnbergsskolan-2026-akt-1": …',
    );
    const [problem] = goalFieldProblems(link, [], today);
    expect(problem?.field).toBe("activities");
    expect(said(problem)).not.toMatch(/kvarnbergsskolan|mal-2026/);
  });

  it("never lets a code name or an id through, whatever the path", () => {
    for (const path of [
      "title",
      "description",
      "activityIds.0",
      "followUpDates.3",
      "coreValues.1",
      "weird.path",
      "",
    ]) {
      for (const code of ["too_big", "too_small", "invalid_format", "custom", "past_date"]) {
        for (const problem of goalFieldProblems(refused({ path, code }), ["2026-12-14"], today)) {
          expect(said(problem)).not.toMatch(CODE);
        }
      }
    }
  });
});

describe("a failed write, and whether trying again can help", () => {
  it("offers a retry only for the network and the server", () => {
    expect(describeFailure(new TypeError("Failed to fetch"))).toEqual({
      key: "failure.network",
      retry: true,
    });
    expect(describeFailure(new ApiRequestError(503, "x"))).toEqual({ key: "failure.server", retry: true });
    expect(describeFailure(new ApiRequestError(500, "x")).retry).toBe(true);
    expect(describeFailure(refused({ path: "title", code: "too_big" }), [], today).retry).toBe(false);
    expect(describeFailure(new ApiRequestError(400, "x")).retry).toBe(false);
    expect(describeFailure(new Error("?"))).toEqual({ key: "failure.unknown", retry: false });
  });

  it("says refusals of state, access and existence in their own words", () => {
    expect(describeFailure(new GoalStateError("mal-1", "delete", "agreed", "…")).key).toBe("state.agreed");
    expect(
      describeFailure(new ForbiddenError("a", "edit", { kind: "individual-goal", id: "x" }, "…")).key,
    ).toBe("failure.forbidden");
    expect(describeFailure(new NotFoundError("individual-goal", "x")).key).toBe("failure.gone");
    expect(describeFailure(new ConflictError("individual-goal", "x", { value: {}, version: "2" })).key).toBe(
      "failure.changed",
    );
  });
});
