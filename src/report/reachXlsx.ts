/**
 * Reach (räckvidd) as an Excel workbook (exceljs 4): one row per group with its figures, or why it shows
 * none; a second sheet with each shown group's people and goals per målområde, KF indicator and etappmål.
 * Counts only, as the API answers them.
 */
import ExcelJS from "exceljs";
import type { ReachCount, ReachReport } from "../contracts/reachApi";

type Cell = string | number | null;

const kindText: Record<ReachReport["groups"][number]["kind"], string> = {
  municipality: "Kommun",
  board: "Nämnd",
  administration: "Förvaltning",
  department: "Avdelning",
  section: "Sektion",
  unit: "Enhet",
};

const share = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: readonly [string, number][],
  rows: Cell[][],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 2);
    values.forEach((value, c) => {
      // Written one by one as plain values: a name starting with `=` stays text.
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: headers.length },
  };
}

export function reachWorkbook(report: ReachReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Målkedjan";
  workbook.title = `Räckvidd ${report.year}`;
  const groupName = (g: ReachReport["groups"][number]) => `${"  ".repeat(g.depth)}${g.name}`;
  addSheet(
    workbook,
    "Räckvidd",
    [
      ["Grupp", 40],
      ["Nivå", 12],
      ["Medarbetare", 13],
      ["Med överenskomna mål", 16],
      ["Andel med mål (%)", 14],
      ["Överenskomna mål", 14],
      ["Uppföljningar att göra", 16],
      ["Gjorda i tid", 12],
      ["Andel i tid (%)", 12],
      ["Visas inte därför att", 60],
    ],
    report.groups.map((g): Cell[] => {
      const cells: Cell[] = [groupName(g), kindText[g.kind]];
      if (!g.result.shown) return [...cells, null, null, null, null, null, null, null, g.result.text];
      const f = g.result.figures;
      return [
        ...cells,
        f.staff,
        f.staffWithAgreedGoals,
        share(f.staffWithAgreedGoals, f.staff),
        f.agreedGoals,
        f.followUpsDue,
        f.followUpsOnTime,
        share(f.followUpsOnTime, f.followUpsDue),
        null,
      ];
    }),
  );
  const names = new Map<string, [string, string]>([
    ...report.focusAreas.map((a): [string, [string, string]] => [a.id, ["Målområde", a.heading]]),
    ...report.kfIndicators.map((k): [string, [string, string]] => [
      k.id,
      ["KF-indikator", `${k.number}. ${k.name}`],
    ]),
    ...report.milestones.map((m): [string, [string, string]] => [m.id, ["Etappmål", m.title]]),
  ]);
  const chainRows: Cell[][] = [];
  for (const g of report.groups) {
    if (!g.result.shown) continue;
    const f = g.result.figures;
    const counts: ReachCount[] = [...f.focusAreas, ...f.kfIndicators, ...f.milestones];
    for (const c of counts) {
      const [kind, name] = names.get(c.id) ?? ["", ""];
      if (kind === "") continue;
      chainRows.push([g.name, kind, name, c.staff, c.goals]);
    }
  }
  addSheet(
    workbook,
    "Kedjan",
    [
      ["Grupp", 36],
      ["Del av kedjan", 14],
      ["Namn", 60],
      ["Medarbetare", 13],
      ["Mål", 10],
    ],
    chainRows,
  );
  return workbook;
}

export async function reachXlsx(report: ReachReport): Promise<Buffer> {
  return Buffer.from(await reachWorkbook(report).xlsx.writeBuffer());
}
