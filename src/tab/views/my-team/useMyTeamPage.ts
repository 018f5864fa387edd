import { useCallback, useMemo, useState } from "react";
import type { TeamView } from "../../../domain";
import { useNavigate, usePorts, useRoute } from "../../app";
import { useTeamView, type LoadState } from "../../hooks";
import { teamModel, type AwaitingRow, type TeamModel } from "./teamModel";

/** The chef's agreement from the waiting list: what is being marked, and how the last one ended. */
export type AgreementState =
  | { readonly status: "idle" }
  | { readonly status: "agreeing"; readonly goalId: string }
  | { readonly status: "agreed"; readonly row: AwaitingRow }
  | { readonly status: "failed"; readonly row: AwaitingRow; readonly error: unknown };

export interface MyTeamPageState {
  readonly year: number;
  /** The years offered: around this year, and the one shown. */
  readonly years: readonly number[];
  readonly setYear: (year: number) => void;
  readonly setUnit: (unitId: string) => void;
  readonly state: LoadState<TeamView>;
  readonly reload: () => void;
  readonly model: TeamModel | undefined;
  readonly agreement: AgreementState;
  readonly agree: (row: AwaitingRow) => Promise<void>;
}

/** `ar` from the route when it is a year, else this year. */
export function yearOf(ar: string | undefined, thisYear: number): number {
  return ar !== undefined && /^\d{4}$/.test(ar) ? Number(ar) : thisYear;
}

/**
 * Mitt team for one unit: the year lives in the URL (`#/mitt-team?enhet=…&ar=…`) both ways, the team is
 * one port call, and agreeing a waiting goal is the server's use case (`commands.agree`), after which the
 * team is read again so every figure shows the agreement.
 */
export function useMyTeamPage(chefId: string, unitId: string): MyTeamPageState {
  const route = useRoute();
  const navigate = useNavigate();
  const { clock, commands } = usePorts();
  const today = clock.today();
  const thisYear = Number(today.slice(0, 4));
  const requested = route.view === "mitt-team" ? route : undefined;
  const year = yearOf(requested?.ar, thisYear);
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, year])].sort((a, b) => a - b);
  const loaded = useTeamView(chefId, unitId, year);
  const view = loaded.state.status === "ready" ? loaded.state.data : undefined;
  const model = useMemo(() => (view ? teamModel(view, today) : undefined), [view, today]);
  const [agreement, setAgreement] = useState<AgreementState>({ status: "idle" });

  const enhet = requested?.enhet;
  const setYear = useCallback(
    (next: number) =>
      navigate({ view: "mitt-team", ...(enhet === undefined ? {} : { enhet }), ar: String(next) }),
    [navigate, enhet],
  );
  const ar = requested?.ar;
  const setUnit = useCallback(
    (next: string) => navigate({ view: "mitt-team", enhet: next, ...(ar === undefined ? {} : { ar }) }),
    [navigate, ar],
  );
  const { reload } = loaded;
  const agree = useCallback(
    async (row: AwaitingRow) => {
      setAgreement({ status: "agreeing", goalId: row.goal.id });
      try {
        await commands.agree(row.goal.id, row.person.id);
        setAgreement({ status: "agreed", row });
        reload();
      } catch (error: unknown) {
        setAgreement({ status: "failed", row, error });
      }
    },
    [commands, reload],
  );

  return { year, years, setYear, setUnit, state: loaded.state, reload, model, agreement, agree };
}
