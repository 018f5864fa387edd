import {
  InvalidLinkError,
  PlanStateError,
  ValidationError,
  adoptKfLevel,
  carryPlanIntoMandate,
  changeVision,
  kfEditRefusal,
  kfIndicatorPlacementRefusal,
  kfIndicatorRemovalRefusal,
  kfIndicatorsOfMandate,
  kfStatusOf,
  kfVersionNumberOf,
  nextKfIndicatorNumber,
  nextMandateOf,
  parseFocusArea,
  parseKfIndicator,
  parseProgramDeclaration,
  parseVision,
  reopenKfLevel,
  type ProgramDeclaration,
} from "../../../src/domain";
import { boardIndicators, boardPlan, milestones } from "../../../src/demo/huddinge/grundskolenamnden";
import { focusAreas, kfIndicators, programDeclaration, vision } from "../../../src/demo/huddinge/kfLevel";

const lena = { by: "lena.aberg@malkedjan.local", at: "2026-11-27T10:00:00.000Z" };
const draft: ProgramDeclaration = { ...programDeclaration, status: "draft", versionNumber: 2 };
const level = { declaration: programDeclaration, focusAreas, kfIndicators };
const kfIndicator = (id: string) => {
  const found = kfIndicators.find((k) => k.id === id);
  if (found === undefined) throw new Error(`no ${id} in the demo`);
  return found;
};

describe("the KF level's life", () => {
  it("reads the demo programförklaring (no status) as fastställd version 1, and refuses writes to it in Swedish", () => {
    expect(kfStatusOf(programDeclaration)).toBe("adopted");
    expect(kfVersionNumberOf(programDeclaration)).toBe(1);
    const refusal = kfEditRefusal(programDeclaration);
    expect(refusal).toBeInstanceOf(PlanStateError);
    expect(refusal).toMatchObject({ code: "plan-state", reason: "adopted" });
    expect(refusal?.message).toBe(
      "KF-nivån för mandatperioden 2023–2026 är fastställd och kan inte ändras. Öppna en ny version av den för att ändra den.",
    );
    expect(kfEditRefusal(draft)).toBeUndefined();
  });

  it("fastställer an utkast only with a decision, stamped with who and when", () => {
    const missing = adoptKfLevel(draft, lena, "  ");
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error).toBeInstanceOf(ValidationError);
    const adopted = adoptKfLevel(draft, lena, " KF 2026-11-16 § 12 ");
    expect(adopted).toEqual({
      ok: true,
      value: {
        ...draft,
        status: "adopted",
        adoptedBy: lena.by,
        adoptedAt: lena.at,
        decisionReference: "KF 2026-11-16 § 12",
      },
    });
    const again = adoptKfLevel(programDeclaration, lena, "KF § 1");
    expect(!again.ok && again.error).toMatchObject({ reason: "adopted" });
  });

  it("reopens a fastställd level in place as version + 1, keeping its id and the earlier fastställande", () => {
    const adopted: ProgramDeclaration = {
      ...programDeclaration,
      status: "adopted",
      versionNumber: 2,
      adoptedBy: "kf@malkedjan.local",
      adoptedAt: "2025-01-01T00:00:00.000Z",
      decisionReference: "KF 2024-12-09 § 3",
      adoptions: [{ versionNumber: 1 }],
    };
    const reopened = reopenKfLevel(adopted, lena);
    expect(reopened.ok && reopened.value).toEqual({
      ...programDeclaration,
      status: "draft",
      versionNumber: 3,
      createdBy: lena.by,
      createdAt: lena.at,
      adoptions: [
        { versionNumber: 1 },
        {
          versionNumber: 2,
          adoptedBy: "kf@malkedjan.local",
          adoptedAt: "2025-01-01T00:00:00.000Z",
          decisionReference: "KF 2024-12-09 § 3",
        },
      ],
    });
    expect(reopened.ok && parseProgramDeclaration(reopened.value).ok).toBe(true);
    const fromDraft = reopenKfLevel(draft, lena);
    expect(!fromDraft.ok && fromDraft.error).toMatchObject({ reason: "draft" });
  });
});

describe("the next mandate's KF level", () => {
  const next = nextMandateOf(level, "programforklaring-2027-2030", lena, [programDeclaration]);
  const copy = next.ok ? next.value : undefined;

  it("copies the programförklaring four years on as an utkast, version 1", () => {
    expect(copy?.declaration).toEqual({
      id: "programforklaring-2027-2030",
      visionId: vision.id,
      title: "Politisk programförklaring 2027–2030",
      text: programDeclaration.text,
      mandate: { firstYear: 2027, lastYear: 2030 },
      status: "draft",
      versionNumber: 1,
      copiedFromPlanId: programDeclaration.id,
      createdBy: lena.by,
      createdAt: lena.at,
    });
  });

  it("copies the three målområden and the KF indicators with ids <new>.<original>, each remembering its original", () => {
    expect(copy?.focusAreas.map((f) => [f.id, f.programDeclarationId, f.copiedFromId])).toEqual(
      focusAreas.map((f) => [`programforklaring-2027-2030.${f.id}`, "programforklaring-2027-2030", f.id]),
    );
    expect(copy?.kfIndicators).toHaveLength(8);
    expect(copy?.kfIndicators[0]).toEqual({
      ...kfIndicators[0],
      id: "programforklaring-2027-2030.kf-1",
      focusAreaId: "programforklaring-2027-2030.ekonomisk-hallbarhet",
      copiedFromId: "kf-1",
    });
    for (const f of copy?.focusAreas ?? []) expect(parseFocusArea(f).ok).toBe(true);
    for (const k of copy?.kfIndicators ?? []) expect(parseKfIndicator(k).ok).toBe(true);
  });

  it("refuses a second programförklaring for a mandate that has one", () => {
    const taken = nextMandateOf(level, "another-id", lena, [
      programDeclaration,
      ...(copy === undefined ? [] : [copy.declaration]),
    ]);
    expect(!taken.ok && taken.error).toMatchObject({ code: "plan-state", reason: "plan-exists" });
    expect(!taken.ok && taken.error.message).toContain("2027–2030");
  });
});

