import type {
  BoardIndicator,
  Clock,
  IndicatorOutcome,
  IndicatorRef,
  KfIndicator,
  KoladaRequest,
  KoladaSource,
  OutcomeStore,
  OutcomeWrite,
  OutcomeWriteResult,
  Versioned,
} from "../../../src/domain";
import { huddinge } from "../../../src/demo/huddinge";
import { importKoladaOutcomes } from "../../../src/usecases";

const clock: Clock = { now: () => new Date("2026-11-27T22:00:00Z"), today: () => "2026-11-27" };

/** Outcomes in memory: what the import reads and writes, with versions that change on every write. */
class MemoryOutcomes implements Pick<OutcomeStore, "koladaIndicators" | "outcomesOf" | "writeMany"> {
  readonly rows = new Map<string, Versioned<IndicatorOutcome>>();
  private next = 1;
  constructor(
    private readonly kf: KfIndicator[],
    private readonly board: BoardIndicator[],
  ) {}
  koladaIndicators() {
    return Promise.resolve({
      kf: this.kf.filter((i) => i.koladaKpiId !== undefined),
      board: this.board.filter((i) => i.koladaKpiId !== undefined),
    });
  }
  outcomesOf(indicators: readonly IndicatorRef[]) {
    const ids = new Set(indicators.map((i) => `${i.kind}:${i.id}`));
    return Promise.resolve(
      [...this.rows.values()].filter((o) => ids.has(`${o.value.indicator.kind}:${o.value.indicator.id}`)),
    );
  }
  writeMany(writes: readonly OutcomeWrite[]): Promise<OutcomeWriteResult[]> {
    return Promise.resolve(
      writes.map((w) => {
        const saved = { value: w.outcome, version: `v${this.next++}` };
        this.rows.set(w.outcome.id, saved);
        return { ok: true, saved } as const;
      }),
    );
  }
}

/** Kolada in memory: one figure per KPI and year; a KPI in `failing` makes its request fail. */
const kolada = (failing: readonly string[] = []): KoladaSource & { asked: KoladaRequest[] } => {
  const asked: KoladaRequest[] = [];
  return {
    asked,
    figures: (request) => {
      asked.push(request);
      if (request.kpiIds.some((k) => failing.includes(k)))
        return Promise.reject(new Error("Kolada svarade 503 efter 4 försök"));
      return Promise.resolve(
        request.kpiIds.flatMap((kpi) =>
          request.years.map((year) => ({
            kpi,
            municipality: request.municipality,
            year,
            measurement: { kind: "value", total: year - 2000, women: 1, men: 2 } as const,
          })),
        ),
      );
    },
  };
};

describe("the Kolada import's decisions", () => {
  const kf = huddinge["kf-indicator"].map((i) => (i.id === "kf-3" ? { ...i, koladaKpiId: "U00401" } : i));
  const board = [...huddinge["board-indicator"]];

  it("fails only the indicators whose Kolada request failed, naming them and why", async () => {
    const store = new MemoryOutcomes(kf, board);
    const source = kolada(["U00401"]);
    const report = await importKoladaOutcomes(
      { outcomes: store as unknown as OutcomeStore, kolada: source, clock },
      { municipality: "0126", years: [2024, 2025], kpisPerRequest: 1 },
    );
    expect(source.asked.map((r) => r.kpiIds)).toEqual([["N00097"], ["N15428"], ["U00401"]]);
    expect(report).toMatchObject({ indicators: 3, imported: 4, updated: 0, skipped: 0 });
    expect(report.failed).toEqual([
      {
        indicator: { kind: "kf-indicator", id: "kf-3" },
        name: "Gott bemötande vid kontakt med kommunen",
        kpi: "U00401",
        reason: "Kolada svarade 503 efter 4 försök",
      },
    ]);
  });

  it("writes nothing a second time, and asks Kolada only for the municipality and years given", async () => {
    const store = new MemoryOutcomes(kf, board);
    store.rows.clear();
    const source = kolada();
    const deps = { outcomes: store as unknown as OutcomeStore, kolada: source, clock };
    const first = await importKoladaOutcomes(deps, { municipality: "0126", years: [2023] });
    expect(first).toMatchObject({ imported: 3, updated: 0, skipped: 0 });
    const second = await importKoladaOutcomes(deps, { municipality: "0126", years: [2023] });
    expect(second).toMatchObject({ imported: 0, updated: 0, skipped: 3 });
    expect(source.asked.every((r) => r.municipality === "0126" && r.years.join() === "2023")).toBe(true);
    // Split kept only for the indicator that has it.
    expect(store.rows.get("kf:kf-1:2023:kolada")?.value.measurement).toEqual({ kind: "value", total: 23 });
    expect(store.rows.get("ni:grundskolenamnden-2026-ind-2:2023:kolada")?.value.measurement).toEqual({
      kind: "value",
      total: 23,
      women: 1,
      men: 2,
    });
  });
});
