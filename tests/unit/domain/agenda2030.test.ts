import { generateMunicipality, huddinge, smallSize } from "../../../src/demo";
import {
  AGENDA_2030_GOAL_NAMES,
  nameAgenda2030Goal,
  normaliseAgenda2030Goals,
  parseBoardIndicator,
  parseFocusArea,
  parseKfIndicator,
} from "../../../src/domain";
import { fromRow, toFields } from "../../../src/sharepoint/mapping/rowMapping";
import { lists } from "../../../src/sharepoint/schema/lists";

const kf = huddinge["kf-indicator"][0];
const bi = huddinge["board-indicator"][0];
const area = huddinge["focus-area"][0];
if (kf === undefined || bi === undefined || area === undefined) throw new Error("demo data is empty");

describe("Agenda 2030 goals on målområden and indicators", () => {
  it("accepts goals 1–17, each once, ascending, on all three kinds", () => {
    expect(parseKfIndicator({ ...kf, agenda2030Goals: [1, 17] }).ok).toBe(true);
    expect(parseBoardIndicator({ ...bi, agenda2030Goals: [3] }).ok).toBe(true);
    expect(parseFocusArea({ ...area, agenda2030Goals: [3, 4, 16] }).ok).toBe(true);
  });

  it("leaves the goals optional on indicators", () => {
    const { agenda2030Goals: _omitted, ...withoutGoals } = kf;
    expect(parseKfIndicator(withoutGoals).ok).toBe(true);
  });

  it.each([[[0]], [[18]], [[2.5]], [[4, 3]], [[3, 3]]])("refuses %j", (goals) => {
    expect(parseKfIndicator({ ...kf, agenda2030Goals: goals }).ok).toBe(false);
    expect(parseBoardIndicator({ ...bi, agenda2030Goals: goals }).ok).toBe(false);
    expect(parseFocusArea({ ...area, agenda2030Goals: goals }).ok).toBe(false);
  });

  it("normalises entered goals to unique ascending ones", () => {
    expect(normaliseAgenda2030Goals([16, 3, 16, 4])).toEqual([3, 4, 16]);
  });

  it("names all 17 goals in Swedish and English", () => {
    expect(Object.keys(AGENDA_2030_GOAL_NAMES)).toHaveLength(17);
    expect(nameAgenda2030Goal(3, "sv")).toBe("Mål 3: Hälsa och välbefinnande");
    expect(nameAgenda2030Goal(3, "en")).toBe("Goal 3: Good health and well-being");
    expect(nameAgenda2030Goal(16, "sv")).toBe("Mål 16: Fredliga och inkluderande samhällen");
  });

  it("stores the goals as JSON in the Agenda2030Goals column of both indicator lists, and reads them back", () => {
    const kfFields = toFields(lists["kf-indicator"], { ...kf, agenda2030Goals: [4, 16] }, {});
    expect(kfFields["Agenda2030Goals"]).toBe("[4,16]");
    const biFields = toFields(lists["board-indicator"], { ...bi, agenda2030Goals: [3] }, {});
    expect(biFields["Agenda2030Goals"]).toBe("[3]");
    const back = fromRow(lists["board-indicator"], { ...biFields, Id: 1, "odata.etag": '"1"' });
    expect(back.value.agenda2030Goals).toEqual([3]);
    const { agenda2030Goals: _omitted, ...withoutGoals } = bi;
    const empty = toFields(lists["board-indicator"], withoutGoals, {});
    expect(empty["Agenda2030Goals"]).toBeNull();
    expect(
      fromRow(lists["board-indicator"], { ...empty, Id: 1, "odata.etag": '"1"' }).value.agenda2030Goals,
    ).toBeUndefined();
  });

  it("fills every demo målområde, KF indicator and nämnd indicator with goals", () => {
    for (const item of [
      ...huddinge["focus-area"],
      ...huddinge["kf-indicator"],
      ...huddinge["board-indicator"],
    ])
      expect(item.agenda2030Goals?.length ?? 0).toBeGreaterThan(0);
  });

  it("gives each generated nämnd indicator the global goals of the KF indicator it answers", () => {
    const data = generateMunicipality(7, smallSize);
    expect(data["board-indicator"].length).toBeGreaterThan(0);
    for (const bi of data["board-indicator"]) {
      const kf = data["kf-indicator"].find((k) => k.id === bi.kfIndicatorId);
      expect(bi.agenda2030Goals).toEqual(kf?.agenda2030Goals);
    }
  });
});