describe("KF indicators and the vision", () => {
  it("numbers a new KF indicator next in its mandate", () => {
    const ofMandate = kfIndicatorsOfMandate(programDeclaration.id, focusAreas, kfIndicators);
    expect(nextKfIndicatorNumber(ofMandate)).toBe(9);
    expect(nextKfIndicatorNumber([])).toBe(1);
    expect(kfIndicatorsOfMandate("another", focusAreas, kfIndicators)).toEqual([]);
  });

  it("places a KF indicator only under one of its own mandate's målområden", () => {
    expect(
      kfIndicatorPlacementRefusal(
        { id: "kf-9", focusAreaId: "social-hallbarhet" },
        programDeclaration.id,
        focusAreas,
      ),
    ).toBeUndefined();
    expect(
      kfIndicatorPlacementRefusal({ id: "kf-9", focusAreaId: "x" }, programDeclaration.id, focusAreas),
    ).toBeInstanceOf(InvalidLinkError);
  });

  it("refuses to remove a KF indicator a nämnd indicator translates (has-dependants), not one nobody translates", () => {
    const kf2 = kfIndicator("kf-2");
    const kf4 = kfIndicator("kf-4");
    const refusal = kfIndicatorRemovalRefusal(kf2, boardIndicators);
    expect(refusal).toMatchObject({ code: "invalid-link", reason: "has-dependants" });
    expect(refusal?.message).toMatch(
      /^KF-indikator 2 \(".*"\) översätts av en nämndindikator i en verksamhetsplan och kan inte tas bort\.$/,
    );
    expect(kfIndicatorRemovalRefusal(kf4, boardIndicators)).toBeUndefined();
  });

  it("changes the vision, stamped, keeping the earlier wording with when it was replaced", () => {
    const changed = changeVision(vision, " Huddinge – där alla växer. ", "KF 2026-11-16 § 3", lena);
    expect(changed).toEqual({
      id: vision.id,
      text: "Huddinge – där alla växer.",
      changedBy: lena.by,
      changedAt: lena.at,
      decisionReference: "KF 2026-11-16 § 3",
      earlier: [{ text: vision.text, replacedAt: lena.at }],
    });
    expect(parseVision(changed).ok).toBe(true);
    const later = { by: lena.by, at: "2027-01-01T00:00:00.000Z" };
    const again = changeVision(changed, "Tredje lydelsen.", undefined, later);
    expect(again.earlier).toEqual([
      { text: vision.text, replacedAt: lena.at },
      {
        text: "Huddinge – där alla växer.",
        changedBy: lena.by,
        changedAt: lena.at,
        decisionReference: "KF 2026-11-16 § 3",
        replacedAt: later.at,
      },
    ]);
    expect(again.decisionReference).toBeUndefined();
    expect(changeVision(changed, changed.text, "KF § 9", later).earlier).toHaveLength(1);
  });
});

describe("next year's verksamhetsplan across a mandate boundary", () => {
  it("re-points tolkningar and translated KF indicators to the new mandate's copies, dropping what it lacks", () => {
    const next = nextMandateOf(level, "pf-2027", lena, [programDeclaration]);
    if (!next.ok) throw next.error;
    const withoutKf8 = next.value.kfIndicators.filter((k) => k.copiedFromId !== "kf-8");
    const carried = carryPlanIntoMandate(
      { ...boardPlan, id: "gsn-2027", year: 2027 },
      { indicators: boardIndicators, milestones, assignments: [] },
      {
        declaration: next.value.declaration,
        focusAreas: [...focusAreas, ...next.value.focusAreas],
        kfIndicators: [...kfIndicators, ...withoutKf8],
      },
    );
    expect(carried.plan.programDeclarationId).toBe("pf-2027");
    expect(carried.plan.interpretations.map((i) => i.focusAreaId)).toEqual(
      boardPlan.interpretations.map((i) => `pf-2027.${i.focusAreaId}`),
    );
    expect(carried.items.indicators.map((x) => x.kfIndicatorId)).toEqual(
      boardIndicators.filter((x) => x.kfIndicatorId !== "kf-8").map((x) => `pf-2027.${x.kfIndicatorId}`),
    );
    const kept = new Set(carried.items.indicators.map((x) => x.id));
    expect(carried.items.milestones.every((m) => kept.has(m.boardIndicatorId))).toBe(true);
    expect(carried.items.milestones.length).toBeLessThan(milestones.length);
  });
});
